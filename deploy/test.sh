#!/usr/bin/env bash
# Builds and runs every test: SPA unit tests (Vitest), domain, grain runtime and server integration tests on a
# real PostgreSQL (its own cluster under .data/pg-test), and browser tests in Debian's Chromium.
# Ends with the line "tests: N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results=$root/.data/test-results
rm -rf "$results" && mkdir -p "$results"
step_failures=0
fail_step() { echo "FAILED: $1" >&2; step_failures=$((step_failures + 1)); }

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || fail_step "installing chromium"
  else
    fail_step "chromium is missing: sudo apt-get install -y chromium"
  fi
fi
export SAAS_CHROMIUM=${SAAS_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}

./deploy/postgres.sh .data/pg-test "${SAAS_TEST_PG_PORT:-5434}" || fail_step "starting PostgreSQL"
# The test cluster stops with the run, so no server is left holding the port.
trap './deploy/postgres.sh .data/pg-test "${SAAS_TEST_PG_PORT:-5434}" stop' EXIT
export SAAS_TEST_PG="Host=$root/.data/pg-test;Port=${SAAS_TEST_PG_PORT:-5434};Username=saas;Database=postgres"

(cd client-app && npm ci --no-audit --no-fund && npm run build) || fail_step "building the SPA"
(cd client-app && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") || true

dotnet build Saas.sln -c Release || fail_step "building the solution"
for project in Saas.Domain.Tests Saas.Cli.Tests Saas.Grains.Tests Saas.Server.Tests Saas.E2E; do
  # A hung test host is killed (and counted as failed) instead of holding the run until CI's limit.
  timeout 20m dotnet test "tests/$project" -c Release --no-build --blame-hang-timeout 5m \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=normal" --results-directory "$results" || true
done

python3 - "$results" "$step_failures" <<'PY'
import json, pathlib, re, sys
results, step_failures = pathlib.Path(sys.argv[1]), int(sys.argv[2])
passed = failed = skipped = 0
expected = ["Saas.Domain.Tests", "Saas.Cli.Tests", "Saas.Grains.Tests", "Saas.Server.Tests", "Saas.E2E"]
for name in expected:
    trx = results / f"{name}.trx"
    if not trx.exists():
        print(f"{name}: no results (the run crashed or did not build)")
        failed += 1
        continue
    c = re.search(r"<Counters ([^>]*)/>", trx.read_text(encoding="utf-8-sig")).group(1)
    n = {k: int(v) for k, v in re.findall(r'(\w+)="(\d+)"', c)}
    passed += n.get("passed", 0)
    failed += n.get("failed", 0) + n.get("error", 0) + n.get("timeout", 0) + n.get("aborted", 0)
    skipped += n.get("notExecuted", 0)
vitest = results / "vitest.json"
if vitest.exists():
    v = json.loads(vitest.read_text())
    passed += v.get("numPassedTests", 0)
    failed += v.get("numFailedTests", 0)
    skipped += v.get("numPendingTests", 0) + v.get("numTodoTests", 0)
else:
    print("vitest: no results")
    failed += 1
failed += step_failures
line = f"tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
print(line)
sys.exit(1 if failed else 0)
PY
