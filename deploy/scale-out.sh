#!/usr/bin/env bash
# Scale-out run on one machine, all on loopback:
#   3 Kafka brokers (one KRaft cluster: replication 3, min.insync.replicas 2), the demo's site farm,
#   2 crawler, 2 pipeline and 2 sink processes (./yaowen run --roles …);
# shows how the instances share the partitions (./yaowen groups), kills one broker, one crawler, one pipeline
# and one sink with kill -9, shows the survivors take their partitions over and how long that took, then
# stops the crawlers, waits until the pipeline and the sinks have read everything, and audits the topics
# (./yaowen audit: raw pages → articles + dead letters, duplicates, lost).
#
# Usage: deploy/scale-out.sh [--dir DIR] [--per-minute N] [--settle S] [--after S] [--soak MINUTES] [--keep]
#   --dir DIR        where the processes keep their data and logs (default: a new temp dir, removed at the end
#                    unless --keep or a failure)
#   --per-minute N   new articles the farm publishes a minute (default 120)
#   --settle S       seconds to run before the kills (default 45)
#   --after S        seconds to keep crawling after the take-over (default 30)
#   --soak MINUTES   no kills: run at the steady rate for MINUTES and sample, every --sample-every seconds
#                    (default 60), each process's heap (jstat), the pipeline's and the sink's lag and the
#                    latency from fetch to article into DIR/soak.csv (deploy/soak.sh runs this for 60 minutes)
#   --keep           keep the data dir
# Environment: YAOWEN_JAVA_OPTS for every JVM (default -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1: ten
# JVMs on one machine).
# Needs: a JDK (java, and jstat for --soak), python3, bash 4, and free ports 19092-39093, 18080-18085, 18201-18206.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
yaowen="$here/yaowen"
dir=""
per_minute=120
settle=45
after=30
soak=0
sample_every=60
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --per-minute) per_minute="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --after) after="$2"; shift 2 ;;
    --soak) soak="$2"; shift 2 ;;
    --sample-every) sample_every="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scale-out: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$per_minute" "$settle" "$after" "$soak" "$sample_every"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "scale-out: '$n' is not a whole number" >&2; exit 2; }
done
made_dir=0
if [ -z "$dir" ]; then dir="$(mktemp -d "${TMPDIR:-/tmp}/yaowen-scale-out.XXXXXX")"; made_dir=1; fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
# ten JVMs on one machine: small heaps, one GC thread, and the quick JIT only (they start in half the CPU time)
export YAOWEN_JAVA_OPTS="${YAOWEN_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

quorum="1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093"
bootstrap="127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092"
farm_port=18080
started=$SECONDS
declare -A pid
ok=0

say() { printf '[t+%3ds] %s\n' "$((SECONDS - started))" "$*"; }

# stop NAMES…: TERM, then KILL after 60 s
stop() {
  local name deadline=$((SECONDS + 60))
  for name in "$@"; do [ -z "${pid[$name]:-}" ] || kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  for name in "$@"; do
    [ -n "${pid[$name]:-}" ] || continue
    while kill -0 "${pid[$name]}" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    kill -KILL "${pid[$name]}" 2>/dev/null || true
    wait "${pid[$name]}" 2>/dev/null || true
    unset "pid[$name]"
  done
}

