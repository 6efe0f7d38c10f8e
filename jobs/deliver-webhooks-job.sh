#!/usr/bin/env bash
# Delivers the webhook events that are due (deliverWebhooksJob), e.g. after the main application
# was down, then exits. requeueDead=true first puts dead events back in the queue:
#   jobs/deliver-webhooks-job.sh [requeueDead=true]
# Exit code and configuration as for ocr-job.sh.
set -euo pipefail
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
exec java ${JAVA_OPTS:-} -jar "$JAR" --spring.batch.job.name=deliverWebhooksJob "$@"
