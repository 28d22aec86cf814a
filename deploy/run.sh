#!/usr/bin/env bash
# Starts the product on http://localhost:5000 with a demo tenant and live synthetic orders.
# PostgreSQL: its own cluster under .data/pg (created on first start, reused after), unless
# ConnectionStrings__Saas points at an existing database.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -z "${ConnectionStrings__Saas:-}" ]; then
  port=${SAAS_PG_PORT:-5433}
  ./deploy/postgres.sh .data/pg "$port"
  if ! psql -h 127.0.0.1 -p "$port" -U saas -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'saas'" | grep -q 1; then
    createdb -h 127.0.0.1 -p "$port" -U saas saas
  fi
  # The Unix socket in the cluster's folder: it carries bulk traffic (imports, checkpoints) with less kernel time than TCP.
  export ConnectionStrings__Saas="Host=$root/.data/pg;Port=$port;Username=saas;Database=saas"
fi

echo "Building the dashboard..."
(cd client-app && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build --silent)

export Demo__Enabled=${Demo__Enabled:-true}
# The demo's platform admin (the admin console); the server never logs the password.
export SAAS_ADMIN_EMAIL=${SAAS_ADMIN_EMAIL:-admin@demo.example.com}
export SAAS_ADMIN_PASSWORD=${SAAS_ADMIN_PASSWORD:-demo-admin-2026}
echo "Platform admin: $SAAS_ADMIN_EMAIL (password: SAAS_ADMIN_PASSWORD, see README)"
echo "Starting on http://localhost:5000 (demo login is printed below; Ctrl+C stops)"
exec dotnet run --project src/Saas.Server -c Release --no-launch-profile -- --urls http://localhost:5000
