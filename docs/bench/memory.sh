#!/usr/bin/env bash
# Memory benchmark of the production jar (docs/benchmarks.md, "Memory").
#
#   docs/bench/memory.sh [sessions]     after ./mvnw -B -o -Pproduction -DskipTests package
#
# Starts the jar (demo profile, its own temporary embedded PostgreSQL), waits until it is ready and
# reads the heap in use after a full GC (`jcmd GC.run`, twice, then `GC.heap_info`): the node with
# no users. Then it opens `sessions` (default 50) Vaadin UIs on the login page, each its own HTTP
# session, as a browser does: GET /login (the bootstrap page) and the UI's init request
# (/?v-r=init), and reads the heap again; then as many signed-in UIs (the form sign-in as the demo
# reviewer, then the start page's UI) and reads it again. The difference divided by the number of
# sessions is the heap one open session holds. Sessions stay open (Tomcat keeps them 30 minutes)
# until the jar is stopped. The table goes to target/benchmarks/memory.md.
#
# Environment: CITYCERT_BENCH_PORT (18474), CITYCERT_BENCH_KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

sessions=${1:-50}
port=${CITYCERT_BENCH_PORT:-18474}
jar=$(ls target/citycert-*.jar | head -1)
work=$(mktemp -d /tmp/citycert-memory.XXXXXX)
out=target/benchmarks/memory.md
base="http://localhost:$port"
mkdir -p target/benchmarks
app=
cleanup() {
  status=$?
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
  [ "${CITYCERT_BENCH_KEEP:-0}" = 1 ] && echo "work folder kept: $work" || rm -rf "$work"
  exit $status
}
trap cleanup EXIT

java -jar "$jar" --server.port="$port" --spring.profiles.active=demo \
  --citycert.embedded-postgres.data-directory= --citycert.signing.keystore="$work/seal.p12" \
  > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 1800); do
  curl -fsS "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app" 2>/dev/null || { echo "the jar stopped:"; tail -40 "$work/app.log"; exit 1; }
  sleep 0.2
done
curl -fsS "$base/actuator/health/readiness" | grep -q '"UP"' || { echo "not ready in time"; exit 1; }
sleep 5

# heap in use after a full GC, in KiB (G1: "garbage-first heap   total 123456K, used 78901K")
heap_kib() {
  jcmd "$app" GC.run > /dev/null; sleep 1; jcmd "$app" GC.run > /dev/null; sleep 1
  jcmd "$app" GC.heap_info | sed -n 's/.*heap.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}

# the UI's init request, as the Flow client sends it when the bootstrap page has loaded
init_ui() {
  local jar_file=$1 location=$2
  curl -fsS -b "$jar_file" -c "$jar_file" \
    "$base/?v-r=init&location=$location&query=&v-sw=1920&v-sh=1080&v-wn=w&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-curdate=$(date +%s)000&v-td=false&v-pr=1&v-np=Linux&v-bw=1280&v-bh=800"
}

no_users=$(heap_kib)
echo "no users: $no_users KiB"

for i in $(seq 1 "$sessions"); do
  c="$work/anon-$i.cookies"
  curl -fsS -c "$c" "$base/login" > /dev/null
  init_ui "$c" login | grep -q '"uidl"' || { echo "no UI for anonymous session $i"; exit 1; }
done
anonymous=$(heap_kib)
echo "$sessions login-page UIs: $anonymous KiB"

for i in $(seq 1 "$sessions"); do
  c="$work/user-$i.cookies"
  page=$(curl -fsS -c "$c" "$base/login")
  csrf=$(echo "$page" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$csrf" ] || { echo "no CSRF token on the login page"; exit 1; }
  where=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$c" -c "$c" --data-urlencode "username=reviewer" \
    --data-urlencode "password=citycert-demo" --data-urlencode "_csrf=$csrf" "$base/login")
  case $where in *error*|*login*) echo "sign-in failed for session $i: $where"; exit 1 ;; esac
  curl -fsS -b "$c" -c "$c" "$base/" > /dev/null
  init_ui "$c" "" | grep -q '"uidl"' || { echo "no UI for signed-in session $i"; exit 1; }
done
signed_in=$(heap_kib)
echo "$sessions more, signed in: $signed_in KiB"

rss=$(awk '/VmRSS/ { print $2 }' "/proc/$app/status")
max=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { print int($4 / 1048576) }')
{
  echo "# Memory of the production jar"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), default G1 heap (maximum $max MiB)," \
    "jar $(basename "$jar"), $sessions sessions of each kind"
  echo
  echo "| | heap used after full GC | per session |"
  echo "| --- | ---: | ---: |"
  printf '| started, no users | %.1f MiB | |\n' "$(echo "$no_users / 1024" | bc -l)"
  printf '| + %d login-page UIs (anonymous sessions) | %.1f MiB | %.0f KiB |\n' "$sessions" \
    "$(echo "$anonymous / 1024" | bc -l)" "$(echo "($anonymous - $no_users) / $sessions" | bc -l)"
  printf '| + %d signed-in UIs (reviewer, start page) | %.1f MiB | %.0f KiB |\n' "$sessions" \
    "$(echo "$signed_in / 1024" | bc -l)" "$(echo "($signed_in - $anonymous) / $sessions" | bc -l)"
  echo
  echo "resident set size of the JVM at the end: $(( rss / 1024 )) MiB"
} | tee "$out"
