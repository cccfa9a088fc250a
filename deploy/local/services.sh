#!/usr/bin/env bash
# The four Loket services and the gateway (the web loket and the services' APIs on one origin) as background
# processes, from the compiled build (dist/ and the web bundle in dist/apps/web).
#   deploy/local/services.sh start    build, start what is not running, wait until every /health/ready is 200
#   deploy/local/services.sh stop     stop what was started (recorded PIDs only)
#   deploy/local/services.sh status
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"
# shellcheck disable=SC2034 # read by common.sh
LOKET_TAG=services

SERVICES=(intake routing workbench feedback)
declare -A PORTS=([intake]="${LOKET_INTAKE_PORT:-3001}" [routing]="${LOKET_ROUTING_PORT:-3002}" \
  [workbench]="${LOKET_WORKBENCH_PORT:-3003}" [feedback]="${LOKET_FEEDBACK_PORT:-3004}")
GATEWAY_PORT="${LOKET_GATEWAY_PORT:-3000}"
SECRETS="$LOCAL_DIR/secrets/loket.env"

start() {
  ensure_dirs
  node "$ROOT/tools/runtime/generate-dev-secrets.js" "$SECRETS"
  log "building"
  (cd "$ROOT" && npm run build --silent)
  set -a
  # shellcheck disable=SC1090
  . "$SECRETS"
  set +a
  export KAFKAJS_NO_PARTITIONER_WARNING=1
  export LOKET_FEEDBACK_URL="${LOKET_FEEDBACK_URL:-http://127.0.0.1:${PORTS[feedback]}}"
  export LOKET_ROUTING_URL="${LOKET_ROUTING_URL:-http://127.0.0.1:${PORTS[routing]}}"
  # The local mail sink confirms which Message-IDs it took (an interrupted e-mail attempt is then never sent twice).
  export LOKET_MAIL_ACCEPTANCE_URL="${LOKET_MAIL_ACCEPTANCE_URL:-http://127.0.0.1:${LOKET_MAIL_SINK_HTTP_PORT:-8025}/api/messages}"
  export LOKET_INTAKE_URL="${LOKET_INTAKE_URL:-http://127.0.0.1:${PORTS[intake]}}"
  # Links in e-mails to reporters open the loket's own pages, through the gateway.
  export LOKET_PUBLIC_URL="${LOKET_PUBLIC_URL:-http://localhost:$GATEWAY_PORT}"
  # The loket's mail door (intake): mail to meldingen@loket.localhost at 127.0.0.1:2525 becomes a report; intake's
  # answers (where is it?) go out through the local mail sink, like the feedback service's mail.
  export LOKET_MAIL_INTAKE="${LOKET_MAIL_INTAKE:-smtp}"
  export LOKET_MAIL_INTAKE_PORT="${LOKET_MAIL_INTAKE_PORT:-2525}"
  export LOKET_MAIL_INTAKE_ADDRESS="${LOKET_MAIL_INTAKE_ADDRESS:-meldingen@loket.localhost}"
  # A reporter may answer a professional's question by replying to its e-mail: feedback gives each such e-mail the
  # reply address antwoord+<token>@loket.localhost, and intake's mail door passes the reply on to feedback.
  export LOKET_QUESTION_REPLY_ADDRESS="${LOKET_QUESTION_REPLY_ADDRESS:-antwoord@loket.localhost}"
  # The workbench signs its audit chain's head every 15 minutes and keeps it outside the database, here:
  export LOKET_AUDIT_ANCHOR_FILE="${LOKET_AUDIT_ANCHOR_FILE:-$LOCAL_DIR/audit-anchors/workbench.jsonl}"
  # The services sit behind the gateway: the client address (rate limits) is one hop back in X-Forwarded-For.
  export LOKET_TRUST_PROXY_HOPS="${LOKET_TRUST_PROXY_HOPS:-1}"
  # Kafka as the local broker takes it (SASL/SCRAM with access control lists unless started plaintext): each service
  # signs in as its own principal loket-<service> with its development-only password, never as the super user, so
  # it may write only the topics it owns and read only those it consumes.
  LOKET_KAFKA_SECURITY="$(kafka_client_security)"
  export LOKET_KAFKA_SECURITY
  log "Kafka: $LOKET_KAFKA_SECURITY"
  local name
  for name in "${SERVICES[@]}"; do
    if ! pid_alive "$name"; then require_port_free "$name" 127.0.0.1 "${PORTS[$name]}"; fi
    LOKET_KAFKA_USERNAME="loket-$name" LOKET_KAFKA_PASSWORD="loket-$name-development-only" \
      start_bg "$name" node -r "$ROOT/tools/runtime/register-aliases.js" "$ROOT/dist/apps/$name/src/main.js"
  done
  if ! pid_alive gateway; then require_port_free gateway 127.0.0.1 "$GATEWAY_PORT"; fi
  LOKET_GATEWAY_PORT="$GATEWAY_PORT" LOKET_INTAKE_URL="http://127.0.0.1:${PORTS[intake]}" \
    LOKET_ROUTING_URL="http://127.0.0.1:${PORTS[routing]}" LOKET_WORKBENCH_URL="http://127.0.0.1:${PORTS[workbench]}" \
    start_bg gateway node "$ROOT/dist/apps/gateway/src/main.js"
  for name in "${SERVICES[@]}"; do
    wait_until "$name ready" 90 http_ok "http://127.0.0.1:${PORTS[$name]}/health/ready"
  done
  wait_until "gateway ready" 30 http_ok "http://127.0.0.1:$GATEWAY_PORT/health/live"
}

stop() {
  local name
  stop_pid gateway
  for name in "${SERVICES[@]}"; do stop_pid "$name"; done
}

status() {
  local name fmt='%-14s %-50s %s\n'
  local g=stopped
  if http_ok "http://127.0.0.1:$GATEWAY_PORT/health/live"; then g=ready; elif pid_alive gateway; then g="NOT READY"; fi
  pid_alive gateway && g="$g (pid $(pid_of gateway))"
  printf "$fmt" "web loket" "http://localhost:$GATEWAY_PORT" "$g"
  for name in "${SERVICES[@]}"; do
    local url="http://localhost:${PORTS[$name]}"
    local s=stopped
    if http_ok "$url/health/ready"; then s="ready"; elif pid_alive "$name"; then s="NOT READY"; fi
    pid_alive "$name" && s="$s (pid $(pid_of "$name"))"
    printf "$fmt" "$name" "$url/api/docs" "$s"
  done
  if [ "${LOKET_MAIL_INTAKE:-smtp}" = smtp ]; then
    printf "$fmt" "mail door" "smtp://127.0.0.1:${LOKET_MAIL_INTAKE_PORT:-2525}" "${LOKET_MAIL_INTAKE_ADDRESS:-meldingen@loket.localhost} (intake)"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
