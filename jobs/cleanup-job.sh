#!/usr/bin/env bash
# Removes old job metadata and delivered webhook events (cleanupJob), then exits: job instances
# whose last run COMPLETED more than INVOICE_OCR_CLEANUP_JOB_METADATA_AFTER (90d) ago, delivered
# events older than INVOICE_OCR_CLEANUP_DELIVERED_WEBHOOKS_AFTER (30d). Running and restartable
# executions, pending and dead events, documents and their audit trail are kept.
# Exit code and configuration as for ocr-job.sh.
set -euo pipefail
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
exec java ${JAVA_OPTS:-} "${launch[@]}" --spring.batch.job.name=cleanupJob "$@"
