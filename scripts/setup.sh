#!/usr/bin/env bash
# Installs every Debian package bpfkit's build, tests, benchmarks and fuzzers need.
# Idempotent: safe to re-run; apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  ccache                                   # compiler cache outside the repo: CI rebuilds hit it
  clang llvm lld libclang-rt-14-dev        # BPF C test programs, llvm-objdump oracle, libFuzzer
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev
  libelf-dev zlib1g-dev                    # ELF objects; /proc/config.gz for .kconfig
  libpcap-dev                              # run OBJ --pcap: bundled packet captures
  libbpf-dev                               # BPF C headers; libbpf is the test oracle only
  linux-libc-dev
  valgrind
  bpftool                                  # BTF oracle in tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present"
fi
