#!/usr/bin/env bash
# bpfkit as an installed library: installs a built tree into a temporary prefix, checks that every public header
# compiles on its own from there, then builds examples/embed against the install twice (CMake find_package and
# pkg-config) and checks what it prints.
#   scripts/test_install.sh [BUILD_DIR]    (default: build; it must already be built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
# lib/ or lib/<multiarch>/, as GNUInstallDirs chose for the configured prefix.
libdir=$(dirname "$(find "$prefix" -name 'libbpfkit.*' | head -n1)")
test -f "$libdir/cmake/bpfkit/bpfkitConfig.cmake" -a -f "$libdir/pkgconfig/bpfkit.pc"
launcher=()
command -v ccache >/dev/null && launcher=(ccache)

echo "== install: each public header compiles alone from the prefix"
for h in "$prefix"/include/bpfkit/*.h; do
  echo "#include <bpfkit/$(basename "$h")>" |
    "${launcher[@]}" g++ -std=c++20 -fsyntax-only -I"$prefix/include" -x c++ - ||
    { echo "test_install: $h does not compile alone" >&2; exit 1; }
done

expected="packet from 10.0.0.1: retval 2
packet from 10.0.0.2: retval 2
packet from 10.0.0.1: retval 2
event: 10.0.0.1 total 101
event: 10.0.0.2 total 1
event: 10.0.0.1 total 102"
check() {  # check NAME OUTPUT
  if [ "$2" != "$expected" ]; then
    printf 'test_install: %s printed:\n%s\nexpected:\n%s\n' "$1" "$2" "$expected" >&2
    exit 1
  fi
  echo "$1: ok"
}

echo "== install: examples/embed with find_package(bpfkit)"
cmake -S examples/embed -B "$tmp/embed" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER=ccache} >/dev/null
cmake --build "$tmp/embed" >/dev/null
check "embed (CMake)" "$("$tmp/embed/embed" "$tmp/embed/embed.bpf.o")"

echo "== install: examples/embed with pkg-config"
flags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs bpfkit)
# shellcheck disable=SC2086  # pkg-config's flags are words
"${launcher[@]}" g++ -std=c++20 -O2 examples/embed/main.cc $flags -o "$tmp/embed-pc"
check "embed (pkg-config)" "$("$tmp/embed-pc" "$tmp/embed/embed.bpf.o")"
