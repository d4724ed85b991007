#!/bin/sh
# `make fuzz`: explores each fuzz target for SECONDS, starting from its
# committed corpus (tests/fuzz/corpus/<target>/) and from what earlier runs
# found (BUILD/fuzz/<target>/corpus/, kept between runs, never committed).
#
#   run-fuzzers.sh BUILD SECONDS TARGET…
#
# Inputs that crash a target, leak, hang or run out of memory are written to
# BUILD/fuzz/<target>/findings/ and listed at the end; the exit status is 1
# when there are any. Every target runs even when an earlier one found
# something.
set -u

build=$1
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")" && pwd)

# Leak reports of Qt's own caches are suppressed (lsan.supp says which);
# undefined behaviour stops the target like a crash.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_init_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$source_dir/../sanitize/lsan.supp:print_suppressions=0}"
export LC_ALL=C.UTF-8

summary=""
found=0
for target in "$@"; do
    work=$build/fuzz/$target
    mkdir -p "$work/corpus" "$work/findings"
    before=$(ls "$work/findings" | wc -l)
    echo "== $target: ${seconds} s from tests/fuzz/corpus/$target"
    # A dictionary of the format's words, where the target has one.
    dict=
    [ -f "$source_dir/$target.dict" ] && dict="-dict=$source_dir/$target.dict"
    # -timeout: an input that takes longer is a finding (a hang);
    # -rss_limit_mb: so is one that makes the process grow beyond it.
    "$build/tests/fuzz/pykala-fuzz-$target" \
        -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
        $dict \
        -artifact_prefix="$work/findings/" \
        "$work/corpus" "$source_dir/corpus/$target" 2>"$work/log.txt"
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -n 1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$work/log.txt" | tail -n 1)
    corpus=$(ls "$work/corpus" | wc -l)
    after=$(ls "$work/findings" | wc -l)
    line="$target: ${runs:-?} executions in ${seconds} s, ${added:-?} new inputs; $corpus found so far in $work/corpus"
    if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
        found=1
        line="$line; FINDING (exit $status), see $work/log.txt"
        tail -n 40 "$work/log.txt"
    fi
    echo "$line"
    summary="$summary$line
"
done

echo
echo "Summary:"
printf '%s' "$summary"
if [ "$found" -ne 0 ]; then
    echo
    echo "Findings:"
    for target in "$@"; do
        ls -d "$build/fuzz/$target/findings/"* 2>/dev/null
    done
    cat <<HELP

Findings are in $build/fuzz/<target>/findings/ (crash-…, leak-…, timeout-…,
oom-…), each with its log in $build/fuzz/<target>/log.txt. To rerun one:
    $build/tests/fuzz/pykala-fuzz-<target> $build/fuzz/<target>/findings/crash-…
Keep it: copy it into tests/fuzz/corpus/<target>/ under the same name
(crash-…), fix the defect, and commit both; \`make test\` then replays it
(ctest -R fuzz_<target>_corpus) so that it stays found.
HELP
    exit 1
fi
