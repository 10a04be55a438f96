// .BTF.ext decoding: func_info, line_info and CO-RE relocation records, grouped by ELF section.
//
// Layout (libbpf's btf_ext_header): magic, version, flags, hdr_len, then (offset, length) pairs for func_info,
// line_info and, if hdr_len covers it, core_relo. Offsets count from the end of the header. Each info block is a
// u32 record size followed by {u32 sec_name_off, u32 num_info, records...} groups. Records may be larger than the
// ones we know (a newer producer): the extra tail is skipped, as libbpf does.
#include <fmt/format.h>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

using detail::load;

namespace {

Error ext_error(std::string msg) { return make_error("BTF.ext: " + std::move(msg)); }

constexpr size_t kMinHeader = 24;   // up to line_info_len
constexpr size_t kCoreHeader = 32;  // up to core_relo_len

template <class T>
const ExtSection<T>* find_section(const std::vector<ExtSection<T>>& secs, std::string_view name) {
  for (const auto& s : secs)
    if (s.name == name) return &s;
  return nullptr;
}

template <class T>
ExtSection<T>& section_named(std::vector<ExtSection<T>>& secs, const std::string& name) {
  for (auto& s : secs)
    if (s.name == name) return s;  // two groups for one section: merge them
  secs.push_back(ExtSection<T>{name, {}});
  return secs.back();
}

}  // namespace

struct BtfExtParser {
  std::span<const uint8_t> data;  // everything after the header
  const Btf& btf;
  BtfExt& ext;

  Expected<std::string> str(uint32_t off, std::string_view what) {
    if (auto s = btf.string_at(off)) return std::string(*s);
    return ext_error(fmt::format("{}: string offset {} past the end of the BTF string section", what, off));
  }

  // Walks one info block, calling record(sec_name, rec_bytes, where) for each record.
  template <class OnRecord>
  Expected<void> walk(const char* block, uint32_t off, uint32_t len, size_t min_rec, OnRecord record) {
    if (len == 0) return {};
    if (off % 4) return ext_error(fmt::format("{} offset {} not 4-byte aligned", block, off));
    if (uint64_t{off} + len > data.size())
      return ext_error(fmt::format("{} (offset {}, length {}) past the end of the section ({} bytes)", block, off,
                                   len, data.size()));
    auto b = data.subspan(off, len);
    if (b.size() < 4) return ext_error(fmt::format("{}: truncated record size", block));
    uint32_t rec_size = load<uint32_t>(b, 0);
    if (rec_size < min_rec || rec_size % 4)
      return ext_error(fmt::format("{}: record size {} invalid (at least {}, a multiple of 4)", block, rec_size,
                                   min_rec));
    size_t pos = 4;
    for (int group = 0; pos < b.size(); group++) {
      if (b.size() - pos < 8)
        return ext_error(fmt::format("{} group {} at offset {}: truncated header", block, group, pos));
      uint32_t name_off = load<uint32_t>(b, pos), num = load<uint32_t>(b, pos + 4);
      auto name = str(name_off, fmt::format("{} group {} section name", block, group));
      if (!name) return std::move(name).error();
      if (name->empty()) return ext_error(fmt::format("{} group {}: empty section name", block, group));
      if (num == 0) return ext_error(fmt::format("{} section '{}': no records", block, *name));
      pos += 8;
      if ((b.size() - pos) / rec_size < num)
        return ext_error(fmt::format("{} section '{}': {} records of {} bytes past the end of the block", block,
                                     *name, num, rec_size));
      for (uint32_t i = 0; i < num; i++, pos += rec_size) {
        auto where = [&] { return fmt::format("{} section '{}' record {}", block, *name, i); };
        if (auto r = record(*name, b.subspan(pos, rec_size), where); !r) return r;
      }
    }
    return {};
  }

  static Expected<uint32_t> insn_off(uint32_t off, const std::string& where) {
    if (off % 8) return ext_error(fmt::format("{}: insn_off {} not a multiple of 8", where, off));
    return off;
  }

