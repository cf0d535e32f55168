# The set-up and clean-up that the benchmark scripts of this folder share (startup.sh, memory.sh).
# Sourced, not run:
#
#   . "$(dirname "$0")/lib.sh"
#   bench_start <name>
#
# bench_start moves to the checkout's root, finds the production jar ($jar), makes a work folder
# /tmp/citycert-<name>.XXXXXX ($work) and names the table target/benchmarks/<name>.md ($out). The
# script keeps the process id of the jar it runs in $app; however the script ends, that jar is
# stopped and the work folder removed (CITYCERT_BENCH_KEEP=1 keeps it), and the script's own exit
# status is kept.

bench_start() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.."
  jar=$(ls target/citycert-*.jar | head -1)
  work=$(mktemp -d "/tmp/citycert-$1.XXXXXX")
  out="target/benchmarks/$1.md"
  mkdir -p target/benchmarks
  app=
  trap bench_cleanup EXIT
}

bench_cleanup() {
  local status=$?
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app" 2>/dev/null || true; fi
  [ "${CITYCERT_BENCH_KEEP:-0}" = 1 ] && echo "work folder kept: $work" || rm -rf "$work"
  exit $status
}
