#!/usr/bin/env bash
# `npm run status`: where everything runs, and the demo logins.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
echo
echo "Loket (open this in a browser): http://localhost:${LOKET_GATEWAY_PORT:-3000}"
echo
bash "$here/services.sh" status
bash "$here/infra.sh" status
cat <<'TXT'

Demo logins (realm loket, password loket-demo, local use only):
  gemeente.stadsbeheer  professional  municipality / stadsbeheer
  gemeente.handhaving   professional  municipality / handhaving
  politie.wijkagent     professional  police / wijkagenten
  corporatie.huurders   professional  housing / huurdersservice
  welzijn.wijkteam      professional  social-work / wijkteam
  coordinator           coordinator   coordinators / triage
  admin                 admin
  bewoner               resident
  vrijwilliger          volunteer
Token for scripts:  curl -s -d grant_type=password -d client_id=loket-cli -d username=gemeente.stadsbeheer \
                      -d password=loket-demo http://localhost:8080/realms/loket/protocol/openid-connect/token
Mail sent to reporters: http://127.0.0.1:8025
Kafka users (SASL/SCRAM unless started with LOKET_KAFKA_SECURITY=plaintext; DEVELOPMENT-ONLY passwords):
  loket-admin / loket-admin-development-only   super user (tools, probes)
  loket-<service> / loket-<service>-development-only   intake, routing, workbench, feedback: own topics only
TXT
