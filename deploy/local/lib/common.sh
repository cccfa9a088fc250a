# shellcheck shell=bash
# Shared helpers for Loket's local infrastructure scripts (deploy/local/**).
#
# Source it from a script:   . "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
#
# Layout (all git-ignored):
#   .local/cache/        downloads (Kafka jars, Keycloak dist)
#   .local/run/<n>.pid   PID of a background process we started (+ <n>.start: its start time)
#   .local/logs/<n>.log  its stdout/stderr
#   .local/data/<n>/     its state
#
# LOKET_LOCAL_DIR moves all of it elsewhere (a test's own Kafka keeps its state apart), LOKET_CACHE_DIR only
# the downloads.
#
# Processes are only ever stopped through their recorded PID (and the process group that
# PID leads), never by name.

LOKET_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$LOKET_LIB_DIR/../../.." && pwd)"
LOCAL_DIR="${LOKET_LOCAL_DIR:-$ROOT/.local}"
CACHE_DIR="${LOKET_CACHE_DIR:-$LOCAL_DIR/cache}"
RUN_DIR="$LOCAL_DIR/run"
LOG_DIR="$LOCAL_DIR/logs"
DATA_DIR="$LOCAL_DIR/data"
export ROOT LOCAL_DIR CACHE_DIR RUN_DIR LOG_DIR DATA_DIR

ensure_dirs() { mkdir -p "$CACHE_DIR" "$RUN_DIR" "$LOG_DIR" "$DATA_DIR"; }

# --- output -------------------------------------------------------------------------------
log() { printf '%s %s\n' "[${LOKET_TAG:-loket}]" "$*" >&2; }
warn() { printf '%s WARN %s\n' "[${LOKET_TAG:-loket}]" "$*" >&2; }
die() { printf '%s ERROR %s\n' "[${LOKET_TAG:-loket}]" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
# elapsed_since <start-ms> -> "12.3s"
elapsed_since() { local d=$(( $(now_ms) - $1 )); printf '%d.%ds' $((d / 1000)) $(((d % 1000) / 100)); }

# --- paths -------------------------------------------------------------------------------
pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }
data_dir() { printf '%s/%s' "$DATA_DIR" "$1"; }

# --- Kafka's security mode ---------------------------------------------------------------
# kafka_recorded_security: the mode the local Kafka's data was formatted in (kafka.sh records it; data formatted
# before that record existed is plaintext). Prints nothing when it was never formatted.
kafka_recorded_security() {
  local d; d="$(data_dir kafka)"
  if [[ -s $d/security ]]; then cat "$d/security"
  elif [[ -f $d/kraft-combined-logs/meta.properties ]]; then echo plaintext
  fi
}
# kafka_client_security: how clients reach the local Kafka: LOKET_KAFKA_SECURITY when set, else the mode its data
# was formatted in, else sasl_plaintext (what kafka.sh starts by default).
kafka_client_security() {
  local recorded
  if [[ -n ${LOKET_KAFKA_SECURITY:-} ]]; then echo "$LOKET_KAFKA_SECURITY"; return; fi
  recorded="$(kafka_recorded_security)"
  echo "${recorded:-sasl_plaintext}"
}

# --- processes ---------------------------------------------------------------------------
# proc_start_time <pid>: field 22 of /proc/<pid>/stat (clock ticks since boot), guards against PID reuse.
proc_stat_fields() { # fields after "pid (comm) ": state ppid pgrp ... (comm may contain spaces)
  local s
  { read -r s <"/proc/$1/stat"; } 2>/dev/null || return 1
  printf '%s' "${s##*) }"
}
proc_start_time() { local s; s="$(proc_stat_fields "$1")" || return 1; set -f; set -- $s; set +f; printf '%s' "${20}"; }
proc_state() { local s; s="$(proc_stat_fields "$1")" || return 1; printf '%s' "${s%% *}"; }
proc_pgid() { local s; s="$(proc_stat_fields "$1")" || return 1; set -f; set -- $s; set +f; printf '%s' "$3"; }

# pid_of <name>: prints the recorded PID (no liveness check).
pid_of() {
  local f; f="$(pid_file "$1")"
  [[ -f $f ]] || return 1
  local pid; pid="$(head -n1 "$f" | tr -dc '0-9')"
  [[ -n $pid ]] || return 1
  printf '%s' "$pid"
}

# pid_is_running <pid>: alive and not a zombie.
pid_is_running() {
  local pid=$1 st
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
  st="$(proc_state "$pid")" || return 1
  [[ $st != Z && $st != X ]]
}

# pid_alive <name>: the recorded process is running (and is the same process we started).
pid_alive() {
  local name=$1 pid start_file recorded
  pid="$(pid_of "$name")" || return 1
  pid_is_running "$pid" || return 1
  start_file="$RUN_DIR/$name.start"
  if [[ -f $start_file ]]; then
    recorded="$(cat "$start_file")"
    [[ -z $recorded || $recorded == "$(proc_start_time "$pid")" ]] || return 1
  fi
  return 0
}

# record_pid <name> <pid>: write the pid file for a process started some other way.
record_pid() {
  ensure_dirs
  printf '%s\n' "$2" >"$(pid_file "$1")"
  proc_start_time "$2" >"$RUN_DIR/$1.start" 2>/dev/null || rm -f "$RUN_DIR/$1.start"
}

clear_pid() { rm -f "$(pid_file "$1")" "$RUN_DIR/$1.start"; }

