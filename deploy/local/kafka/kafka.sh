#!/usr/bin/env bash
# Local single-node Kafka (KRaft, broker + controller) for Loket, without Docker.
#
#   deploy/local/kafka/kafka.sh fetch    download the jars into .local/cache/kafka-<version>/libs (once)
#   deploy/local/kafka/kafka.sh start    format storage (once), start, wait until the group coordinator answers
#   deploy/local/kafka/kafka.sh stop     stop the recorded process
#   deploy/local/kafka/kafka.sh status   running/stopped (exit 0/3)
#
# Environment (defaults): LOKET_KAFKA_VERSION (4.1.2), LOKET_KAFKA_HOST (127.0.0.1),
# LOKET_KAFKA_PORT (9092), LOKET_KAFKA_CONTROLLER_PORT (9093), LOKET_KAFKA_ADVERTISED_HOST (= host),
# LOKET_KAFKA_NUM_PARTITIONS (6), LOKET_KAFKA_OFFSETS_PARTITIONS (50),
# LOKET_KAFKA_HEAP_OPTS ("-Xms256m -Xmx512m"), LOKET_KAFKA_JVM_OPTS (none: more flags for the broker's JVM, e.g.
# "-XX:TieredStopAtLevel=1" for a short-lived test broker that should spend less CPU compiling), LOKET_KAFKA_JAVA
# (java, needs 17+),
# LOKET_KAFKA_READY_TIMEOUT (60 s), LOKET_KAFKA_PROBE (auto: node+kafkajs if installed, else java),
# LOKET_KAFKA_SECURITY (sasl_plaintext | plaintext; sasl_plaintext by default): with sasl_plaintext the client
# listener takes SCRAM users only (the super user LOKET_KAFKA_ADMIN_USER (loket-admin) and loket-intake,
# loket-routing, loket-workbench, loket-feedback, each with the DEVELOPMENT-ONLY password "<user>-development-only"
# unless LOKET_KAFKA_ADMIN_PASSWORD is set for the super user), and each service is granted only its own topics
# (access control lists drawn from libs/contracts TOPIC_ACCESS by tools/kafka/grant-access.ts). plaintext: no
# users, no access control (anyone who reaches the port reads and writes everything). Switching the mode of an
# existing data directory formats it again (local development data only); a broker running in the other mode is
# refused (stop it first).
# probe and status take the mode the running broker was formatted in unless LOKET_KAFKA_SECURITY says otherwise.
# A second broker beside the usual one (a test's own): other ports and LOKET_LOCAL_DIR=<its own dir> (pid,
# log and data there), LOKET_CACHE_DIR=<repo>/.local/cache to reuse the downloaded jars.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=kafka

SRC_DIR="$ROOT/deploy/local/kafka"
VERSION="${LOKET_KAFKA_VERSION:-4.1.2}"
HOST="${LOKET_KAFKA_HOST:-127.0.0.1}"
PORT="${LOKET_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${LOKET_KAFKA_CONTROLLER_PORT:-9093}"
ADVERTISED_HOST="${LOKET_KAFKA_ADVERTISED_HOST:-$HOST}"
NUM_PARTITIONS="${LOKET_KAFKA_NUM_PARTITIONS:-6}"
OFFSETS_PARTITIONS="${LOKET_KAFKA_OFFSETS_PARTITIONS:-50}"
HEAP_OPTS="${LOKET_KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
JVM_OPTS="${LOKET_KAFKA_JVM_OPTS:-}"
JAVA="${LOKET_KAFKA_JAVA:-java}"
READY_TIMEOUT="${LOKET_KAFKA_READY_TIMEOUT:-60}"
if [[ ${1:-} == start ]]; then SECURITY="${LOKET_KAFKA_SECURITY:-sasl_plaintext}"; else SECURITY="$(kafka_client_security)"; fi
case "$SECURITY" in
  plaintext) CLIENT_PROTOCOL=PLAINTEXT ;;
  sasl_plaintext) CLIENT_PROTOCOL=SASL_PLAINTEXT ;;
  *) echo "[kafka] ERROR LOKET_KAFKA_SECURITY must be plaintext or sasl_plaintext for the local broker, got $SECURITY" >&2; exit 2 ;;
esac
ADMIN_USER="${LOKET_KAFKA_ADMIN_USER:-loket-admin}"
ADMIN_PASSWORD="${LOKET_KAFKA_ADMIN_PASSWORD:-$ADMIN_USER-development-only}"
SERVICE_USERS=(loket-intake loket-routing loket-workbench loket-feedback)

