#!/usr/bin/env bash
# Start-up benchmark of the production jar (docs/benchmarks.md, "Start-up").
#
#   docs/bench/startup.sh [runs]        after ./mvnw -B -o -Pproduction -DskipTests package
#
# For each way of starting (plain `java -jar`, then the extracted jar with its CDS archive), it
# starts the jar on a fresh data folder once (embedded PostgreSQL, demo profile) and then `runs`
# times (default 3) on that same folder ("existing data"). Each start is timed from the moment the
# process is launched until GET /login answers 200, and until the readiness probe is UP (after the
# demo data and the start-up upkeep); Spring's own "Started ... in" is read from the log. The load
# average is noted before every start. The table goes to target/benchmarks/startup.md.
#
# Environment: CITYCERT_BENCH_PORT (18471), CITYCERT_BENCH_WAYS ("plain cds"), JAVA_OPTS (added to
# every start, e.g. -Xlog:class+load:file=...), CITYCERT_BENCH_KEEP=1 keeps the work folder.
# Other builds on the same cores stretch the wall clock a lot; the JVM's CPU time until the first
# page moves much less, and is the figure to compare between the ways of one run.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_start startup

runs=${1:-3}
port=${CITYCERT_BENCH_PORT:-18471}
ways=${CITYCERT_BENCH_WAYS:-plain cds}

now_ms() { date +%s%3N; }
# CPU time (user + system, all threads) a process has used so far, in ms: unlike the wall clock,
# it hardly moves when other builds share the cores
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tck) }' "/proc/$1/stat"; }

# the extracted layout and its CDS archive, made the way the Dockerfile makes them
prepare_cds() {
  java -Djarmode=tools -jar "$jar" extract --destination "$work/cds" > /dev/null
  local training="$work/training"
  mkdir -p "$training"
  # the training run refreshes the context (and so needs a database: its own throw-away embedded
  # PostgreSQL), then exits before the web server and the runners start
  local started; started=$(now_ms)
  # (the Dockerfile's training run, to the letter)
  (cd "$work/cds" && java -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds*=error -Dspring.context.exit=onRefresh \
      -jar "$(basename "$jar")" \
      --citycert.embedded-postgres.data-directory= --citycert.signing.keystore= \
      --citycert.signing.generate-if-missing=true --citycert.signing.password=training-run \
      --logging.level.root=warn > "$training/training.log" 2>&1) \
    || { echo "CDS training run failed:"; grep -v "^\[" "$training/training.log" | tail -40; exit 1; }
  # the run leaves its temporary database folder behind (it exits in the middle of the start)
  find /tmp -maxdepth 1 -name 'citycert-pg-*' -newer "$training" -user "$(id -u)" -exec rm -rf {} +
  echo "CDS training run: $(( $(now_ms) - started )) ms, archive $(du -m "$work/cds/application.jsa" | cut -f1) MiB"
}

# starts one way on a data folder, prints "first-200-ms ready-ms started-s process-s load cpu-ms"
start_once() {
  local way=$1 data=$2 log=$3
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local cmd
  case $way in
    plain) cmd=(java ${JAVA_OPTS:-} -jar "$jar") ;;
    # the class path must be the training run's, to the letter: started from the extracted folder
    cds) cmd=(java ${JAVA_OPTS:-} -XX:SharedArchiveFile=application.jsa -jar "$(basename "$jar")") ;;
  esac
  local t0; t0=$(now_ms)
  (cd "$([ "$way" = cds ] && echo "$work/cds" || pwd)" && exec "${cmd[@]}" --server.port="$port" --spring.profiles.active=demo \
    --citycert.embedded-postgres.data-directory="$data/postgres" \
    --citycert.signing.keystore="$data/seal.p12" > "$log" 2>&1) &
  app=$!
  local first= ready= cpu=
  for _ in $(seq 1 3000); do
    if [ -z "$first" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = 200 ]; then
      first=$(( $(now_ms) - t0 ))
      cpu=$(cpu_ms "$app")
    fi
    if [ -n "$first" ] && curl -fsS "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( $(now_ms) - t0 ))
      break
    fi
    kill -0 "$app" 2>/dev/null || { echo "the jar stopped:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.1
  done
  if grep -q 'Unable to use shared archive' "$log"; then echo "the JVM did not use the CDS archive:" >&2; head -3 "$log" >&2; exit 1; fi
  [ -n "$ready" ] || { echo "not ready in time" >&2; tail -40 "$log" >&2; exit 1; }
  # the page is served from the production bundle, not a development server
  curl -fsS "http://localhost:$port/login" | grep -q 'VAADIN/build/' || { echo "login page not from the production bundle" >&2; exit 1; }
  local started process
  started=$(sed -n 's/.*Started CityCertApplication in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1/p' "$log")
  process=$(sed -n 's/.*Started CityCertApplication in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' "$log")
  kill "$app"; wait "$app" 2>/dev/null || true; app=
  echo "$first $ready $started $process $load $cpu"
}

{
  echo "# Start-up of the production jar"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(java -version 2>&1 | head -1), jar $(basename "$jar")"
  echo
  echo "| way | data | first 200 on /login | JVM CPU time until then | readiness UP | Spring \"Started in\" (process) | load average |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
} > "$out"

declare -A sum cpusum
for way in $ways; do
  [ "$way" = cds ] && prepare_cds
  data="$work/data-$way"
  mkdir -p "$data"
  for i in $(seq 0 "$runs"); do
    kind=existing; [ "$i" = 0 ] && kind=fresh
    read -r first ready started process load cpu < <(start_once "$way" "$data" "$work/$way-$i.log")
    printf '| %s | %s | %.1f s | %.1f s | %.1f s | %s s (%s s) | %s |\n' "$way" "$kind" \
      "$(echo "$first / 1000" | bc -l)" "$(echo "$cpu / 1000" | bc -l)" "$(echo "$ready / 1000" | bc -l)" \
      "$started" "$process" "$load" | tee -a "$out"
    if [ "$kind" = existing ]; then
      sum[$way]=$(( ${sum[$way]:-0} + first ))
      cpusum[$way]=$(( ${cpusum[$way]:-0} + cpu ))
    fi
  done
done

{
  echo
  for way in $ways; do
    printf 'existing data, %s: mean first 200 %.1f s, mean JVM CPU time until then %.1f s\n' "$way" \
      "$(echo "${sum[$way]} / $runs / 1000" | bc -l)" "$(echo "${cpusum[$way]} / $runs / 1000" | bc -l)"
  done
  if [ -n "${sum[plain]:-}" ] && [ -n "${sum[cds]:-}" ]; then
    printf 'ratio cds / plain: first 200 %.2f, CPU time %.2f\n' "$(echo "${sum[cds]} / ${sum[plain]}" | bc -l)" \
      "$(echo "${cpusum[cds]} / ${cpusum[plain]}" | bc -l)"
  fi
} | tee -a "$out"
echo "table: $out"
