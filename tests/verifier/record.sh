#!/bin/sh
# Records the running kernel's verdicts on the verifier corpus into tests/verifier/expected.json.
# Run as root (BPF_PROG_LOAD); unprivileged cases are loaded without capabilities when
# kernel.unprivileged_bpf_disabled is 0, else recorded from the rule their header states.
#   tests/verifier/record.sh [BUILD_DIR]          record every case
#   tests/verifier/record.sh BUILD_DIR NAME...    show those cases only, write nothing
set -e
build=${1:-build}
[ $# -gt 0 ] && shift
ninja -C "$build" verifier_corpus_record >/dev/null
exec "$build/tests/verifier_corpus_record" "$@"
