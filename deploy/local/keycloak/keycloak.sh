#!/usr/bin/env bash
# Local Keycloak (dev mode, in-memory database) with the Loket realm, without Docker.
#
#   deploy/local/keycloak/keycloak.sh fetch    download + unzip the distribution into .local/cache (once)
#   deploy/local/keycloak/keycloak.sh start    start-dev with deploy/keycloak/loket-realm.json imported; wait until ready
#   deploy/local/keycloak/keycloak.sh stop     stop the recorded process
#   deploy/local/keycloak/keycloak.sh status   running/stopped (exit 0/3)
#
# The database is in memory: every start imports the realm afresh (users, clients, roles from
# deploy/keycloak/loket-realm.json) and nothing done in the admin console survives a restart.
#
# Environment (defaults): LOKET_KEYCLOAK_VERSION (26.5.6), LOKET_KEYCLOAK_HOST (127.0.0.1),
# LOKET_KEYCLOAK_PORT (8080), LOKET_KEYCLOAK_MANAGEMENT_PORT (9000),
# LOKET_KEYCLOAK_HOSTNAME (http://localhost:<port>), LOKET_KEYCLOAK_JAVA_HOME (Temurin 25, else the
# newest JDK >= 21 under /usr/lib/jvm), LOKET_KEYCLOAK_HEAP ("-Xms256m -Xmx768m"), LOKET_KEYCLOAK_JVM_OPTS (none:
# more flags for its JVM, e.g. "-XX:TieredStopAtLevel=1", which starts it with about a third less CPU),
# LOKET_KEYCLOAK_ADMIN / LOKET_KEYCLOAK_ADMIN_PASSWORD (admin / admin-local: master realm, local only),
# LOKET_KEYCLOAK_READY_TIMEOUT (300 s: a first start on a busy 2-core machine spends a minute in Quarkus augmentation alone).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=keycloak

VERSION="${LOKET_KEYCLOAK_VERSION:-26.5.6}"
HOST="${LOKET_KEYCLOAK_HOST:-127.0.0.1}"
PORT="${LOKET_KEYCLOAK_PORT:-8080}"
MGMT_PORT="${LOKET_KEYCLOAK_MANAGEMENT_PORT:-9000}"
HOSTNAME_URL="${LOKET_KEYCLOAK_HOSTNAME:-http://localhost:$PORT}"
HEAP="${LOKET_KEYCLOAK_HEAP:--Xms256m -Xmx768m}"
ADMIN_USER="${LOKET_KEYCLOAK_ADMIN:-admin}"
ADMIN_PASSWORD="${LOKET_KEYCLOAK_ADMIN_PASSWORD:-admin-local}"
READY_TIMEOUT="${LOKET_KEYCLOAK_READY_TIMEOUT:-300}"
REALM="${LOKET_KEYCLOAK_REALM:-loket}"
REALM_FILE="${LOKET_KEYCLOAK_REALM_FILE:-$ROOT/deploy/keycloak/loket-realm.json}"

DIST="$CACHE_DIR/keycloak-$VERSION"
ZIP="$CACHE_DIR/keycloak-quarkus-dist-$VERSION.zip"
READY_URL="http://$HOST:$MGMT_PORT/health/ready"
REALM_URL="$HOSTNAME_URL/realms/$REALM/.well-known/openid-configuration"

fetch() {
  if [[ -x "$DIST/bin/kc.sh" && -f "$DIST/.complete" ]]; then
    log "Keycloak $VERSION already in ${DIST#"$ROOT"/}"
    return 0
  fi
  ensure_dirs
  local t0; t0=$(now_ms)
  if [[ ! -s $ZIP ]]; then
    require_cmd mvn
    log "fetching Keycloak $VERSION with Maven (log: ${LOG_DIR#"$ROOT"/}/fetch-keycloak.log)"
    mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$CACHE_DIR" \
      >"$LOG_DIR/fetch-keycloak.log" 2>&1 \
      || { tail -n 30 "$LOG_DIR/fetch-keycloak.log" >&2; die "maven download of Keycloak $VERSION failed"; }
  fi
  require_cmd unzip
  local tmp="$CACHE_DIR/keycloak-$VERSION.unzip.$$"
  rm -rf "$tmp" "$DIST"
  mkdir -p "$tmp"
  unzip -q "$ZIP" -d "$tmp"
  [[ -x "$tmp/keycloak-$VERSION/bin/kc.sh" ]] || die "unexpected zip layout (no keycloak-$VERSION/bin/kc.sh)"
  mv "$tmp/keycloak-$VERSION" "$DIST"
  rmdir "$tmp"
  touch "$DIST/.complete"
  log "Keycloak $VERSION unpacked to ${DIST#"$ROOT"/} ($(elapsed_since "$t0"))"
}