# start_bg <name> <cmd> [args...]: start cmd detached (own session + process group), output
# appended to .local/logs/<name>.log, PID in .local/run/<name>.pid. Does nothing when the
# recorded process is still running. Environment is inherited.
start_bg() {
  local name=$1; shift
  ensure_dirs
  if pid_alive "$name"; then
    log "$name already running (pid $(pid_of "$name"))"
    return 0
  fi
  clear_pid "$name"
  local logf; logf="$(log_file "$name")"
  printf '\n===== %s starting %s: %s\n' "$(date -Is)" "$name" "$*" >>"$logf"
  # A background job of a non-interactive shell is not a process-group leader, so setsid(1)
  # calls setsid() in place (no fork) and $! is the PID of the real process, which becomes
  # the leader of a new session and process group.
  (
    cd "${START_BG_CWD:-$ROOT}" || exit 1
    exec setsid nohup "$@" </dev/null >>"$logf" 2>&1
  ) &
  local pid=$!
  record_pid "$name" "$pid"
  sleep 0.2
  if ! pid_is_running "$pid"; then
    tail -n 30 "$logf" >&2 || true
    clear_pid "$name"
    die "$name exited immediately (log: $logf)"
  fi
  local pgid; pgid="$(proc_pgid "$pid")" || true
  [[ $pgid == "$pid" ]] || warn "$name (pid $pid) is not its own process-group leader (pgid $pgid)"
  log "$name started (pid $pid, log ${logf#"$ROOT"/})"
}

# group_members <pgid>: PIDs (not zombies) whose process group is <pgid>.
group_members() {
  local pgid=$1 p
  if command -v pgrep >/dev/null 2>&1; then
    for p in $(pgrep -g "$pgid" 2>/dev/null || true); do pid_is_running "$p" && printf '%s\n' "$p"; done
  else
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      [[ "$(proc_pgid "$p" 2>/dev/null)" == "$pgid" ]] && pid_is_running "$p" && printf '%s\n' "$p"
    done
  fi
  return 0
}

# stop_pid <name> [timeout_s]: TERM the recorded PID (and the process group it leads), wait up
# to timeout (default 20 s), then KILL. Removes the pid file. Succeeds when nothing is running.
stop_pid() {
  local name=$1 timeout=${2:-20} pid
  if ! pid="$(pid_of "$name")"; then
    log "$name not running (no pid file)"
    return 0
  fi
  if ! pid_alive "$name"; then
    log "$name not running (stale pid file for $pid removed)"
    clear_pid "$name"
    return 0
  fi
  local group=0
  [[ "$(proc_pgid "$pid")" == "$pid" ]] && group=1
  log "stopping $name (pid $pid)"
  if ((group)); then kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  else kill -TERM "$pid" 2>/dev/null || true; fi
  local deadline=$(( $(now_ms) + timeout * 1000 ))
  while (( $(now_ms) < deadline )); do
    if ! pid_is_running "$pid"; then
      if ((group)) && [[ -n "$(group_members "$pid")" ]]; then :; else break; fi
    fi
    sleep 0.25
  done
  if pid_is_running "$pid" || { ((group)) && [[ -n "$(group_members "$pid")" ]]; }; then
    warn "$name did not stop within ${timeout}s, sending KILL"
    if ((group)); then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do pid_is_running "$pid" || break; sleep 0.25; done
  fi
  clear_pid "$name"
  log "$name stopped"
}

# --- waiting -----------------------------------------------------------------------------
# wait_until "description" timeout_s command [args...]
# Polls the command every 0.5 s until it succeeds. Set WAIT_NAME=<name> to fail fast when
# that process dies and to print the tail of .local/logs/<name>.log on failure.
wait_until() {
  local desc=$1 timeout=$2; shift 2
  local start; start=$(now_ms)
  local deadline=$(( start + timeout * 1000 ))
  while :; do
    if "$@" >/dev/null 2>&1; then
      log "$desc: ok after $(elapsed_since "$start")"
      return 0
    fi
    if [[ -n ${WAIT_NAME:-} ]] && [[ -f "$(pid_file "$WAIT_NAME")" ]] && ! pid_alive "$WAIT_NAME"; then
      _wait_fail "$desc: process $WAIT_NAME exited"
      return 1
    fi
    if (( $(now_ms) >= deadline )); then
      _wait_fail "$desc: timed out after ${timeout}s"
      return 1
    fi
    sleep 0.5
  done
}
_wait_fail() {
  printf '%s ERROR %s\n' "[${LOKET_TAG:-loket}]" "$1" >&2
  if [[ -n ${WAIT_NAME:-} && -f "$(log_file "$WAIT_NAME")" ]]; then
    printf -- '----- last lines of %s -----\n' "$(log_file "$WAIT_NAME")" >&2
    tail -n "${WAIT_LOG_LINES:-40}" "$(log_file "$WAIT_NAME")" >&2
    printf -- '-----\n' >&2
  fi
}

# --- probes ------------------------------------------------------------------------------
# port_open <host> <port>: something accepts TCP connections there.
port_open() { timeout 1 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null; }
# http_ok <url>: 2xx answer.
http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

# require_port_free <name> <host> <port>: fail with a clear message when a port we are about
# to bind is taken by a process we did not start.
require_port_free() {
  if port_open "$2" "$3"; then
    die "$1: port $2:$3 is already in use by another process (not started by these scripts); set the port env var or free it"
  fi
}

# require_cmd <cmd>...
require_cmd() { local c; for c in "$@"; do command -v "$c" >/dev/null 2>&1 || die "'$c' not found on PATH"; done; }

# status_line <name> <probe...>: prints running/stopped for a pid-managed process.
print_status() {
  local name=$1
  if pid_alive "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
}