# Stops every process this script started, clients before the brokers (a client closing against a cluster that
# is gone waits for it); keeps the data dir on failure.
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  local clients=() name
  for name in "${!pid[@]}"; do [[ "$name" == broker-* ]] || clients+=("$name"); done
  [ ${#clients[@]} -eq 0 ] || stop "${clients[@]}"
  stop broker-1 broker-2 broker-3
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

# heap_mb NAME: used heap of NAME's JVM in MB (young + old generation, from jstat)
heap_mb() {
  jstat -gc "${pid[$1]}" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%.0f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

# soak: the steady rate for $soak minutes, one CSV line per sample
soak_run() {
  local csv="$dir/soak.csv" names=(broker-1 broker-2 broker-3 farm crawl-1 crawl-2 pipeline-1 pipeline-2 sink-1 sink-2)
  # every article's arrival, stamped as a tap on the articles topic prints it, against its page's fetch time
  "$yaowen" tap yaowen.articles --last 1 --follow --bootstrap-servers "$bootstrap" 2>"$dir/tap.err" > >(python3 -u -c '
import json, sys, time
from datetime import datetime
for line in sys.stdin:
    now = time.time() * 1000
    try:
        fetched = json.loads(line)["value"]["fetchedAt"]
        ms = fetched if isinstance(fetched, (int, float)) else datetime.fromisoformat(fetched.replace("Z", "+00:00")).timestamp() * 1000
        print("%d\t%d" % (now, now - ms), flush=True)
    except Exception as e:
        print("skipped %s" % e, file=sys.stderr)
' >"$dir/latency.tsv" 2>"$dir/latency.err") &
  pid[tap]=$!
  { printf 'time,elapsed_s'; for n in "${names[@]}"; do printf ',heap_mb_%s' "$n"; done
    printf ',lag_pipeline,lag_sink,articles,latency_p50_ms,latency_p99_ms,latency_max_ms\n'; } >"$csv"
  local samples=$(( soak * 60 / sample_every )) i since=$(( $(date +%s) * 1000 )) next=$SECONDS
  say "soak: ${soak} min, a sample every ${sample_every}s into $csv"
  for (( i = 1; i <= samples; i++ )); do
    next=$(( next + sample_every ))
    while [ $SECONDS -lt $next ]; do sleep 1; done
    local now=$(( $(date +%s) * 1000 )) line
    line="$(date -u +%H:%M:%S),$((SECONDS - started))"
    for n in "${names[@]}"; do line+=",$(heap_mb "$n")"; done
    groups >"$dir/groups-now.txt" 2>&1 || true
    line+=",$(lag yaowen-pipeline "$dir/groups-now.txt"),$(lag yaowen-sink "$dir/groups-now.txt")"
    line+=",$(awk -F '\t' -v a="$since" -v b="$now" '$1 > a && $1 <= b { print $2 }' "$dir/latency.tsv" | sort -n | awk '
      { v[NR] = $1 } END { if (NR == 0) { print "0,,," ; exit }
        p50 = v[int((NR - 1) * 0.50) + 1]; p99 = v[int((NR - 1) * 0.99) + 1]; print NR "," p50 "," p99 "," v[NR] }')"
    echo "$line" >>"$csv"
    say "soak sample $i/$samples: $line"
    since=$now
  done
}

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
# run_node NAME ROLE: ./yaowen run for NAME; on a loaded machine its first look at the cluster may take longer
# than the 5 s a node allows ("cannot reach Kafka"), so it gets four more tries
run_node() {
  local name=$1 role=$2 try
  for try in 1 2 3 4 5; do
    start "$name" run -c "$dir/$name.yaml" --roles "$role"
    if (wait_for "$name" "Yaowen running" 240) 2>/dev/null; then return 0; fi
    grep -q "cannot reach Kafka" "$dir/$name.out" || { wait_for "$name" "Yaowen running" 1; }
    say "$name: the cluster did not answer within 5 s (try $try); starting it again"
    cp "$dir/$name.out" "$dir/$name.try$try.out"
    sleep 5
  done
  wait_for "$name" "Yaowen running" 1
}
say "starting 2 crawler, 2 pipeline and 2 sink processes"
for name in crawl-1 crawl-2; do run_node "$name" crawl; done
for name in pipeline-1 pipeline-2; do run_node "$name" pipeline; done
for name in sink-1 sink-2; do run_node "$name" sink; done
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

if [ "$soak" -gt 0 ]; then
  soak_run
  after=0
else
  victims=(broker-2 crawl-1 pipeline-1 sink-1)
  say "kill -9 ${victims[*]}"
  killed_at=$SECONDS
  for v in "${victims[@]}"; do kill -KILL "${pid[$v]}"; wait "${pid[$v]}" 2>/dev/null || true; unset "pid[$v]"; done

  # take-over: the killed instance has left its group and the survivor holds every partition
  declare -A took=()
  took_n=0
  deadline=$((SECONDS + 240))
  while [ "$took_n" -lt 3 ]; do
    groups >"$dir/groups-now.txt" 2>&1 || true
    for pair in yaowen-crawler:crawl yaowen-pipeline:pipeline yaowen-sink:sink; do
      g=${pair%%:*}; n=${pair#*:}
      [ -z "${took[$g]:-}" ] || continue
      if ! holds "$g" "$n-1" "$dir/groups-now.txt" && holds "$g" "$n-2" "$dir/groups-now.txt" \
         && grep -q "^$g  Stable" "$dir/groups-now.txt" \
         && ! awk -v g="$g" '/^[^ ]/ { in_g = ($1 == g) } in_g && /\(no partitions\)/ { bad = 1 } END { exit !bad }' "$dir/groups-now.txt"; then
        took[$g]=$((SECONDS - killed_at))
        took_n=$((took_n + 1))
        say "$g: ${n}-2 took over ${n}-1's partitions ${took[$g]}s after the kill"
      fi
    done
    [ $SECONDS -lt $deadline ] || { say "no complete take-over within 240s:"; cat "$dir/groups-now.txt"; exit 1; }
    sleep 2
  done
  groups >"$dir/groups-after.txt" 2>&1 || true
  say "partitions after the take-over (broker-2 still down):"
  sed 's/^/    /' "$dir/groups-after.txt"
fi

say "crawling on for ${after}s, then stopping the crawlers and the farm"
sleep "$after"
stop crawl-1 crawl-2
stop farm

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
grep -h "^\[progress\]" "$dir/sink-1.out" | tail -n 1 | sed 's/^/    sink-1 /' || true

# (picocli answers "yaowen NOSUCH --help" with the top-level help, so ask the command list instead)
if "$yaowen" --help 2>/dev/null | grep -qE '^ +audit( |$)'; then
  say "audit:"
  set +e
  "$yaowen" audit --bootstrap-servers "$bootstrap" | tee "$dir/audit.txt"
  audit=${PIPESTATUS[0]}
  set -e
  say "audit exit status $audit (0: no duplicate, no loss)"
else
  say "note: this build has no 'yaowen audit'; counting with ./yaowen tap instead (raw page URLs → article URLs + dead letters):"
  for t in yaowen.pages.raw yaowen.articles yaowen.dlq; do
    "$yaowen" tap "$t" --from-beginning --bootstrap-servers "$bootstrap" >"$dir/$t.jsonl" 2>/dev/null
  done
  set +e
  python3 - "$dir" <<'PY' | tee "$dir/audit.txt"
import collections, json, sys
d = sys.argv[1]
def rows(topic):
    with open("%s/%s.jsonl" % (d, topic), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]
raw, articles, dead = rows("yaowen.pages.raw"), rows("yaowen.articles"), rows("yaowen.dlq")
raw_urls = {r["key"] for r in raw}
per_url = collections.Counter(r["value"]["url"] for r in articles if r.get("value"))
dead_keys = {r["key"] for r in dead}
duplicates = sum(n - 1 for n in per_url.values() if n > 1)
lost = sorted(u for u in raw_urls if u not in per_url and u not in dead_keys)
print("raw pages %d (%d URLs) → articles %d (%d URLs) + dead letters %d · duplicates %d · lost %d"
      % (len(raw), len(raw_urls), len(articles), len(per_url), len(dead), duplicates, len(lost)))
for u in lost[:10]:
    print("  lost: " + u)
sys.exit(0 if duplicates == 0 and not lost else 1)
PY
  audit=${PIPESTATUS[0]}
  set -e
fi

echo
echo "summary"
if [ "$soak" -gt 0 ]; then
  echo "  soak: $soak min at $per_minute articles a minute; samples in $dir/soak.csv"
else
  echo "  kill -9 at t+$((killed_at))s: ${victims[*]}"
  for g in yaowen-crawler yaowen-pipeline yaowen-sink; do echo "  take-over $g: ${took[$g]}s"; done
fi
echo "  data and logs: $dir"
# only a clean audit lets the exit trap remove the dir: a failed one keeps the logs the summary points to
[ "$audit" = 0 ] && ok=1
exit "$audit"
