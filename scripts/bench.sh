#!/usr/bin/env bash
# `npm run bench`: Chromium, build, then the benchmark runner (bench/run.mjs).
# Extra arguments go to the runner, e.g. `npm run bench -- initial-js`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

printf '\n==== Chromium ====\n'
bash scripts/ensure-chromium.sh

printf '\n==== Build ====\n'
npx svelte-kit sync
npx vite build

printf '\n==== Benchmarks ====\n'
node bench/run.mjs "$@"
