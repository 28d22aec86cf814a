#!/usr/bin/env bash
# Runs N server nodes on one machine against the local PostgreSQL of run.sh, on ports 5001..500N.
# The nodes share the grain partitions between them; stop one (Ctrl+C or kill) and the others take its share.
# Usage: deploy/nodes.sh [N=2]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
count=${1:-2}
port=${SAAS_PG_PORT:-5433}
./deploy/postgres.sh .data/pg "$port"
psql -h 127.0.0.1 -p "$port" -U saas -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'saas'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$port" -U saas saas
export ConnectionStrings__Saas="Host=$root/.data/pg;Port=$port;Username=saas;Database=saas"
(cd client-app && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build --silent)
dotnet build src/Saas.Server -c Release -v quiet
pids=()
trap 'kill "${pids[@]}" 2>/dev/null' EXIT
for i in $(seq 1 "$count"); do
  # Only the first node runs the demo shop; every node serves the dashboard and pushes live changes.
  Demo__Enabled=$([ "$i" = 1 ] && echo true || echo false) \
    dotnet run --project src/Saas.Server -c Release --no-build --no-launch-profile -- --urls "http://localhost:500$i" \
    > ".data/node-$i.log" 2>&1 &
  pids+=($!)
  echo "node $i: http://localhost:500$i (log .data/node-$i.log)"
done
echo "Partition owners: psql -h 127.0.0.1 -p $port -U saas saas -c 'SELECT node_id, heartbeat_at, partitions FROM grain_cluster_nodes'"
wait
