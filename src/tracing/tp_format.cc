// Tracepoint record layouts: tracefs format files, or the target BTF's trace_event_raw_<name>.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "bpfkit/file.h"
#include "bpfkit/tracing.h"

namespace bpfkit {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(uint8_t(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(uint8_t(s.back()))) s.remove_suffix(1);
  return s;
}

bool parse_u32(std::string_view s, uint32_t& out) {
  s = trim(s);
  if (s.empty() || s.size() > 9) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (!std::isdigit(uint8_t(c))) return false;
    v = v * 10 + uint32_t(c - '0');
  }
  out = v;
  return true;
}

// "key:value" of a tab-separated format line.
bool take_attr(std::string_view part, std::string_view key, std::string_view& value) {
  part = trim(part);
  if (part.substr(0, key.size()) != key || part.size() <= key.size() || part[key.size()] != ':') return false;
  value = part.substr(key.size() + 1);
  if (!value.empty() && value.back() == ';') value.remove_suffix(1);
  return true;
}

Error format_error(size_t line, const std::string& what) {
  return make_error(fmt::format("tracepoint format: line {}: {}", line, what)).with_errno(EINVAL);
}

}  // namespace

uint32_t TracepointFormat::size() const {
  uint32_t end = 0;
  for (const TracepointField& f : fields) end = std::max(end, f.offset + f.size);
  return end;
}

Expected<TracepointFormat> parse_tracepoint_format(std::string_view text) {
  TracepointFormat out;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    const std::string_view t = trim(line);
    if (t.substr(0, 5) == "name:") out.name = std::string(trim(t.substr(5)));
    if (t.substr(0, 6) != "field:") continue;
    // field:DECL;<tab>offset:N;<tab>size:N;<tab>signed:N;
    const size_t semi = t.find(';');
    if (semi == std::string_view::npos) return format_error(line_no, "field without ';'");
    std::string_view decl = trim(t.substr(6, semi - 6));
    TracepointField f;
    bool have_offset = false, have_size = false;
    std::string_view rest = t.substr(semi + 1);
    while (!rest.empty()) {
      const size_t end = rest.find(';');
      const std::string_view part = rest.substr(0, end == std::string_view::npos ? rest.size() : end);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      std::string_view v;
      uint32_t n = 0;
      if (take_attr(part, "offset", v)) {
        if (!parse_u32(v, n)) return format_error(line_no, "bad offset");
        f.offset = n;
        have_offset = true;
      } else if (take_attr(part, "size", v)) {
        if (!parse_u32(v, n)) return format_error(line_no, "bad size");
        f.size = n;
        have_size = true;
      } else if (take_attr(part, "signed", v)) {
        if (!parse_u32(v, n)) return format_error(line_no, "bad signed");
        f.is_signed = n != 0;
      }
    }
    if (!have_offset || !have_size) return format_error(line_no, "field without offset or size");
    if (f.size > 65536 || f.offset > 65536) return format_error(line_no, "field beyond a tracepoint record");
    // DECL is "TYPE NAME" or "TYPE NAME[N]"; "__data_loc char[] NAME" has its brackets in the type.
    std::string_view name = decl;
    if (!decl.empty() && decl.back() == ']') {
      const size_t open = decl.rfind('[');
      if (open == std::string_view::npos) return format_error(line_no, "unbalanced '['");
      uint32_t n = 0;
      if (!parse_u32(decl.substr(open + 1, decl.size() - open - 2), n)) n = 0;
      f.array_len = n;
      name = decl.substr(0, open);
    }
    size_t start = name.size();
    while (start > 0 && (std::isalnum(uint8_t(name[start - 1])) || name[start - 1] == '_')) --start;
    if (start == name.size()) return format_error(line_no, "field without a name");
    f.name = std::string(name.substr(start));
    f.type = std::string(trim(decl.substr(0, start)));
    if (f.array_len != 0) f.type += fmt::format("[{}]", f.array_len);
    out.fields.push_back(std::move(f));
  }
  if (out.fields.empty()) return make_error("tracepoint format: no fields").with_errno(EINVAL);
  return out;
}

namespace {

// struct trace_event_raw_<name>: the record as the kernel's TRACE_EVENT macros declare it. Its first member
// (struct trace_entry ent) is the common header.
Expected<TracepointFormat> format_from_btf(const btf::Btf& btf, const std::string& name) {
  auto id = btf.find_by_name_kind("trace_event_raw_" + name, btf::Kind::Struct);
  if (!id) return make_error(fmt::format("BTF has no struct trace_event_raw_{}", name)).with_errno(ENOENT);
  TracepointFormat out;
  out.name = name;
  const btf::Type* t = btf.type(*id);
  for (const btf::Member& m : t->members) {
    if (m.bitfield_size != 0 || m.bit_offset % 8 != 0) continue;
    const btf::TypeId mt = btf.skip_mods_and_typedefs(m.type);
    const btf::Type* mty = btf.type(mt);
    auto size = btf.resolve_size(m.type);
    if (!size || *size == 0) continue;  // __data[] and other flexible tails
    if (m.name == "ent" && mty->kind == btf::Kind::Struct) {
      for (const btf::Member& c : mty->members) {
        auto cs = btf.resolve_size(c.type);
        if (!cs) continue;
        const btf::Type* ct = btf.type(btf.skip_mods_and_typedefs(c.type));
        out.fields.push_back({btf.type_name(c.type), "common_" + c.name, (m.bit_offset + c.bit_offset) / 8, *cs,
                              ct->kind == btf::Kind::Int && (ct->int_encoding & btf::kIntSigned), 0});
      }
      continue;
    }
    TracepointField f{btf.type_name(m.type), m.name, m.bit_offset / 8, *size,
                      mty->kind == btf::Kind::Int && (mty->int_encoding & btf::kIntSigned), 0};
    if (mty->kind == btf::Kind::Array) f.array_len = mty->nelems;
    if (m.name.rfind("__data_loc_", 0) == 0) {
      f.name = m.name.substr(11);
      f.type = "__data_loc char[]";
    }
    out.fields.push_back(std::move(f));
  }
  return out;
}

}  // namespace

Expected<TracepointFormat> find_tracepoint_format(std::string_view category, std::string_view name,
                                                  const btf::Btf* btf) {
  for (const char* root : {"/sys/kernel/tracing", "/sys/kernel/debug/tracing"}) {
    const std::string path = fmt::format("{}/events/{}/{}/format", root, category, name);
    std::ifstream f(path);
    if (!f) continue;
    std::stringstream ss;
    ss << f.rdbuf();
    if (auto parsed = parse_tracepoint_format(ss.str())) return parsed;
  }
  if (btf == nullptr)
    return make_error(fmt::format("tracepoint {}/{}: no readable tracefs format and no BTF", category, name))
        .with_errno(ENOENT);
  // The syscall tracepoints share two generic records (include/trace/events/syscalls.h).
  std::string raw(name);
  if (category == "syscalls" && raw.rfind("sys_enter_", 0) == 0) raw = "sys_enter";
  if (category == "syscalls" && raw.rfind("sys_exit_", 0) == 0) raw = "sys_exit";
  auto from_btf = format_from_btf(*btf, raw);
  if (!from_btf)
    return make_error(fmt::format("tracepoint {}/{}: no readable tracefs format, and {}", category, name,
                                  from_btf.error().message))
        .with_errno(ENOENT);
  return from_btf;
}

}  // namespace bpfkit
