#!/usr/bin/env bash
# `npm test`: every test of Loket, from a fresh clone. Installs what it needs, checks types and lint, runs the
# unit tests, starts the real infrastructure (Kafka, Keycloak, SMTP sink, S3Mock; PostgreSQL must run), runs the
# integration and end-to-end tests against it, and stops again what it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false KAFKAJS_NO_PARTITIONER_WARNING=1
# Kafka with SASL/SCRAM and access control lists (deploy/local/kafka/kafka.sh): the broker started below, the chaos
# run's own broker and the tests' clients all take this mode (the services sign in as loket-<service>, the tests'
# own clients as the super user loket-admin; development-only passwords). LOKET_KAFKA_SECURITY=plaintext runs
# everything without (a running broker of the other mode is refused: npm run down first).
export LOKET_KAFKA_SECURITY="${LOKET_KAFKA_SECURITY:-sasl_plaintext}"
# Every broker and Keycloak this run starts (the shared ones, each shard's, each test's own, the chaos run's) lives
# minutes, not months: the JVM's first-tier compiler only. Measured on this 2-core machine: a broker ready with 4.3
# instead of 7.1 s of CPU and idle at 1.6 instead of 2.6 s a minute; Keycloak ready with 21 instead of 30 s. The
# run is CPU-bound, so that is time. (The quick benchmarks run on these too; their figures say nothing about speed.)
export LOKET_KAFKA_JVM_OPTS="${LOKET_KAFKA_JVM_OPTS--XX:TieredStopAtLevel=1 -XX:CICompilerCount=1}"
export LOKET_KEYCLOAK_JVM_OPTS="${LOKET_KEYCLOAK_JVM_OPTS--XX:TieredStopAtLevel=1}"
results=$(mktemp -d)
began=$SECONDS
step() { printf '\n== [%ss] %s\n' "$((SECONDS - began))" "$*" >&2; }

# Debian's chromium (the web loket's browser tests) and kubectl (the Kubernetes manifests' test) come from apt when
# missing; that download runs in the background beside npm ci, the build, the type checks and lint, and is waited
# for before the unit tests (kubectl) and the integration tests (chromium) that need it.
system_packages() {
  local -a missing=()
  [ -x /usr/bin/chromium ] || [ -n "${LOKET_CHROMIUM:-}" ] || missing+=(chromium)
  command -v kubectl >/dev/null 2>&1 || [ -n "${LOKET_KUBECTL:-}" ] || missing+=(kubectl)
  [ "${#missing[@]}" = 0 ] && { echo "chromium and kubectl: present"; return 0; }
  if [ "$(id -u)" != 0 ]; then
    echo "missing: ${missing[*]}: run as root, or apt-get install them, or set LOKET_CHROMIUM / LOKET_KUBECTL" >&2
    return 1
  fi
  apt-get update
  local package
  for package in "${missing[@]}"; do
    if [ "$package" = kubectl ]; then apt-get install -y kubectl || apt-get install -y kubernetes-client
    else apt-get install -y "$package"; fi
  done
}
wait_for_system_packages() {
  [ -n "$packages_pid" ] || return 0
  local status=0
  wait "$packages_pid" || status=$?
  packages_pid=
  cat "$results/packages.log" >&2
  [ "$status" = 0 ] || { echo "installing chromium or kubectl failed (exit $status)" >&2; exit 1; }
}
step "system packages (chromium, kubectl): in the background when missing"
system_packages > "$results/packages.log" 2>&1 &
packages_pid=$!

step "dependencies"
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then npm ci --no-audit --no-fund; fi

step "infrastructure: fetching Kafka, Keycloak and S3Mock (Maven Central; cached in .local/cache after the first run)"
# Before anything starts in the background: the chaos run below reuses this cache instead of fetching alongside.
bash deploy/local/kafka/kafka.sh fetch
bash deploy/local/keycloak/keycloak.sh fetch
bash deploy/local/s3/s3.sh fetch

