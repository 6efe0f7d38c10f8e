#!/usr/bin/env bash
# Builds the invoice-ocr image from the Dockerfile with buildah, without a Docker engine or a
# registry, and proves it runs as deployed: against PostgreSQL, S3, SQS and a webhook receiver
# outside the image (the embedded stand-ins, io.invoiceocr.local.StandInServers, in a JVM on the
# host's loopback, which the containers share: host networking), the service container must report
# healthy, run ocrJob over the bundled samples through its REST API and stop cleanly on SIGTERM,
# and a one-shot job container must print its report and exit 0. The image itself carries no
# stand-in.
#
#   image/build-and-run.sh            # as root (or with rootless podman set up); ~5 min the first time
#
# Where no registry can be reached, the base images are made here with debootstrap (Debian 12 and
# its OpenJDK 17) and passed as the Dockerfile's build arguments; with a registry, BASE=registry
# builds on the Dockerfile's own defaults (eclipse-temurin).
# Settings: IMAGE (invoice-ocr:local), BASE (local|registry), PORT (18080), MIRROR (from apt).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${IMAGE:-localhost/invoice-ocr:local}"
BASE="${BASE:-local}"
PORT="${PORT:-18080}"
TOKEN="image-check-$$"
NAME="invoice-ocr-check-$$"
WORK="$(mktemp -d)"
STAND_INS=""
trap 'podman rm -f "$NAME" >/dev/null 2>&1 || true; stop_stand_ins; rm -rf "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# --- tools --------------------------------------------------------------------------------
missing=()
for tool in buildah podman debootstrap runc curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || fail "install ${missing[*]} (apt-get install -y buildah podman debootstrap runc curl)"
  step "installing ${missing[*]}"
  apt-get update -q && apt-get install -y -q buildah podman debootstrap runc curl
fi
# runc, not crun (crun fails on cgroup v1 hosts such as this one), and podman's default rlimits
# lowered to what an unprivileged container may have here.
cat > "$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/containers.conf"

# --- base images --------------------------------------------------------------------------
mirror() {
  if [[ -n "${MIRROR:-}" ]]; then echo "$MIRROR"; return; fi
  grep -h -m1 -E '^(URIs:|deb) ' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
    | grep -v security | head -1 | sed -E 's/^URIs: //; s/^deb (\[[^]]*\] )?//; s/ .*$//'
}

# A Debian 12 root filesystem with these packages, imported as an image (once).
local_base() {
  local image="$1" packages="$2"
  if podman image exists "$image"; then echo "   $image exists"; return; fi
  local rootfs="$WORK/rootfs-${image##*/}"
  rootfs="${rootfs//:/-}"
  debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" "$(mirror)" > "$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap of $image"; }
  # The host's own certificate authorities (e.g. a TLS-inspecting egress proxy's) are trusted in the
  # base too, by the system and by Java, or the build stage cannot reach Maven Central through it.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    mount --bind /proc "$rootfs/proc"
    chroot "$rootfs" update-ca-certificates > "$WORK/ca.log" 2>&1 || { umount "$rootfs/proc"; cat "$WORK/ca.log"; fail "update-ca-certificates in $image"; }
    umount "$rootfs/proc"
  fi
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar --numeric-owner -C "$rootfs" -c . | podman import - "$image" >/dev/null 2>"$WORK/import.log" \
    || { cat "$WORK/import.log"; fail "podman import of $image"; }
  rm -rf "$rootfs"
  echo "   $image made"
}

build_args=()
if [[ "$BASE" == local ]]; then
  step "base images (debootstrap, Debian 12)"
  local_base localhost/debian-jdk17:bookworm openjdk-17-jdk-headless,ca-certificates,curl
  local_base localhost/debian-jre17:bookworm openjdk-17-jre-headless
  build_args=(--build-arg BUILD_IMAGE=localhost/debian-jdk17:bookworm
              --build-arg RUNTIME_IMAGE=localhost/debian-jre17:bookworm)
fi

# --- build --------------------------------------------------------------------------------
step "building $IMAGE from the Dockerfile"
# The host's Maven repository stands in for the build stage's downloads (same artifacts, faster).
m2=()
[[ -d "$HOME/.m2" ]] && m2=(--volume "$HOME/.m2:/root/.m2")
started=$(date +%s)
buildah bud --isolation chroot --format docker --layers "${build_args[@]}" "${m2[@]}" -t "$IMAGE" . \
  > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; fail "image build"; }
echo "   built in $(( $(date +%s) - started )) s"
podman image ls --format '   {{.Repository}}:{{.Tag}}  {{.Size}}' "$IMAGE"
echo "   layers with content, newest first (the jar's: application, snapshot-dependencies, spring-boot-loader, dependencies):"
podman history --format '     {{.Size}}  {{.CreatedBy}}' "$IMAGE" | grep -v '^ *0 B ' | cut -c1-110
echo "   user: $(podman image inspect --format '{{.Config.User}}' "$IMAGE")" \
     " healthcheck: $(podman image inspect --format '{{.Config.Healthcheck.Test}}' "$IMAGE")"

