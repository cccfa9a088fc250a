#!/usr/bin/env bash
# The whole local infrastructure for Loket, without Docker:
# PostgreSQL (existing server or project cluster), Kafka (KRaft), Keycloak (realm loket), mail sink, and the
# S3-compatible object store (S3Mock) that intake's S3 photo store and its integration test use.
#
#   deploy/local/infra.sh up       fetch what is missing, start what is not running, wait until all are ready
#   deploy/local/infra.sh down     stop what these scripts started (recorded PIDs only)
#   deploy/local/infra.sh status   table of what runs where
#
# Kafka takes SASL/SCRAM users with access control lists (each service only its own topics; development-only
# passwords) unless LOKET_KAFKA_SECURITY=plaintext: see kafka/kafka.sh.
# Idempotent: `up` on a running stack only checks it; `down` on a stopped one does nothing.
# State lives in .local/ (cache, run, logs, data). Ports and versions: see the scripts it calls.
# LOKET_INFRA_S3=off leaves the object store out (about 180 MB and 15 s of one core at start; only intake with
# LOKET_PHOTO_STORE=s3 and the S3 integration test need it).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=infra

HERE="$ROOT/deploy/local"
PG_HOST="${LOKET_PG_HOST:-127.0.0.1}"
PG_PORT="${LOKET_PG_PORT:-5432}"
KAFKA_BROKERS="${LOKET_KAFKA_ADVERTISED_HOST:-${LOKET_KAFKA_HOST:-127.0.0.1}}:${LOKET_KAFKA_PORT:-9092}"
KC_PORT="${LOKET_KEYCLOAK_PORT:-8080}"
KC_URL="${LOKET_KEYCLOAK_HOSTNAME:-http://localhost:$KC_PORT}"
KC_MGMT="http://${LOKET_KEYCLOAK_HOST:-127.0.0.1}:${LOKET_KEYCLOAK_MANAGEMENT_PORT:-9000}"
MAIL_HOST="${LOKET_MAIL_SINK_HOST:-127.0.0.1}"
SMTP_PORT="${LOKET_SMTP_PORT:-1025}"
MAIL_HTTP="http://$MAIL_HOST:${LOKET_MAIL_SINK_HTTP_PORT:-8025}"
S3_URL="http://${LOKET_S3_HOST:-127.0.0.1}:${LOKET_S3_PORT:-9090}"
S3_BUCKET="${LOKET_S3_BUCKET:-loket-photos}"
WITH_S3=1
case "${LOKET_INFRA_S3:-on}" in on) ;; off) WITH_S3=0 ;; *) die "LOKET_INFRA_S3 must be on or off" ;; esac

# run_parallel "label:command" ... -> runs each in the background, waits for all, fails if any failed
run_parallel() {
  local -a pids=() labels=()
  local spec
  for spec in "$@"; do
    bash -c "${spec#*:}" &
    pids+=("$!")
    labels+=("${spec%%:*}")
  done
  local i failed=()
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${labels[$i]}")
  done
  if ((${#failed[@]})); then
    printf '%s ERROR failed: %s\n' "[$LOKET_TAG]" "${failed[*]}" >&2
    return 1
  fi
}

state() { # state <name> <ready-probe...> -> "ready (pid N)" / "starting (pid N)" / "stopped"
  local name=$1; shift
  if pid_alive "$name"; then
    if "$@" >/dev/null 2>&1; then echo "ready (pid $(pid_of "$name"))"; else echo "NOT READY (pid $(pid_of "$name"))"; fi
  elif "$@" >/dev/null 2>&1; then
    echo "ready (not started by these scripts)"
  else
    echo "stopped"
  fi
}

pg_state() {
  local s
  s="$(bash "$HERE/postgres.sh" status 2>/dev/null)" || { echo "stopped"; return; }
  case "$s" in
    *project*) echo "ready (project cluster, pid $(pid_of postgres 2>/dev/null || echo ?))" ;;
    *external*) echo "ready (existing server)" ;;
    *) echo "$s" ;;
  esac
}

table() {
  local fmt='%-14s %-50s %s\n'
  printf "$fmt" "WHAT" "URL" "STATUS"
  printf "$fmt" "postgres" "postgresql://postgres@$PG_HOST:$PG_PORT/loket_*" "$(pg_state)"
  printf "$fmt" "kafka" "$KAFKA_BROKERS $(kafka_client_security)" "$(state kafka bash "$HERE/kafka/kafka.sh" probe)"
  printf "$fmt" "keycloak" "$KC_URL/admin (admin / admin-local)" "$(state keycloak http_ok "$KC_MGMT/health/ready")"
  printf "$fmt" "  realm loket" "$KC_URL/realms/loket" "$(http_ok "$KC_URL/realms/loket/.well-known/openid-configuration" && echo ready || echo -)"
  printf "$fmt" "mail sink" "smtp://$MAIL_HOST:$SMTP_PORT  $MAIL_HTTP" "$(state mail-sink http_ok "$MAIL_HTTP/health")"
  printf "$fmt" "s3 (S3Mock)" "$S3_URL/$S3_BUCKET" "$(state s3 bash "$HERE/s3/s3.sh" probe)"
}

up() {
  local t0; t0=$(now_ms)
  ensure_dirs
  log "fetching (cached after the first run)"
  bash "$HERE/kafka/kafka.sh" fetch
  bash "$HERE/keycloak/keycloak.sh" fetch
  if ((WITH_S3)); then bash "$HERE/s3/s3.sh" fetch; fi
  bash "$HERE/postgres.sh" ensure
  local rc=0
  local -a starts=(
    "kafka:bash '$HERE/kafka/kafka.sh' start"
    "keycloak:bash '$HERE/keycloak/keycloak.sh' start"
    "mail-sink:bash '$HERE/mail-sink/mail-sink.sh' start"
  )
  if ((WITH_S3)); then starts+=("s3:bash '$HERE/s3/s3.sh' start"); fi
  log "starting ${starts[*]%%:*}"
  run_parallel "${starts[@]}" || rc=$?
  echo >&2
  table
  if ((rc)); then
    log "up FAILED after $(elapsed_since "$t0") (logs in ${LOG_DIR#"$ROOT"/}/)"
    return "$rc"
  fi
  log "up: all ready in $(elapsed_since "$t0")"
}

down() {
  local t0; t0=$(now_ms)
  run_parallel \
    "s3:bash '$HERE/s3/s3.sh' stop" \
    "mail-sink:bash '$HERE/mail-sink/mail-sink.sh' stop" \
    "keycloak:bash '$HERE/keycloak/keycloak.sh' stop" \
    "kafka:bash '$HERE/kafka/kafka.sh' stop"
  bash "$HERE/postgres.sh" stop
  log "down in $(elapsed_since "$t0")"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) table ;;
  *) echo "usage: $0 {up|down|status}" >&2; exit 2 ;;
esac