step "infrastructure: starting in the background (Kafka, Keycloak, mail sink, S3Mock; PostgreSQL must run)"
started_infra=0
shards=1
shard_brokers_pid=
# A broker already running (ready, or not answering in this mode) is someone else's: it is left running at the end.
bash deploy/local/infra.sh status 2>/dev/null | grep -qE '^kafka .*(ready|NOT READY)' || started_infra=1
infra_pid=
chaos_pid=
bench_pid=
cleanup() {
  [ -n "$bench_pid" ] && kill "$bench_pid" 2>/dev/null && wait "$bench_pid" 2>/dev/null
  if [ -n "$chaos_pid" ] && kill "$chaos_pid" 2>/dev/null; then
    wait "$chaos_pid" 2>/dev/null
    # its PostgreSQL, Kafka, Keycloak, mail sink and services, left behind by the interrupted runner
    TS_NODE_PROJECT=tsconfig.json node -r ts-node/register/transpile-only -r tsconfig-paths/register \
      -e "require('@loket/testing').reapAbandonedRuns('.local/chaos', (line) => console.error('[chaos] ' + line))" || true
  fi
  [ -n "$packages_pid" ] && wait "$packages_pid" 2>/dev/null  # never an interrupted dpkg
  [ -n "$infra_pid" ] && kill "$infra_pid" 2>/dev/null && wait "$infra_pid" 2>/dev/null
  [ -n "$shard_brokers_pid" ] && kill "$shard_brokers_pid" 2>/dev/null && wait "$shard_brokers_pid" 2>/dev/null
  if [ "${shards:-1}" -gt 1 ]; then for n in $(seq 2 "$shards"); do shard_kafka "$n" stop >/dev/null 2>&1 || true; done; fi
  [ "$started_infra" = 1 ] && bash deploy/local/infra.sh down || true
}
trap cleanup EXIT
# It starts beside the build, type checks, lint, unit tests and the chaos run's own Keycloak, on two cores: CI once saw
# Keycloak spend a minute in Quarkus augmentation alone, so every part gets the time such a machine needs. Nothing
# waits for it before the integration tests, so a generous limit costs nothing when all is well.
LOKET_KEYCLOAK_READY_TIMEOUT="${LOKET_KEYCLOAK_READY_TIMEOUT:-600}" LOKET_KAFKA_READY_TIMEOUT="${LOKET_KAFKA_READY_TIMEOUT:-300}" \
  LOKET_S3_READY_TIMEOUT="${LOKET_S3_READY_TIMEOUT:-300}" LOKET_MAIL_SINK_READY_TIMEOUT="${LOKET_MAIL_SINK_READY_TIMEOUT:-120}" \
  bash deploy/local/infra.sh up > "$results/infra.log" 2>&1 &
infra_pid=$!
# The integration tests run in shards side by side (see below); every shard after the first gets a broker of its own
# (own ports and data directory under .local/shard-<n>, the cached jars), so no shard's services see another's events.
shards="${LOKET_INTEGRATION_SHARDS:-2}"
shard_port() { echo "$((19090 + 2 * $1))"; }  # its controller listens on the port after it
shard_kafka() {
  local port
  port=$(shard_port "$1")
  LOKET_LOCAL_DIR="$root/.local/shard-$1" LOKET_CACHE_DIR="$root/.local/cache" LOKET_KAFKA_PORT="$port" \
    LOKET_KAFKA_CONTROLLER_PORT="$((port + 1))" LOKET_KAFKA_READY_TIMEOUT="${LOKET_KAFKA_READY_TIMEOUT:-300}" \
    bash deploy/local/kafka/kafka.sh "$2"
}
if [ "$shards" -gt 1 ]; then
  ( for n in $(seq 2 "$shards"); do shard_kafka "$n" start || exit 1; done ) > "$results/shard-brokers.log" 2>&1 &
  shard_brokers_pid=$!
fi

step "build (services, gateway and the web bundle)"
# What npm run build does, but emitting without a type check: the types step below checks these files and the tests.
npx tsc -p tsconfig.build.json --noCheck
node tools/build/copy-assets.js
npm run build:web --silent

# The chaos run brings its own PostgreSQL cluster, Kafka, Keycloak and mail sink and needs only the build, so its
# small version (about four minutes, mostly waiting for faults to pass) runs beside the checks and unit tests.
step "chaos run, small version: starting in the background (its own infrastructure; see the end for its result)"
chaos_spec=test/integration/fault-tolerance/chaos.int-spec.ts
node_modules/.bin/jest -c jest.integration.config.js --ci --runInBand --json --outputFile="$results/chaos.json" "$chaos_spec" > "$results/chaos.log" 2>&1 &
chaos_pid=$!