LIBS="$CACHE_DIR/kafka-$VERSION/libs"
KDATA="$(data_dir kafka)"
LOG_DIRS="$KDATA/kraft-combined-logs"
PROPS="$KDATA/server.properties"
CLUSTER_ID_FILE="$KDATA/cluster-id"
LOG4J="$SRC_DIR/log4j2.yaml"
BROKERS="$ADVERTISED_HOST:$PORT"

fetch() {
  if [[ -f "$LIBS/.complete" ]]; then
    log "Kafka $VERSION jars already in ${LIBS#"$ROOT"/}"
    return 0
  fi
  require_cmd mvn
  ensure_dirs
  local t0 tmp; t0=$(now_ms)
  tmp="$CACHE_DIR/kafka-$VERSION/libs.tmp.$$"
  rm -rf "$tmp"
  log "fetching Kafka $VERSION jars with Maven (log: ${LOG_DIR#"$ROOT"/}/fetch-kafka.log)"
  mvn -B -q -Dstyle.color=never -f "$SRC_DIR/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -Dkafka.version="$VERSION" -DoutputDirectory="$tmp" >"$LOG_DIR/fetch-kafka.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/fetch-kafka.log" >&2; die "maven download of Kafka $VERSION failed"; }
  ls "$tmp"/kafka_2.13-"$VERSION".jar >/dev/null 2>&1 || die "download incomplete: kafka_2.13-$VERSION.jar missing in $tmp"
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  touch "$LIBS/.complete"
  log "Kafka $VERSION jars ready ($(find "$LIBS" -name '*.jar' | wc -l) jars, $(elapsed_since "$t0"))"
}

render_props() {
  mkdir -p "$KDATA" "$LOG_DIRS"
  sed -e "s|@@HOST@@|$HOST|g" \
      -e "s|@@PORT@@|$PORT|g" \
      -e "s|@@CONTROLLER_PORT@@|$CONTROLLER_PORT|g" \
      -e "s|@@ADVERTISED_HOST@@|$ADVERTISED_HOST|g" \
      -e "s|@@LOG_DIRS@@|$LOG_DIRS|g" \
      -e "s|@@NUM_PARTITIONS@@|$NUM_PARTITIONS|g" \
      -e "s|@@OFFSETS_PARTITIONS@@|$OFFSETS_PARTITIONS|g" \
      -e "s|@@CLIENT_PROTOCOL@@|$CLIENT_PROTOCOL|g" \
      "$SRC_DIR/server.properties.template" >"$PROPS.tmp"
  if [[ $SECURITY == sasl_plaintext ]]; then
    sed -e "s|@@ADMIN_USER@@|$ADMIN_USER|g" -e "s|@@ADMIN_PASSWORD@@|$ADMIN_PASSWORD|g" \
      "$SRC_DIR/server.sasl.properties.template" >>"$PROPS.tmp"
  fi
  chmod 600 "$PROPS.tmp"
  mv "$PROPS.tmp" "$PROPS"
}

# The SCRAM users written into the metadata at format time (KRaft keeps them there).
scram_users() {
  [[ $SECURITY == sasl_plaintext ]] || return 0
  printf -- '--add-scram\nSCRAM-SHA-512=[name=%s,password=%s]\n' "$ADMIN_USER" "$ADMIN_PASSWORD"
  local user
  for user in "${SERVICE_USERS[@]}"; do
    printf -- '--add-scram\nSCRAM-SHA-512=[name=%s,password=%s]\n' "$user" "$user-development-only"
    printf -- '--add-scram\nSCRAM-SHA-256=[name=%s,password=%s]\n' "$user" "$user-development-only"
  done
}

