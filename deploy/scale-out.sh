#!/usr/bin/env bash
# Scale-out run on one machine, all on loopback:
#   3 Kafka brokers (one KRaft cluster: replication 3, min.insync.replicas 2), the demo's site farm,
#   2 crawler, 2 pipeline and 2 sink processes (./yaowen run --roles …);
# shows how the instances share the partitions (./yaowen groups), kills one broker, one crawler, one pipeline
# and one sink with kill -9, shows the survivors take their partitions over and how long that took, then
# stops the crawlers, waits until the pipeline and the sinks have read everything, and audits the topics
# (./yaowen audit: raw pages → articles + dead letters, duplicates, lost).
#
# Usage: deploy/scale-out.sh [--dir DIR] [--per-minute N] [--settle S] [--after S] [--keep]
#   --dir DIR        where the processes keep their data and logs (default: a new temp dir, removed at the end
#                    unless --keep or a failure)
#   --per-minute N   new articles the farm publishes a minute (default 120)
#   --settle S       seconds to run before the kills (default 45)
#   --after S        seconds to keep crawling after the take-over (default 30)
#   --keep           keep the data dir
# Environment: YAOWEN_JAVA_OPTS for every JVM (default -Xmx384m -XX:+UseSerialGC: ten JVMs on one machine).
# Needs: java, bash 4, and free ports 19092-39093, 18080-18085, 18201-18206.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
yaowen="$here/yaowen"
dir=""
per_minute=120
settle=45
after=30
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --per-minute) per_minute="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --after) after="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scale-out: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$per_minute" "$settle" "$after"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "scale-out: '$n' is not a whole number" >&2; exit 2; }
done
made_dir=0
if [ -z "$dir" ]; then dir="$(mktemp -d "${TMPDIR:-/tmp}/yaowen-scale-out.XXXXXX")"; made_dir=1; fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
export YAOWEN_JAVA_OPTS="${YAOWEN_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"

quorum="1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093"
bootstrap="127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092"
farm_port=18080
started=$SECONDS
declare -A pid
ok=0

say() { printf '[t+%3ds] %s\n' "$((SECONDS - started))" "$*"; }

# Stops every process this script started (TERM, then KILL after 60 s); keeps the data dir on failure.
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  local deadline=$((SECONDS + 60))
  for name in "${!pid[@]}"; do
    while kill -0 "${pid[$name]}" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -KILL "${pid[$name]}" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [ "$keep" = 1 ] || [ "$ok" != 1 ] || [ "$made_dir" = 0 ]; then
    echo "scale-out: data and logs in $dir"
  else
    rm -rf "$dir"
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in 19092 19093 29092 29093 39092 39093 $(seq $farm_port $((farm_port + 5))) $(seq 18201 18206); do
  port_free "$p" || { echo "scale-out: port $p is taken; stop what uses it first" >&2; exit 1; }
done

# start NAME ARGS…: ./yaowen ARGS… in the background, output in DIR/NAME.out
start() {
  local name=$1; shift
  "$yaowen" "$@" >"$dir/$name.out" 2>&1 &
  pid[$name]=$!
}

# wait_for NAME PATTERN SECONDS: until NAME's output shows PATTERN; fails when NAME died or time ran out
wait_for() {
  local name=$1 pattern=$2 limit=$3 deadline=$((SECONDS + $3))
  until grep -q -- "$pattern" "$dir/$name.out" 2>/dev/null; do
    if ! kill -0 "${pid[$name]}" 2>/dev/null; then
      echo "scale-out: $name stopped before '$pattern'; its last lines:" >&2; tail -n 20 "$dir/$name.out" >&2; exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "scale-out: $name did not show '$pattern' within ${limit}s; its last lines:" >&2; tail -n 20 "$dir/$name.out" >&2; exit 1
    fi
    sleep 0.5
  done
}

groups() { "$yaowen" groups --bootstrap-servers "$bootstrap" --group yaowen-crawler --group yaowen-pipeline --group yaowen-sink; }

# members GROUP FILE: how many members GROUP has in a groups print
members() { awk -v g="$1" '$1 == g { print $3 }' "$2"; }
# lag GROUP FILE
lag() { awk -v g="$1" '$1 == g { print $NF }' "$2"; }
# holds GROUP NAME FILE: whether a member of GROUP whose client id starts with NAME is listed
holds() { awk -v g="$1" -v n="$2" '/^[^ ]/ { in_g = ($1 == g) } in_g && /^  / && index($1, n) == 1 { found = 1 } END { exit !found }' "$3"; }

say "building if needed ..."
"$yaowen" --version >/dev/null

say "starting 3 Kafka brokers (controller quorum $quorum)"
for i in 1 2 3; do
  start "broker-$i" broker --data-dir "$dir/broker-$i" --port "${i}9092" --node-id "$i" --controller-quorum "$quorum"
done
for i in 1 2 3; do wait_for "broker-$i" "Kafka node $i ready" 180; done
say "brokers ready: $(grep -h 'ready at' "$dir"/broker-1.out)"

say "starting the site farm on port $farm_port ($per_minute new articles a minute)"
start farm farm --port "$farm_port" --sites-file "$dir/farm-sites.yaml" --per-minute "$per_minute"
wait_for farm "Sample portals" 60
say "$(grep -h 'Sample portals' "$dir/farm.out")"

web=18201
for name in crawl-1 crawl-2 pipeline-1 pipeline-2 sink-1 sink-2; do
  cat >"$dir/$name.yaml" <<YAML
