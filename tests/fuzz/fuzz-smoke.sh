#!/usr/bin/env bash
# Runs the payload fuzzer for a short while, seeded with the real fixtures when ../shared exists.
# Usage: fuzz-smoke.sh FUZZER FIXTURES_DIR   (FUZZ_SECONDS overrides the 30 s default)
set -euo pipefail
fuzzer="$1"; fixtures="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
if [ -d "$fixtures" ]; then
    find "$fixtures" -name '*.json*' -size -64k -exec cp {} "$work/corpus/" \;
else
    echo "note: $fixtures absent, fuzzing from a small built-in seed"
fi
printf '{"id":"urn:ngsi-ld:A:1","type":"A","p":{"type":"Property","value":1,"observedAt":"2026-01-01T00:00:00Z"}}' > "$work/corpus/seed.json"
cd "$work"
ASAN_OPTIONS=detect_leaks=0 "$fuzzer" -max_total_time="${FUZZ_SECONDS:-30}" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 "$work/corpus" 2>&1 | tail -5
