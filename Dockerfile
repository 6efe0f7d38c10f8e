# syntax=docker/dockerfile:1
# invoice-ocr: multi-stage build. The base images are build arguments so that the image can also
# be built where only a locally made base is available:
#   docker build -t invoice-ocr .
#   buildah bud --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... -t invoice-ocr .
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db/ db/
COPY samples/ samples/
COPY src/main/ src/main/
RUN ./mvnw -B -q -DskipTests package && cp target/invoice-ocr.jar /invoice-ocr.jar

FROM ${RUNTIME_IMAGE}
RUN groupadd --system invoiceocr && useradd --system --gid invoiceocr --home-dir /app --create-home invoiceocr
WORKDIR /app
COPY --from=build --chown=invoiceocr:invoiceocr /invoice-ocr.jar /app/invoice-ocr.jar
COPY --chown=invoiceocr:invoiceocr jobs/*.sh /app/jobs/
USER invoiceocr
# Heap as a share of the container's memory limit; the rest is for native memory (OCR runtime).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError" \
    INVOICE_OCR_JAR=/app/invoice-ocr.jar \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
EXPOSE 8080
# Service mode by default; a job run passes --spring.batch.job.name=<job> as arguments.
ENTRYPOINT ["java", "-jar", "/app/invoice-ocr.jar"]
