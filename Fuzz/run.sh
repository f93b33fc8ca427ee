#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each for FUZZ_SECONDS (default 60) seconds, starting from Seeds/.
# New corpus units go to .build/corpus/NAME; a crash or timeout input is written to Artifacts/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-60}"
swift build --sanitize=fuzzer -c release
mkdir -p Artifacts
status=0
for name in FuzzDocumentReader FuzzPipeline; do
    mkdir -p ".build/corpus/$name"
    maxlen=65536; [ "$name" = FuzzPipeline ] && maxlen=8192
    echo "== $name: $seconds s"
    if ! ".build/release/$name" -max_total_time="$seconds" -max_len="$maxlen" -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="Artifacts/$name-" -print_final_stats=1 ".build/corpus/$name" "Seeds/$name" 2>&1 \
        | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|Fatal error|Precondition"; then
        status=1
    fi
done
if ls Artifacts/* >/dev/null 2>&1; then
    echo "crash or timeout inputs in Fuzz/Artifacts/: add each as a regression test"; status=1
fi
exit $status
