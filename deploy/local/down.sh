#!/usr/bin/env bash
# `npm run down`: stops exactly what `npm run up` started (recorded process ids, never names).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/services.sh" stop
bash "$here/infra.sh" down
