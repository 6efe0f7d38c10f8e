#!/usr/bin/env bash
# Runs invoice-ocr as a service: the token-protected HTTP event endpoint (POST /api/events/s3)
# and the actuator (/actuator/health). No job runs by itself in this mode.
set -euo pipefail
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
: "${INVOICE_OCR_API_TOKEN:?set INVOICE_OCR_API_TOKEN: the API refuses every call without it}"
exec java ${JAVA_OPTS:-} -jar "$JAR" "$@"
