#!/usr/bin/env bash
# The soak, on demand (not in CI): deploy/scale-out.sh's cluster on loopback (3 brokers, the site farm, 2 crawler,
# 2 pipeline and 2 sink processes) at a steady rate for MINUTES (default 60), without kills; every minute each
# process's heap, the pipeline's and the sink's lag and the fetch-to-article latency go to DIR/soak.csv; at the end
# the crawlers stop, the rest drains and ./yaowen audit counts what came out. Flat heap and lag, and a latency that
# does not grow, are what a healthy run shows.
#
# Usage: deploy/soak.sh [MINUTES] [scale-out options: --dir DIR --per-minute N --sample-every S --keep]
set -euo pipefail
# MINUTES is the first argument only when it is a number: "soak.sh --dir X" runs the default 60 minutes in X
minutes=60
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  minutes="$1"
  shift
fi
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/scale-out.sh" --soak "$minutes" --keep "$@"
