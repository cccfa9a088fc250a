#!/usr/bin/env bash
# PostgreSQL for the local Loket stack.
#
#   deploy/local/postgres.sh ensure   make sure a server answers on LOKET_PG_HOST:LOKET_PG_PORT and the
#                                     Loket databases exist. Uses the server that is already there; only
#                                     when nothing answers, starts a project cluster in .local/data/postgres.
#   deploy/local/postgres.sh stop     stops the project cluster (never a server these scripts did not start)
#   deploy/local/postgres.sh status
#
# Environment (defaults): LOKET_PG_HOST (127.0.0.1), LOKET_PG_PORT (5432), LOKET_PG_USER (postgres),
# LOKET_PG_DATABASES ("loket_intake loket_routing loket_workbench loket_feedback loket_keys"),
# LOKET_PG_BINDIR (pg_config --bindir, else the newest /usr/lib/postgresql/*/bin),
# LOKET_PG_OS_USER (postgres: initdb/postgres refuse to run as root).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"
# shellcheck disable=SC2034 # prefix of log lines, read by common.sh
LOKET_TAG=postgres

HOST="${LOKET_PG_HOST:-127.0.0.1}"
PORT="${LOKET_PG_PORT:-5432}"
PGUSER_NAME="${LOKET_PG_USER:-postgres}"
DATABASES="${LOKET_PG_DATABASES:-loket_intake loket_routing loket_workbench loket_feedback loket_keys}"
OS_USER="${LOKET_PG_OS_USER:-postgres}"
PGDATA_DIR="$(data_dir postgres)"
PG_LOG="$(log_file postgres)"

bindir() {
  if [[ -n ${LOKET_PG_BINDIR:-} ]]; then printf '%s' "$LOKET_PG_BINDIR"; return; fi
  local d
  if d="$(pg_config --bindir 2>/dev/null)" && [[ -x $d/pg_ctl ]]; then printf '%s' "$d"; return; fi
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  [[ -n $d && -x $d/pg_ctl ]] || die "PostgreSQL server binaries not found (set LOKET_PG_BINDIR)"
  printf '%s' "$d"
}

# run as the postgres OS user when we are root (initdb and postgres refuse root)
as_pg() {
  if [[ $EUID -eq 0 ]]; then runuser -u "$OS_USER" -- "$@"; else "$@"; fi
}

answers() { pg_isready -h "$HOST" -p "$PORT" -q; }

psql_admin() { psql -X -h "$HOST" -p "$PORT" -U "$PGUSER_NAME" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }

# our cluster is running: its postmaster.pid names a live process
own_cluster_pid() {
  [[ -f "$PGDATA_DIR/postmaster.pid" ]] || return 1
  local pid; pid="$(head -n1 "$PGDATA_DIR/postmaster.pid" | tr -dc '0-9')"
  [[ -n $pid ]] && pid_is_running "$pid" || return 1
  printf '%s' "$pid"
}

start_cluster() {
  local bin; bin="$(bindir)"
  if port_open "$HOST" "$PORT"; then
    die "$HOST:$PORT accepts connections but does not answer as PostgreSQL; set LOKET_PG_PORT"
  fi
  ensure_dirs
  if [[ ! -f "$PGDATA_DIR/PG_VERSION" ]]; then
    log "no PostgreSQL on $HOST:$PORT: creating a project cluster in ${PGDATA_DIR#"$ROOT"/}"
    mkdir -p "$PGDATA_DIR"
    if [[ $EUID -eq 0 ]]; then chown "$OS_USER": "$PGDATA_DIR"; fi
    chmod 700 "$PGDATA_DIR"
    as_pg "$bin/initdb" -D "$PGDATA_DIR" -U "$PGUSER_NAME" -E UTF8 --locale=C \
      --auth-local=trust --auth-host=trust >"$LOG_DIR/postgres-initdb.log" 2>&1 \
      || { tail -n 20 "$LOG_DIR/postgres-initdb.log" >&2; die "initdb failed"; }
  else
    log "no PostgreSQL on $HOST:$PORT: starting the project cluster in ${PGDATA_DIR#"$ROOT"/}"
  fi
  touch "$PG_LOG"
  if [[ $EUID -eq 0 ]]; then chown "$OS_USER": "$PG_LOG"; fi
  # listen on loopback only; the unix socket lives in the data directory (writable by postgres)
  as_pg "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
    -o "-c listen_addresses=$HOST -p $PORT -k $PGDATA_DIR" start >/dev/null \
    || { tail -n 20 "$PG_LOG" >&2; die "pg_ctl start failed"; }
  local pid; pid="$(own_cluster_pid)" || die "cluster started but postmaster.pid is missing"
  record_pid postgres "$pid"
  log "project cluster running (pid $pid, $HOST:$PORT)"
}

create_databases() {
  local db
  for db in $DATABASES; do
    [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "invalid database name: $db"
    if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" == 1 ]]; then
      continue
    fi
    # a parallel run may have created it in the meantime: tolerate "already exists"
    if psql_admin -c "CREATE DATABASE \"$db\"" 2>"$LOG_DIR/postgres-createdb.err"; then
      log "created database $db"
    elif grep -q 'already exists' "$LOG_DIR/postgres-createdb.err"; then
      :
    else
      cat "$LOG_DIR/postgres-createdb.err" >&2
      die "could not create database $db"
    fi
  done
  rm -f "$LOG_DIR/postgres-createdb.err"
  log "databases present on $HOST:$PORT: $DATABASES"
}

ensure() {
  require_cmd pg_isready psql
  ensure_dirs
  if answers; then
    if own_cluster_pid >/dev/null; then
      log "project cluster already running on $HOST:$PORT"
      pid_alive postgres || record_pid postgres "$(own_cluster_pid)"
    else
      log "PostgreSQL answers on $HOST:$PORT (not managed by these scripts; only databases are ensured)"
    fi
  else
    start_cluster
    wait_until "PostgreSQL answers on $HOST:$PORT" 30 answers
  fi
  create_databases
}

stop() {
  local pid
  if pid="$(own_cluster_pid)"; then
    log "stopping the project cluster (pid $pid)"
    as_pg "$(bindir)/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 30 stop >/dev/null \
      || { warn "pg_ctl stop failed, falling back to the recorded pid"; record_pid postgres "$pid"; stop_pid postgres 20; }
    clear_pid postgres
    log "project cluster stopped"
  else
    clear_pid postgres
    if answers; then
      log "PostgreSQL on $HOST:$PORT was not started by these scripts: leaving it running"
    else
      log "project cluster not running"
    fi
  fi
}

status() {
  local pid
  if pid="$(own_cluster_pid)"; then
    echo "postgres: running (project cluster, pid $pid, $HOST:$PORT)"
  elif answers; then
    echo "postgres: running (external server on $HOST:$PORT)"
  else
    echo "postgres: stopped"
    return 3
  fi
}

case "${1:-}" in
  ensure) ensure ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {ensure|stop|status}" >&2; exit 2 ;;
esac
