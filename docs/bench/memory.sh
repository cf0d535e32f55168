#!/usr/bin/env bash
# Memory benchmark of the production jar (docs/benchmarks.md, "Memory").
#
#   docs/bench/memory.sh [sessions]     after ./mvnw -B -o -Pproduction -DskipTests package
#
# Starts the jar (demo profile, its own temporary embedded PostgreSQL), waits until it is ready and
# reads the heap in use after a full GC (`jcmd GC.run`, twice, then `GC.heap_info`): the node with
# no users. Then it opens Vaadin UIs, each in its own HTTP session, as a browser does: GET of the
# page (the bootstrap page), the UI's init request (/?v-r=init) and its navigation to the view.
# First 5 on the login page and 5 signed in (warm-up: what the first ones fill once, caches and
# Tomcat's threads, is not counted per session), then `sessions` (default 50) on the login page,
# then as many signed in (the form sign-in as the demo reviewer, then the start page), reading the
# heap after each batch. A batch's growth divided by its size is the heap one open session holds.
# Sessions stay open (Tomcat keeps them 30 minutes) until the jar is stopped. The table goes to
# target/benchmarks/memory.md.
#
# Environment: CITYCERT_BENCH_PORT (18474), CITYCERT_BENCH_KEEP=1 keeps the work folder.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_start memory

sessions=${1:-50}
port=${CITYCERT_BENCH_PORT:-18474}
base="http://localhost:$port"

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

# A UI as the Flow client opens it once the bootstrap page has loaded: the init request (/?v-r=init,
# which creates the UI) and the navigation event it then sends (ui-navigate), which builds the view.
# Succeeds when the view's answer holds the given text.
open_ui() {
  local cookies=$1 route=$2 expect=$3
  local init="$cookies.init" key
  curl -fsS -b "$cookies" -c "$cookies" -o "$init" \
    "$base/?v-r=init&location=$route&query=&v-sw=1920&v-sh=1080&v-wn=w&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-curdate=$(date +%s)000&v-td=false&v-pr=1&v-np=Linux&v-bw=1280&v-bh=800"
  key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["appConfig"]["uidl"]["Vaadin-Security-Key"])' "$init")
  curl -fsS -b "$cookies" -c "$cookies" -H 'Content-Type: application/json; charset=UTF-8' \
    --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"$route\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "$base/?v-r=uidl&v-uiId=0" | grep -q "$expect"
}

anonymous_session() {
  local c="$work/anon-$1.cookies"
  curl -fsS -c "$c" "$base/login" > /dev/null
  open_ui "$c" login vaadin-login || { echo "no login view for anonymous session $1"; exit 1; }
}
signed_in_session() {
  local c="$work/user-$1.cookies" page csrf where
  page=$(curl -fsS -c "$c" "$base/login")
  csrf=$(echo "$page" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$csrf" ] || { echo "no CSRF token on the login page"; exit 1; }
  where=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$c" -c "$c" --data-urlencode "username=reviewer" \
    --data-urlencode "password=citycert-demo" --data-urlencode "_csrf=$csrf" "$base/login")
  case $where in *error*|*login*) echo "sign-in failed for session $1: $where"; exit 1 ;; esac
  curl -fsS -b "$c" -c "$c" "$base/" > /dev/null
  open_ui "$c" "" "Rita Reviewer" || { echo "no start page for signed-in session $1"; exit 1; }
}

no_users=$(heap_kib)
echo "no users: $no_users KiB"
# a few sessions of each kind first, so that what the first ones fill once (caches, the route
# registry, Tomcat's threads) is not counted per session
for i in 1 2 3 4 5; do anonymous_session "w$i"; signed_in_session "w$i"; done
warm=$(heap_kib)
echo "5 + 5 warm-up sessions: $warm KiB"
for i in $(seq 1 "$sessions"); do anonymous_session "$i"; done
anonymous=$(heap_kib)
echo "$sessions login-page UIs: $anonymous KiB"
for i in $(seq 1 "$sessions"); do signed_in_session "$i"; done
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
  printf '| + 5 login-page and 5 signed-in UIs (warm-up) | %.1f MiB | |\n' "$(echo "$warm / 1024" | bc -l)"
  printf '| + %d login-page UIs (anonymous sessions) | %.1f MiB | %.0f KiB |\n' "$sessions" \
    "$(echo "$anonymous / 1024" | bc -l)" "$(echo "($anonymous - $warm) / $sessions" | bc -l)"
  printf '| + %d signed-in UIs (reviewer, start page) | %.1f MiB | %.0f KiB |\n' "$sessions" \
    "$(echo "$signed_in / 1024" | bc -l)" "$(echo "($signed_in - $anonymous) / $sessions" | bc -l)"
  echo
  echo "resident set size of the JVM at the end: $(( rss / 1024 )) MiB"
} | tee "$out"