  Expected<void> func_info(uint32_t off, uint32_t len) {
    return walk("func_info", off, len, 8, [&](const std::string& sec, auto rec, auto where) -> Expected<void> {
      auto io = insn_off(load<uint32_t>(rec, 0), where());
      if (!io) return std::move(io).error();
      TypeId id = load<uint32_t>(rec, 4);
      const Type* t = btf.type(id);
      if (!t || t->kind != Kind::Func) return ext_error(fmt::format("{}: type id {} is not a FUNC", where(), id));
      section_named(ext.func_info_, sec).records.push_back({*io, id});
      return {};
    });
  }

  Expected<void> line_info(uint32_t off, uint32_t len) {
    return walk("line_info", off, len, 16, [&](const std::string& sec, auto rec, auto where) -> Expected<void> {
      auto io = insn_off(load<uint32_t>(rec, 0), where());
      if (!io) return std::move(io).error();
      auto file = str(load<uint32_t>(rec, 4), where() + " file name");
      if (!file) return std::move(file).error();
      auto line = str(load<uint32_t>(rec, 8), where() + " line");
      if (!line) return std::move(line).error();
      uint32_t line_col = load<uint32_t>(rec, 12);
      section_named(ext.line_info_, sec)
          .records.push_back({*io, std::move(*file), std::move(*line), line_col >> 10, line_col & 0x3ff});
      return {};
    });
  }

  Expected<void> core_relos(uint32_t off, uint32_t len) {
    return walk("core_relo", off, len, 16, [&](const std::string& sec, auto rec, auto where) -> Expected<void> {
      auto io = insn_off(load<uint32_t>(rec, 0), where());
      if (!io) return std::move(io).error();
      TypeId id = load<uint32_t>(rec, 4);
      if (id == 0 || id >= btf.type_count())
        return ext_error(fmt::format("{}: type id {} out of range", where(), id));
      auto access = str(load<uint32_t>(rec, 8), where() + " access string");
      if (!access) return std::move(access).error();
      if (access->empty()) return ext_error(where() + ": empty access string");
      uint32_t kind = load<uint32_t>(rec, 12);
      if (kind > kMaxCoreReloKind) return ext_error(fmt::format("{}: unknown relocation kind {}", where(), kind));
      section_named(ext.core_relos_, sec)
          .records.push_back({*io, id, std::move(*access), static_cast<CoreReloKind>(kind)});
      return {};
    });
  }
};

Expected<BtfExt> BtfExt::parse(std::span<const uint8_t> bytes, const Btf& btf) {
  if (bytes.size() < 8) return ext_error(fmt::format("truncated header ({} bytes)", bytes.size()));
  uint16_t magic = load<uint16_t>(bytes, 0);
  if (magic == 0x9feB) return ext_error("big-endian BTF.ext is not supported");
  if (magic != kMagic) return ext_error(fmt::format("bad magic {:#06x} (want {:#06x})", magic, kMagic));
  if (bytes[2] != 1) return ext_error(fmt::format("unsupported version {}", bytes[2]));
  if (bytes[3] != 0) return ext_error(fmt::format("unsupported flags {:#x}", bytes[3]));
  uint32_t hdr_len = load<uint32_t>(bytes, 4);
  if (hdr_len < kMinHeader || hdr_len > bytes.size())
    return ext_error(fmt::format("header length {} out of range ({} to {})", hdr_len, kMinHeader, bytes.size()));
  BtfExt ext;
  BtfExtParser p{bytes.subspan(hdr_len), btf, ext};
  if (auto r = p.func_info(load<uint32_t>(bytes, 8), load<uint32_t>(bytes, 12)); !r) return std::move(r).error();
  if (auto r = p.line_info(load<uint32_t>(bytes, 16), load<uint32_t>(bytes, 20)); !r) return std::move(r).error();
  if (hdr_len >= kCoreHeader)
    if (auto r = p.core_relos(load<uint32_t>(bytes, 24), load<uint32_t>(bytes, 28)); !r) return std::move(r).error();
  return ext;
}

const ExtSection<FuncInfo>* BtfExt::func_info(std::string_view section) const {
  return find_section(func_info_, section);
}
const ExtSection<LineInfo>* BtfExt::line_info(std::string_view section) const {
  return find_section(line_info_, section);
}
const ExtSection<CoreRelo>* BtfExt::core_relos(std::string_view section) const {
  return find_section(core_relos_, section);
}

}  // namespace bpfkit::btf
