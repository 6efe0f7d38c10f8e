#!/usr/bin/env bash
# Processes chosen FAILED documents again (rerunFailedJob), then exits. Choose with at least one of
#   failedSince=<ISO date or instant>  errorContains=<text>  documentIds=<id,id,...>  maxAttempts=<n>
# or all=true. Examples:
#   jobs/rerun-failed-job.sh errorContains="no answer within" failedSince=2024-06-01
#   jobs/rerun-failed-job.sh documentIds=doc-1001,doc-1002
# Exit code and configuration as for ocr-job.sh.
set -euo pipefail
if [ $# -eq 0 ]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
# INVOICE_OCR_JAR: the jar, or the folder of its extracted layers (the image's /app/invoice-ocr)
JAR="${INVOICE_OCR_JAR:-$(dirname "$0")/../target/invoice-ocr.jar}"
if [[ -d "$JAR" ]]; then launch=(-cp "$JAR" org.springframework.boot.loader.launch.JarLauncher); else launch=(-jar "$JAR"); fi
exec java ${JAVA_OPTS:-} "${launch[@]}" --spring.batch.job.name=rerunFailedJob "$@"
