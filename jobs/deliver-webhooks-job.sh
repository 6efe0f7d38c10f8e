#!/usr/bin/env bash
# Delivers the webhook events that are due (deliverWebhooksJob), e.g. after the main application
# was down, then exits. requeueDead=true first puts dead events back in the queue:
#   jobs/deliver-webhooks-job.sh [requeueDead=true]
# Exit code and configuration as for ocr-job.sh.
set -euo pipefail
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
exec java ${JAVA_OPTS:-} "${launch[@]}" --spring.batch.job.name=deliverWebhooksJob "$@"
