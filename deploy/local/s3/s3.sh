#!/usr/bin/env bash
# Local S3-compatible object store for Loket (Adobe S3Mock from Maven Central), without Docker: what intake
# keeps photos in when LOKET_PHOTO_STORE=s3, and what its S3 integration tests run against.
#
#   deploy/local/s3/s3.sh fetch    download the runnable jar into .local/cache/s3mock-<version>/ (once)
#   deploy/local/s3/s3.sh start    start, wait until the photo bucket answers
#   deploy/local/s3/s3.sh stop     stop the recorded process
#   deploy/local/s3/s3.sh status   running/stopped (exit 0/3)
#
# Objects live in .local/data/s3 and survive a restart (as PostgreSQL's rows do, which name them).
# S3Mock accepts any access key and secret and does not check signatures: for development and tests only. Its
# plain-HTTP connector listens on every interface (S3Mock sets only its port; LOKET_S3_HOST binds the HTTPS one
# and is where the readiness probe asks): on a shared network, firewall the port. Started in ~14 s, ~180 MB RSS.
#
# Environment (defaults): LOKET_S3MOCK_VERSION (5.2.0), LOKET_S3_HOST (127.0.0.1), LOKET_S3_PORT (9090),
# LOKET_S3_HTTPS_PORT (0: any free port; Loket uses plain HTTP), LOKET_S3_BUCKET (loket-photos, created at start),
# LOKET_S3_JAVA (java, needs 17+), LOKET_S3_HEAP_OPTS ("-Xms32m -Xmx192m"), LOKET_S3_READY_TIMEOUT (90 s).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=s3

VERSION="${LOKET_S3MOCK_VERSION:-5.2.0}"
HOST="${LOKET_S3_HOST:-127.0.0.1}"
PORT="${LOKET_S3_PORT:-9090}"
HTTPS_PORT="${LOKET_S3_HTTPS_PORT:-0}"
BUCKET="${LOKET_S3_BUCKET:-loket-photos}"
JAVA="${LOKET_S3_JAVA:-java}"
HEAP_OPTS="${LOKET_S3_HEAP_OPTS:--Xms32m -Xmx192m}"
READY_TIMEOUT="${LOKET_S3_READY_TIMEOUT:-90}"

JAR_DIR="$CACHE_DIR/s3mock-$VERSION"
JAR="$JAR_DIR/s3mock-$VERSION-exec.jar"
STORE="$(data_dir s3)"
URL="http://$HOST:$PORT"

fetch() {
  if [[ -s $JAR ]]; then
    log "S3Mock $VERSION already in ${JAR_DIR#"$ROOT"/}"
    return 0
  fi
  require_cmd mvn
  ensure_dirs
  local t0 tmp; t0=$(now_ms)
  tmp="$JAR_DIR.tmp.$$"
  rm -rf "$tmp"
  log "fetching S3Mock $VERSION with Maven (log: ${LOG_DIR#"$ROOT"/}/fetch-s3mock.log)"
  # The "exec" classifier is the runnable Spring Boot jar (the plain jar is the library).
  mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.adobe.testing:s3mock:$VERSION:jar:exec" -DoutputDirectory="$tmp" \
    >"$LOG_DIR/fetch-s3mock.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/fetch-s3mock.log" >&2; die "maven download of S3Mock $VERSION failed"; }
  [[ -s "$tmp/s3mock-$VERSION-exec.jar" ]] || die "download incomplete: s3mock-$VERSION-exec.jar missing in $tmp"
  rm -rf "$JAR_DIR"
  mv "$tmp" "$JAR_DIR"
  log "S3Mock $VERSION ready in ${JAR_DIR#"$ROOT"/} ($(elapsed_since "$t0"))"
}

# Ready when the photo bucket lists (S3Mock creates it on the first request after start).
probe() { http_ok "$URL/$BUCKET?list-type=2&max-keys=1"; }

start() {
  if pid_alive s3; then
    log "already running (pid $(pid_of s3), $URL)"
  else
    require_cmd "$JAVA"
    require_port_free s3 "$HOST" "$PORT"
    fetch
    ensure_dirs
    mkdir -p "$STORE"
    # Small and quick to start: one client (intake), no JIT beyond C1, a serial collector.
    # shellcheck disable=SC2086
    start_bg s3 "$JAVA" $HEAP_OPTS -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError \
      -Djava.awt.headless=true -jar "$JAR" \
      --server.address="$HOST" --http.port="$PORT" --server.port="$HTTPS_PORT" \
      --com.adobe.testing.s3mock.store.root="$STORE" \
      --com.adobe.testing.s3mock.store.retain-files-on-exit=true \
      --com.adobe.testing.s3mock.store.initial-buckets="$BUCKET" \
      --com.adobe.testing.s3mock.max-payload-size=16MB
  fi
  local t0; t0=$(now_ms)
  WAIT_NAME=s3 wait_until "S3Mock bucket $BUCKET answers on $URL" "$READY_TIMEOUT" probe
  log "ready on $URL ($(elapsed_since "$t0") after launch)"
}

stop() { stop_pid s3 "${LOKET_STOP_TIMEOUT:-20}"; }

status() {
  if pid_alive s3; then
    echo "s3: running (pid $(pid_of s3), $URL, bucket $BUCKET)"
  else
    echo "s3: stopped"
    return 3
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  probe) probe ;;
  *) echo "usage: $0 {fetch|start|stop|status}" >&2; exit 2 ;;
esac
