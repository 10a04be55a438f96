// libFuzzer target: untrusted .BTF and .BTF.ext bytes through everything that reads them.
//
//   input = u32 n | n bytes of .BTF | the rest: .BTF.ext, also split BTF over the .BTF (a module's over vmlinux), and
//   value bytes for format_value (an input shorter than 4 bytes, or with n past the end, is all .BTF)
//
// For every type (up to a cap): the C printer, resolve_size, align_of, skip_mods, format_value; then
// fixup_datasecs with a made-up layout and BtfExt::parse. Must never crash, leak, hit UB or hang. The semantic
// oracle: a Btf that parsed must encode to bytes that parse again and encode to the same bytes (encode is a
// fixed point after one round); a violation traps so libFuzzer saves the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/module_btf.h"

namespace {

constexpr uint32_t kMaxTypesVisited = 2000;  // keeps each run fast on inputs with many types

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_btf oracle violated: %s\n", what);
  std::abort();
}

void exercise(const bpfkit::btf::Btf& btf, std::span<const uint8_t> value) {
  uint32_t n = btf.type_count() < kMaxTypesVisited ? btf.type_count() : kMaxTypesVisited;
  for (uint32_t id = 0; id <= n; id++) {  // one past the end on purpose
    (void)btf.type_name(id);
    (void)btf.declaration(id, "x");
    auto size = btf.resolve_size(id);
    (void)btf.align_of(id);
    (void)btf.skip_mods_and_typedefs(id);
    if (size && *size <= value.size()) (void)btf.format_value(id, value);
    else (void)btf.format_value(id, value);  // too short: must be an error, not a read past the end
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> in(data, size);
  std::span<const uint8_t> btf_bytes = in, ext_bytes;
  if (size >= 4) {
    uint32_t n;
    std::memcpy(&n, data, 4);
    if (n <= size - 4) {
      btf_bytes = in.subspan(4, n);
      ext_bytes = in.subspan(4 + n);
    }
  }
  auto btf = bpfkit::btf::Btf::parse(btf_bytes);
  if (!btf) return 0;
  exercise(*btf, ext_bytes);

  std::vector<uint8_t> once = btf->encode();
  auto again = bpfkit::btf::Btf::parse(once);
  check(again.has_value(), "encode() output does not parse");
  check(again->encode() == once, "encode() is not a fixed point");
  check(again->type_count() == btf->type_count(), "type count changed through encode()");

  // The same rest as split BTF over the parsed one (a module's BTF over vmlinux): ids continue from the base's count,
  // and a split that parsed encodes to standalone BTF (base and split merged) with every type in place.
  if (auto split = bpfkit::btf::parse_split_btf(ext_bytes, *btf)) {
    check(split->type_count() >= btf->type_count(), "split BTF lost base types");
    for (uint32_t id = 1; id < btf->type_count(); id++)
      check(split->type(id)->name == btf->type(id)->name, "split BTF renumbered a base type");
    exercise(*split, ext_bytes);
    auto merged = bpfkit::btf::Btf::parse(split->encode());
    check(merged.has_value(), "split BTF encode() output does not parse");
    check(merged->type_count() == split->type_count(), "type count changed through split encode()");
  }

  auto ext = bpfkit::btf::BtfExt::parse(ext_bytes, *btf);
  if (ext)
    for (const auto& sec : ext->func_info())
      for (const auto& rec : sec.records) check(btf->type(rec.type_id) != nullptr, "func_info type out of range");

  // A layout that knows every name the BTF mentions: sizes and offsets from the value bytes.
  bpfkit::btf::DataLayout layout;
  size_t k = 0;
  for (const auto& t : btf->types()) {
    uint8_t b = ext_bytes.empty() ? 0 : ext_bytes[k++ % ext_bytes.size()];
    if (t.kind == bpfkit::btf::Kind::Datasec) layout.section_sizes[t.name] = b * 8u;
    if (t.kind == bpfkit::btf::Kind::Var) layout.symbols[t.name] = {b, (b & 1) != 0};
  }
  if (btf->fixup_datasecs(layout)) {
    auto fixed = bpfkit::btf::Btf::parse(btf->encode());
    check(fixed.has_value(), "fixed-up BTF does not parse");
    exercise(*fixed, ext_bytes);
  }
  return 0;
}
