#!/usr/bin/env bash
# Installs what is needed, builds bpfkit, and runs its main job on a bundled example: an XDP firewall built from BPF C
# by clang (examples/firewall.bpf.c), loaded and run in bpfkit's userspace backend on the bundled packet capture
# (examples/packets.pcap), with no kernel involved. It prints each packet's verdict, then every map.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja >/dev/null
ninja -C build bpfkit_cli bpfkit_examples >/dev/null

obj=build/bpf/firewall.o
echo "\$ bpfkit prog list $obj"
./build/bpfkit prog list "$obj"
echo
echo "\$ bpfkit map list $obj"
./build/bpfkit map list "$obj"
echo
echo "\$ bpfkit run $obj --pcap examples/packets.pcap"
./build/bpfkit run "$obj" --pcap examples/packets.pcap