java_major() { # java_major <java-binary> -> 17, 21, 25 ...
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

# Keycloak 26 needs Java 21+; the machine default may be 17.
resolve_java_home() {
  if [[ -n ${LOKET_KEYCLOAK_JAVA_HOME:-} ]]; then
    [[ -x "$LOKET_KEYCLOAK_JAVA_HOME/bin/java" ]] || die "LOKET_KEYCLOAK_JAVA_HOME=$LOKET_KEYCLOAK_JAVA_HOME has no bin/java"
    printf '%s' "$LOKET_KEYCLOAK_JAVA_HOME"; return 0
  fi
  if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    printf '%s' /usr/lib/jvm/temurin-25-jdk-amd64; return 0
  fi
  local best="" best_v=0 d v
  for d in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [[ -x "$d/bin/java" && ! -L $d ]] || continue
    v="$(java_major "$d/bin/java")"; v="${v%%.*}"
    [[ $v =~ ^[0-9]+$ ]] || continue
    if (( v >= 21 && v > best_v )); then best=$d; best_v=$v; fi
  done
  [[ -n $best ]] || die "no JDK >= 21 found (set LOKET_KEYCLOAK_JAVA_HOME)"
  printf '%s' "$best"
}

ready() { http_ok "$READY_URL" && http_ok "$REALM_URL"; }

start() {
  if pid_alive keycloak; then
    if ready; then
      log "already running and ready (pid $(pid_of keycloak), $HOSTNAME_URL)"
      return 0
    fi
    log "running (pid $(pid_of keycloak)) but not ready yet, waiting"
  else
    [[ -f $REALM_FILE ]] || die "realm file not found: $REALM_FILE"
    require_port_free keycloak "$HOST" "$PORT"
    require_port_free keycloak "$HOST" "$MGMT_PORT"
    fetch
    local jh; jh="$(resolve_java_home)"
    # dev-mem: the realm is imported on every start; refresh the copy in data/import.
    rm -rf "$DIST/data/import"
    mkdir -p "$DIST/data/import"
    cp "$REALM_FILE" "$DIST/data/import/$(basename "$REALM_FILE")"
    log "starting Keycloak $VERSION (java: $jh)"
    JAVA_HOME="$jh" \
    JAVA_OPTS_KC_HEAP="$HEAP" \
    JAVA_OPTS_APPEND="${LOKET_KEYCLOAK_JVM_OPTS:-}" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      start_bg keycloak "$DIST/bin/kc.sh" start-dev \
        --db=dev-mem \
        --http-host="$HOST" --http-port="$PORT" \
        --hostname="$HOSTNAME_URL" \
        --http-management-port="$MGMT_PORT" \
        --health-enabled=true \
        --import-realm
  fi
  local t0; t0=$(now_ms)
  WAIT_NAME=keycloak wait_until "Keycloak health ($READY_URL)" "$READY_TIMEOUT" http_ok "$READY_URL"
  WAIT_NAME=keycloak wait_until "realm $REALM discovery document" 30 http_ok "$REALM_URL"
  log "ready at $HOSTNAME_URL (realm $REALM, $(elapsed_since "$t0") after launch)"
}

stop() { stop_pid keycloak "${LOKET_STOP_TIMEOUT:-20}"; }

status() {
  if pid_alive keycloak; then
    echo "keycloak: running (pid $(pid_of keycloak), $HOSTNAME_URL)"
  else
    echo "keycloak: stopped"
    return 3
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {fetch|start|stop|status}" >&2; exit 2 ;;
esac
