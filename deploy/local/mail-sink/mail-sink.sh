#!/usr/bin/env bash
# Local SMTP sink for Loket (deploy/local/mail-sink/mail-sink.js), without Docker.
#
#   deploy/local/mail-sink/mail-sink.sh start    start in the background, wait for GET /health
#   deploy/local/mail-sink/mail-sink.sh stop     stop the recorded process
#   deploy/local/mail-sink/mail-sink.sh status   running/stopped (exit 0/3)
#
# Messages are kept in .local/data/mail-sink/messages.jsonl (survive restarts).
# Environment (defaults): LOKET_MAIL_SINK_HOST (127.0.0.1), LOKET_SMTP_PORT (1025),
# LOKET_MAIL_SINK_HTTP_PORT (8025), LOKET_NODE (node), LOKET_MAIL_SINK_READY_TIMEOUT (15 s).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=mail-sink

HOST="${LOKET_MAIL_SINK_HOST:-127.0.0.1}"
SMTP_PORT="${LOKET_SMTP_PORT:-1025}"
HTTP_PORT="${LOKET_MAIL_SINK_HTTP_PORT:-8025}"
NODE="${LOKET_NODE:-node}"
READY_TIMEOUT="${LOKET_MAIL_SINK_READY_TIMEOUT:-15}"
HEALTH_URL="http://$HOST:$HTTP_PORT/health"
export LOKET_MAIL_SINK_HOST="$HOST" LOKET_SMTP_PORT="$SMTP_PORT" LOKET_MAIL_SINK_HTTP_PORT="$HTTP_PORT"
export LOKET_MAIL_SINK_FILE="${LOKET_MAIL_SINK_FILE:-$(data_dir mail-sink)/messages.jsonl}"

start() {
  if pid_alive mail-sink; then
    if http_ok "$HEALTH_URL"; then
      log "already running and ready (pid $(pid_of mail-sink), smtp $HOST:$SMTP_PORT, http $HOST:$HTTP_PORT)"
      return 0
    fi
    log "running (pid $(pid_of mail-sink)) but not ready yet, waiting"
  else
    require_cmd "$NODE"
    for m in smtp-server mailparser; do
      [[ -d "$ROOT/node_modules/$m" ]] || die "node_modules/$m missing: run 'npm ci' in $ROOT first"
    done
    require_port_free mail-sink "$HOST" "$SMTP_PORT"
    require_port_free mail-sink "$HOST" "$HTTP_PORT"
    mkdir -p "$(data_dir mail-sink)"
    start_bg mail-sink "$NODE" "$ROOT/deploy/local/mail-sink/mail-sink.js"
  fi
  WAIT_NAME=mail-sink wait_until "mail sink health ($HEALTH_URL)" "$READY_TIMEOUT" http_ok "$HEALTH_URL"
}

stop() { stop_pid mail-sink "${LOKET_STOP_TIMEOUT:-20}"; }

status() {
  if pid_alive mail-sink; then
    echo "mail-sink: running (pid $(pid_of mail-sink), smtp $HOST:$SMTP_PORT, http http://$HOST:$HTTP_PORT)"
  else
    echo "mail-sink: stopped"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
