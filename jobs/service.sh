#!/usr/bin/env bash
# Runs invoice-ocr as a service: the token-protected REST API for jobs (/api/jobs/...) and the HTTP
# event endpoint (POST /api/events/s3), the actuator (/actuator/health), and the launches the
# configuration asks for: INVOICE_OCR_LAUNCH_ON_QUEUE_MESSAGES=true starts ocrJob when the queue
# has messages; INVOICE_OCR_LAUNCH_SCHEDULES_OCRJOB="0 */5 * * * *" runs it on a schedule.
set -euo pipefail
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
: "${INVOICE_OCR_API_TOKEN:?set INVOICE_OCR_API_TOKEN: the API refuses every call without it}"
exec java ${JAVA_OPTS:-} "${launch[@]}" "$@"
