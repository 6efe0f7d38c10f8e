#!/usr/bin/env bash
# Stages the historical invoices under an S3 prefix and processes them (backfillJob), then exits.
#   jobs/backfill-job.sh bucket=acme-invoices prefix=raw-invoices/2021/ \
#       [modifiedAfter=2021-01-01] [modifiedBefore=2022-01-01] [dryRun=true]
# The parameters identify the run: launching the same backfill again after a failure restarts it
# after the last key it committed; a completed backfill is not run twice (exit code 2).
# Exit code and configuration as for ocr-job.sh.
set -euo pipefail
if [ $# -eq 0 ]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
exec java ${JAVA_OPTS:-} "${launch[@]}" --spring.batch.job.name=backfillJob "$@"
