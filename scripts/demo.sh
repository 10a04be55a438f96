#!/usr/bin/env bash
# Installs what is needed, builds bpfkit, and runs its main job on a bundled example: assemble a program, run it in
# the userspace interpreter on some input bytes, and show its disassembly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja >/dev/null
ninja -C build bpfkit_cli >/dev/null

example=examples/fnv1a.s
input="$(printf 'hello, eBPF' | od -An -tx1 | tr -d ' \n')"
echo "\$ bpfkit run --asm $example --mem $input"
./build/bpfkit run --asm "$example" --mem "$input"
echo
echo "\$ bpfkit asm $example -o build/fnv1a.bin && bpfkit dis build/fnv1a.bin"
./build/bpfkit asm "$example" -o build/fnv1a.bin
./build/bpfkit dis build/fnv1a.bin