# --- stand-ins outside the image ------------------------------------------------------------
step "stand-ins on the host's loopback (PostgreSQL, S3, SQS, webhook receiver)"
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" > "$WORK/maven.log" 2>&1 || { tail -40 "$WORK/maven.log"; fail "test classpath"; }
TEST_CLASSPATH="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
# Fresh ones for each container: an empty database, the samples uploaded and their events queued.
start_stand_ins() {
  rm -f "$WORK/stand-ins.env"
  java -cp "$TEST_CLASSPATH" io.invoiceocr.local.StandInServers "$WORK/stand-ins.env" > "$WORK/stand-ins-$1.log" 2>&1 &
  STAND_INS=$!
  for _ in $(seq 1 120); do
    [[ -f "$WORK/stand-ins.env" ]] && { echo "   ready for the $1 container"; return; }
    kill -0 "$STAND_INS" 2>/dev/null || { tail -40 "$WORK/stand-ins-$1.log"; fail "the stand-ins exited"; }
    sleep 1
  done
  tail -40 "$WORK/stand-ins-$1.log"; fail "the stand-ins did not start in 120 s"
}
stop_stand_ins() {
  [[ -n "$STAND_INS" ]] || return 0
  kill "$STAND_INS" 2>/dev/null || true
  wait "$STAND_INS" 2>/dev/null || true
  STAND_INS=""
}
start_stand_ins service

# --- service container: healthy, runs the demo job, stops on SIGTERM ------------------------
step "service container against the stand-ins"
# No systemd here to run the HEALTHCHECK on a timer (podman complains about it on stderr, kept in
# podman.log): it runs the image's check on demand below.
podman run -d --name "$NAME" --network host --env-file "$WORK/stand-ins.env" -e SERVER_PORT="$PORT" \
  -e INVOICE_OCR_API_TOKEN="$TOKEN" \
  --health-interval disable --memory 3g "$IMAGE" >/dev/null 2>>"$WORK/podman.log" \
  || { cat "$WORK/podman.log"; fail "podman run"; }
healthy=""
for _ in $(seq 1 60); do
  if podman healthcheck run "$NAME" >/dev/null 2>&1; then healthy=yes; break; fi
  podman container exists "$NAME" && [[ $(podman inspect -f '{{.State.Running}}' "$NAME") == true ]] \
    || { podman logs "$NAME" | tail -40; fail "the container exited"; }
  sleep 3
done
[[ -n "$healthy" ]] || { podman logs "$NAME" | tail -40; fail "not healthy after 180 s"; }
echo "   healthy (podman healthcheck run: exit 0)"
readiness=$(curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness")
echo "   readiness: $readiness"
[[ "$readiness" == *'"status":"UP"'* ]] || fail "readiness is not UP"

api() { curl -sf -H "Authorization: Bearer $TOKEN" "$@"; }
execution=$(api -X POST "http://127.0.0.1:$PORT/api/jobs/ocrJob")
id=$(sed -E 's/^\{"executionId":([0-9]+),.*/\1/' <<<"$execution")
[[ "$id" =~ ^[0-9]+$ ]] || fail "no execution in the answer: $execution"
echo "   POST /api/jobs/ocrJob -> execution $id"
status=""
for _ in $(seq 1 90); do
  status=$(api "http://127.0.0.1:$PORT/api/jobs/executions/$id")
  [[ "$status" =~ \"jobName\":\"ocrJob\",\"status\":\"(COMPLETED|FAILED|STOPPED)\" ]] && break
  sleep 2
done
echo "   $status"
[[ "$status" == *'"jobName":"ocrJob","status":"COMPLETED"'* ]] || fail "ocrJob did not complete"
[[ "$status" == *'"COMPLETED":4'* ]] || fail "the 4 samples are not all COMPLETED"
echo "   memory of the container after the run: $(podman stats --no-stream --format '{{.MemUsage}}' "$NAME")"
metrics=$(curl -sf "http://127.0.0.1:$PORT/actuator/prometheus")
grep -E '^invoice_ocr_documents_total\{' <<<"$metrics" | sed 's/^/   /'
grep -q 'invoice_ocr_documents_total{outcome="completed"} 4' <<<"$metrics" || fail "metrics do not count 4 documents"

podman stop --time 60 "$NAME" >/dev/null 2>>"$WORK/podman.log"
echo "   stopped on SIGTERM: exit code $(podman inspect -f '{{.State.ExitCode}}' "$NAME")"
podman logs "$NAME" > "$WORK/service.log" 2>&1
if grep -q '"level":"ERROR"' "$WORK/service.log"; then
  grep '"level":"ERROR"' "$WORK/service.log" | head -5; fail "errors in the service log"
fi
echo "   log: $(wc -l < "$WORK/service.log") JSON lines, no ERROR; a document's lines carry:"
grep -m1 '"documentId"' "$WORK/service.log" | grep -o '"\(jobExecutionId\|step\|documentId\)":"[^"]*"' | sed 's/^/     /'
grep -q '"documentId"' "$WORK/service.log" || fail "no log line carries a documentId"
podman rm "$NAME" >/dev/null 2>>"$WORK/podman.log"

stop_stand_ins

# --- job container: the quick start's demo, one shot ----------------------------------------
step "job container: ocrJob against fresh stand-ins"
start_stand_ins job
set +e
podman run --rm --name "$NAME" --network host --env-file "$WORK/stand-ins.env" --memory 3g \
  -e INVOICE_OCR_JOB_PRINT_REPORT=true -e LOGGING_STRUCTURED_FORMAT_CONSOLE= "$IMAGE" \
  --spring.batch.job.name=ocrJob > "$WORK/job.log" 2>&1
code=$?
set -e
sed -n '/^ocrJob #1 /,/^All documents by status/p' "$WORK/job.log"
[[ $code == 0 ]] || { tail -40 "$WORK/job.log"; fail "the job exited with $code"; }
grep -q '^All documents by status: {COMPLETED=4}' "$WORK/job.log" || fail "the report does not show 4 COMPLETED"
grep -q 'Müller Technik GmbH' "$WORK/job.log" || fail "the report is not in UTF-8"
echo "   exit code 0"

step "image $IMAGE works: $(podman image ls --format '{{.Size}}' "$IMAGE")"
