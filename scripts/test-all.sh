#!/usr/bin/env bash
# `npm test` (and CI through .ci/run): dependencies, Chromium, unit tests, build, e2e tests.
# Stops at the first failing step and exits non-zero.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step_no=0
step() {
  step_no=$((step_no + 1))
  printf '\n==== [%d] %s ====\n' "$step_no" "$*"
}
trap 'status=$?; if [ $status -ne 0 ]; then printf "\n==== FAILED at step %d (exit %d) ====\n" "$step_no" "$status" >&2; fi' EXIT

step "Dependencies"
# npm ci writes node_modules/.package-lock.json; compare it with the lockfile.
if [ ! -d node_modules ]; then
  echo "node_modules is missing: running npm ci"
  npm ci --no-audit --no-fund
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "node_modules is older than package-lock.json: running npm ci"
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date with package-lock.json"
fi

step "Chromium"
bash scripts/ensure-chromium.sh
bash scripts/ensure-poppler.sh
bash scripts/ensure-libreoffice.sh

step "SvelteKit sync"
npx svelte-kit sync

step "Unit tests (vitest)"
npx vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json=test-results/unit.json

step "Build (vite build)"
npx vite build

step "End-to-end tests (vitest + Chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json

printf '\n==== All steps passed ====\n'
# One plain closing line for CI: the unit and end-to-end counts together.
node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["test-results/unit.json", "test-results/e2e.json"]) {
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
'