step "types"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/web/tsconfig.json --noEmit

step "lint (module boundaries, floating promises, exhaustive switches)"
npx nx show projects >/dev/null  # the project graph the module-boundary rule reads
npx eslint --max-warnings=0 apps libs test

step "system packages (waited for: the unit tests render the Kubernetes manifests with kubectl)"
wait_for_system_packages

step "unit tests"
unit_status=0
# Two workers: one (jest's choice on two cores) left a core idle beside the chaos run (116 s against 85 s, measured).
npx jest -c jest.config.js --ci --silent --maxWorkers=2 --json --outputFile="$results/unit.json" || unit_status=$?

step "infrastructure (started at the beginning, beside the checks above)"
infra_status=0
wait "$infra_pid" || infra_status=$?
infra_pid=
cat "$results/infra.log" >&2
[ "$infra_status" = 0 ] || { echo "the infrastructure did not come up (exit $infra_status)" >&2; exit 1; }

# The small benchmarks need the stack, not the integration tests' brokers; the web component tests need neither. Each
# leaves most of a core idle (measured: 35 % and 43 % of the two cores), so they run side by side, before the shards
# (whose services would otherwise see the benchmarks' events on the shared broker).
step "web component tests (vitest, jsdom), and beside them the benchmarks' small version (each at a small size, printing its figures; npm run bench is the real one)"
bench_status=0
node tools/bench/run-all.js --quick > "$results/bench.jsonl" 2> "$results/bench.log" &
bench_pid=$!
web_status=0
npx vitest run -c apps/web/vite.config.mts --reporter=default --reporter=json --outputFile.json="$results/web.json" || web_status=$?
wait "$bench_pid" || bench_status=$?
bench_pid=
cat "$results/bench.log" >&2

if [ -n "$shard_brokers_pid" ]; then
  shard_status=0
  wait "$shard_brokers_pid" || shard_status=$?
  shard_brokers_pid=
  cat "$results/shard-brokers.log" >&2
  [ "$shard_status" = 0 ] || { echo "a shard's broker did not come up (exit $shard_status)" >&2; exit 1; }
fi

step "integration and end-to-end tests (real Kafka, PostgreSQL, Keycloak, SMTP sink), $shards shards side by side"
# Each shard is one jest process running its files one at a time; the first uses the broker above, the others their
# own. Their output is kept apart and shown when each is done.
integration_status=0
shard_pids=()
for n in $(seq 1 "$shards"); do
  broker_env=()
  [ "$n" -gt 1 ] && broker_env=(LOKET_KAFKA_BROKERS="127.0.0.1:$(shard_port "$n")")
  env "${broker_env[@]}" npx jest -c jest.integration.config.js --ci --runInBand --shard="$n/$shards" --json \
    --outputFile="$results/integration-$n.json" --testPathIgnorePatterns "$chaos_spec" > "$results/integration-$n.log" 2>&1 &
  shard_pids+=($!)
done
for n in $(seq 1 "$shards"); do
  wait "${shard_pids[$((n - 1))]}" || integration_status=$?
  printf '\n-- integration shard %s of %s\n' "$n" "$shards" >&2
  cat "$results/integration-$n.log" >&2
done
integration_results=()
for n in $(seq 1 "$shards"); do integration_results+=("$results/integration-$n.json"); done

step "chaos run, small version: its result"
chaos_status=0
wait "$chaos_pid" || chaos_status=$?
chaos_pid=
cat "$results/chaos.log" >&2

step "summary"
node tools/test/summarise-jest.js unit "$results/unit.json"
node tools/test/summarise-jest.js web "$results/web.json"
node tools/test/summarise-jest.js integration "${integration_results[@]}" "$results/chaos.json"
node tools/test/summarise-jest.js all "$results/unit.json" "$results/web.json" "${integration_results[@]}" "$results/chaos.json"
[ "$bench_status" = 0 ] || echo "bench --quick: FAILED (see above)" >&2
[ "$unit_status" = 0 ] && [ "$web_status" = 0 ] && [ "$integration_status" = 0 ] && [ "$chaos_status" = 0 ] && [ "$bench_status" = 0 ]
