#!/usr/bin/env bash
# `npm run up`: the whole of Loket on this machine, with demo data, then back to the prompt with everything
# running in the background. Running it again is harmless. `npm run down` stops it all.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash "$here/infra.sh" up
bash "$here/services.sh" start
node "$here/seed-demo-reports.js"
bash "$here/status.sh"
