#!/usr/bin/env bash
# Runs ocrJob once: drains the upload queue into the staging table, processes the PENDING
# documents (OCR, extraction, results) and delivers their webhooks, then exits.
# Exit code: 0 when the run COMPLETED, otherwise Spring Batch's status number (5 = FAILED);
# 2 when the launch was refused (bad parameters, a run already going on); 1 when the service could
# not start (the log names the setting to fix).
#
# Configuration comes from the environment, e.g.
#   SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/invoice_ocr
#   SPRING_DATASOURCE_USERNAME=...  SPRING_DATASOURCE_PASSWORD=...
#   INVOICE_OCR_INGEST_QUEUE=https://sqs.eu-west-1.amazonaws.com/123456789012/invoice-uploads
#   INVOICE_OCR_INGEST_SOURCES_0_BUCKET=acme-invoices  AWS_REGION=eu-west-1
#   INVOICE_OCR_WEBHOOK_URL=https://app.example.com/api/webhooks/ocr-result  INVOICE_OCR_WEBHOOK_SECRET=...
set -euo pipefail
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
exec java ${JAVA_OPTS:-} "${launch[@]}" --spring.batch.job.name=ocrJob "$@"