# Kafka's own command-line tools: a JVM that lives a second needs no optimising compiler and no parallel collector.
kafka_java() { "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile="$LOG4J" -cp "$LIBS/*" "$@"; }

# A cluster id as Kafka's StorageTool random-uuid makes it (16 random bytes, base64url without padding, not
# starting with a dash), without starting a JVM for it.
random_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [[ $id == -* ]] || { printf '%s\n' "$id"; return 0; }
  done
}

format_storage() {
  if [[ -f "$LOG_DIRS/meta.properties" ]]; then
    if [[ "$(cat "$KDATA/security" 2>/dev/null || echo plaintext)" == "$SECURITY" ]]; then
      return 0
    fi
    log "the data in ${KDATA#"$ROOT"/} was formatted for another security mode: formatting it again for $SECURITY"
    rm -rf "$LOG_DIRS"
    mkdir -p "$LOG_DIRS"
  fi
  local cid
  if [[ -s $CLUSTER_ID_FILE ]]; then
    cid="$(cat "$CLUSTER_ID_FILE")"
  else
    cid="$(random_cluster_id)"
    [[ -n $cid ]] || die "could not generate a cluster id (see $(log_file kafka))"
    printf '%s\n' "$cid" >"$CLUSTER_ID_FILE"
  fi
  log "formatting storage (cluster id $cid)"
  local -a scram=()
  mapfile -t scram < <(scram_users)
  kafka_java kafka.tools.StorageTool format -t "$cid" -c "$PROPS" --standalone "${scram[@]}" >>"$(log_file kafka)" 2>&1 \
    || { tail -n 20 "$(log_file kafka)" >&2; die "storage format failed"; }
  printf '%s\n' "$SECURITY" >"$KDATA/security"
}

# With SASL: each service's access control lists, exactly as libs/contracts TOPIC_ACCESS draws them.
grant_access() {
  [[ $SECURITY == sasl_plaintext ]] || return 0
  local t0; t0=$(now_ms)
  (cd "$ROOT" && LOKET_KAFKA_BROKERS="$BROKERS" TS_NODE_PROJECT="$ROOT/tsconfig.json" \
    node -r ts-node/register/transpile-only -r tsconfig-paths/register "$ROOT/tools/kafka/grant-access.ts") >>"$(log_file kafka)" 2>&1 \
    || { tail -n 20 "$(log_file kafka)" >&2; die "granting the services' access failed"; }
  log "access control lists granted ($(elapsed_since "$t0"))"
}

# Readiness: metadata answers and the group coordinator answers. kafkajs (what the services use)
# when node_modules is installed, else the Java admin client from the broker's own jars.
probe() {
  local how="${LOKET_KAFKA_PROBE:-auto}"
  export LOKET_KAFKA_SECURITY="$SECURITY" LOKET_KAFKA_USERNAME="$ADMIN_USER" LOKET_KAFKA_PASSWORD="$ADMIN_PASSWORD"
  if [[ $how == auto ]]; then
    how=java
    command -v node >/dev/null 2>&1 && [[ -d "$ROOT/node_modules/kafkajs" ]] && how=node
  fi
  if [[ $how == node ]]; then
    node "$SRC_DIR/wait-ready.js" --brokers "$BROKERS" --timeout 8000
  else
    "$JAVA" -cp "$LIBS/*" "$SRC_DIR/WaitReady.java" "$BROKERS"
  fi
}

start() {
  if pid_alive kafka; then
    local running; running="$(kafka_recorded_security)"
    if [[ -n $running && $running != "$SECURITY" ]]; then
      die "the running broker (pid $(pid_of kafka), $BROKERS) takes $running, not $SECURITY: stop it first (deploy/local/infra.sh down or kafka.sh stop), or start with LOKET_KAFKA_SECURITY=$running"
    fi
    if probe >/dev/null 2>&1; then
      log "already running and ready (pid $(pid_of kafka), $BROKERS)"
      # the topic table may have grown since it started (a new event): its grants are applied again
      grant_access
      return 0
    fi
    log "running (pid $(pid_of kafka)) but not ready yet, waiting"
  else
    require_cmd "$JAVA"
    require_port_free kafka "$HOST" "$PORT"
    require_port_free kafka "$HOST" "$CONTROLLER_PORT"
    fetch
    ensure_dirs
    render_props
    format_storage
    # shellcheck disable=SC2086
    start_bg kafka "$JAVA" $HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError $JVM_OPTS \
      -Djava.awt.headless=true -Dlog4j2.configurationFile="$LOG4J" \
      -cp "$LIBS/*" kafka.Kafka "$PROPS"
  fi
  local t0; t0=$(now_ms)
  WAIT_NAME=kafka wait_until "Kafka listening on $BROKERS" "$READY_TIMEOUT" port_open "$HOST" "$PORT"
  WAIT_NAME=kafka wait_until "Kafka group coordinator answers" "$READY_TIMEOUT" probe
  grant_access
  log "ready on $BROKERS, $SECURITY ($(elapsed_since "$t0") after launch)"
}

stop() { stop_pid kafka "${LOKET_STOP_TIMEOUT:-20}"; }

status() {
  if pid_alive kafka; then
    echo "kafka: running (pid $(pid_of kafka), $BROKERS)"
  else
    echo "kafka: stopped"
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