dataDir: '$dir/$name'
sitesFile: '$dir/farm-sites.yaml'
kafka: {bootstrapServers: '$bootstrap', properties: {client.id: $name}}
crawler: {minDelayPerHost: 50ms, recheckInterval: 2s, minRecheckInterval: 1s, maxRecheckInterval: 4s, maxListPages: 10, allowPrivateAddresses: true}
web: {port: $web}
YAML
  web=$((web + 1))
done
say "starting 2 crawler, 2 pipeline and 2 sink processes"
for name in crawl-1 crawl-2; do start "$name" run -c "$dir/$name.yaml" --roles crawl; done
for name in pipeline-1 pipeline-2; do start "$name" run -c "$dir/$name.yaml" --roles pipeline; done
for name in sink-1 sink-2; do start "$name" run -c "$dir/$name.yaml" --roles sink; done
for name in crawl-1 crawl-2 pipeline-1 pipeline-2 sink-1 sink-2; do wait_for "$name" "Yaowen running" 240; done
say "all running; crawling for ${settle}s"

# until every group has 2 instances' members (Streams: one per stream thread) or 120 s passed
deadline=$((SECONDS + 120))
while :; do
  groups >"$dir/groups-before.txt" 2>&1 || true
  if holds yaowen-crawler crawl-1 "$dir/groups-before.txt" && holds yaowen-crawler crawl-2 "$dir/groups-before.txt" \
     && holds yaowen-pipeline pipeline-1 "$dir/groups-before.txt" && holds yaowen-pipeline pipeline-2 "$dir/groups-before.txt" \
     && holds yaowen-sink sink-1 "$dir/groups-before.txt" && holds yaowen-sink sink-2 "$dir/groups-before.txt"; then
    break
  fi
  [ $SECONDS -lt $deadline ] || { say "not every instance joined its group:"; cat "$dir/groups-before.txt"; exit 1; }
  sleep 2
done
sleep "$settle"
groups >"$dir/groups-before.txt" 2>&1 || true
say "partitions shared, before the kills:"
sed 's/^/    /' "$dir/groups-before.txt"

victims=(broker-2 crawl-1 pipeline-1 sink-1)
say "kill -9 ${victims[*]}"
killed_at=$SECONDS
for v in "${victims[@]}"; do kill -KILL "${pid[$v]}"; wait "${pid[$v]}" 2>/dev/null || true; unset "pid[$v]"; done

# take-over: the killed instance has left its group and the survivor holds every partition
declare -A took
deadline=$((SECONDS + 240))
while [ ${#took[@]} -lt 3 ]; do
  groups >"$dir/groups-now.txt" 2>&1 || true
  for pair in yaowen-crawler:crawl yaowen-pipeline:pipeline yaowen-sink:sink; do
    g=${pair%%:*}; n=${pair#*:}
    [ -z "${took[$g]:-}" ] || continue
    if ! holds "$g" "$n-1" "$dir/groups-now.txt" && holds "$g" "$n-2" "$dir/groups-now.txt" \
       && grep -q "^$g  Stable" "$dir/groups-now.txt" \
       && ! awk -v g="$g" '/^[^ ]/ { in_g = ($1 == g) } in_g && /\(no partitions\)/ { bad = 1 } END { exit !bad }' "$dir/groups-now.txt"; then
      took[$g]=$((SECONDS - killed_at))
      say "$g: ${n}-2 took over ${n}-1's partitions ${took[$g]}s after the kill"
    fi
  done
  [ $SECONDS -lt $deadline ] || { say "no complete take-over within 240s:"; cat "$dir/groups-now.txt"; exit 1; }
  sleep 2
done
groups >"$dir/groups-after.txt" 2>&1 || true
say "partitions after the take-over (broker-2 still down):"
sed 's/^/    /' "$dir/groups-after.txt"

say "crawling on for ${after}s, then stopping the crawler and the farm"
sleep "$after"
kill -TERM "${pid[crawl-2]}"; wait "${pid[crawl-2]}" 2>/dev/null || true; unset "pid[crawl-2]"
kill -TERM "${pid[farm]}"; wait "${pid[farm]}" 2>/dev/null || true; unset "pid[farm]"

say "waiting until the pipeline and the sink have read everything ..."
deadline=$((SECONDS + 300))
while :; do
  groups >"$dir/groups-end.txt" 2>&1 || true
  [ "$(lag yaowen-pipeline "$dir/groups-end.txt")" = 0 ] && [ "$(lag yaowen-sink "$dir/groups-end.txt")" = 0 ] && break
  [ $SECONDS -lt $deadline ] || { say "still behind after 300s:"; cat "$dir/groups-end.txt"; exit 1; }
  sleep 3
done
say "drained: pipeline lag 0, sink lag 0"
grep -h "^\[progress\]" "$dir/sink-2.out" | tail -n 1 | sed 's/^/    sink-2 /' || true
grep -h "^\[progress\]" "$dir/sink-1.out" | tail -n 1 | sed 's/^/    sink-1 (before its kill) /' || true

if "$yaowen" audit --help >/dev/null 2>&1; then
  say "audit:"
  set +e
  "$yaowen" audit --bootstrap-servers "$bootstrap" | tee "$dir/audit.txt"
  audit=${PIPESTATUS[0]}
  set -e
  say "audit exit status $audit (0: no duplicate, no loss)"
else
  audit=0
  say "note: this build has no 'yaowen audit'; records in, out, duplicates and losses are not counted here"
fi

echo
echo "summary"
echo "  kill -9 at t+$((killed_at))s: ${victims[*]}"
for g in yaowen-crawler yaowen-pipeline yaowen-sink; do echo "  take-over $g: ${took[$g]}s"; done
echo "  data and logs: $dir"
ok=1
[ "$audit" = 0 ]
