// Context bytes of the tracing program types from JSON with the kernel's field names.
#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "support/ctx_layout.h"
#include "tracing/json_input.h"

namespace bpfkit {

// The public pt_regs size (tracing.h) and the one the verifier's context tables read are one fact.
static_assert(kPtRegsSize == uapi::kPtRegsSize);

using nlohmann::json;

std::optional<uint32_t> pt_regs_offset(std::string_view reg) {
  // arch/x86/include/asm/ptrace.h, struct pt_regs, in order.
  static constexpr std::string_view kRegs[] = {"r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax",
                                               "cx", "dx", "si", "di", "orig_ax", "ip", "cs", "flags", "sp", "ss"};
  // What bpf_tracing.h's PT_REGS_PARM1..6 and PT_REGS_RC read on x86-64.
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"parm1", "di"}, {"parm2", "si"}, {"parm3", "dx"}, {"parm4", "cx"}, {"parm5", "r8"}, {"parm6", "r9"},
      {"rc", "ax"}, {"fp", "bp"}, {"ret", "ax"}};
  for (const auto& [alias, real] : kAliases)
    if (reg == alias) reg = real;
  for (uint32_t i = 0; i < std::size(kRegs); ++i)
    if (kRegs[i] == reg) return i * 8;
  return std::nullopt;
}

namespace {

Error ctx_error(const std::string& what) { return make_error("--ctx-json: " + what).with_errno(EINVAL); }

void put_u64(std::span<uint8_t> out, uint64_t v) { std::memcpy(out.data(), &v, 8); }

Expected<void> encode_pt_regs(const json& regs, std::span<uint8_t> out, const std::string& path, KernelMemory* kmem) {
  if (!regs.is_object()) return ctx_error(path + ": expected an object of registers");
  for (auto it = regs.begin(); it != regs.end(); ++it) {
    auto off = pt_regs_offset(it.key());
    if (!off) return ctx_error(fmt::format("{}{}: not a pt_regs register", path.empty() ? "" : path + ".", it.key()));
    auto v = tracing::json_u64(it.value(), "--ctx-json " + it.key(), kmem);
    if (!v) return std::move(v).error();
    put_u64(out.subspan(*off, 8), *v);
  }
  return {};
}

// The parameters of the function a tracing program attaches to, from the target BTF: a kernel function for
// fentry/fexit/fmod_ret, bpf_lsm_<hook> for LSM, the btf_trace_<name> typedef (minus its leading void *) for
// tp_btf and raw_tp.
std::vector<std::string> param_names(const TracingCtxTarget& t) {
  std::vector<std::string> names;
  if (t.btf == nullptr) return names;
  const btf::Btf& btf = *t.btf;
  const bool raw_tp = t.type == ProgType::RawTracepoint || t.type == ProgType::RawTracepointWritable ||
                      (t.type == ProgType::Tracing && t.expected_attach_type == attach::TraceRawTp);
  btf::TypeId proto = 0;
  if (raw_tp) {
    if (auto td = btf.find_by_name_kind("btf_trace_" + t.attach_to, btf::Kind::Typedef)) {
      const btf::Type* p = btf.type(btf.skip_mods_and_typedefs(*td));
      if (p != nullptr && p->kind == btf::Kind::Ptr) proto = btf.skip_mods(p->type);
    }
  } else {
    const std::string fn = t.type == ProgType::Lsm ? "bpf_lsm_" + t.attach_to : t.attach_to;
    if (auto f = btf.find_by_name_kind(fn, btf::Kind::Func)) proto = btf.type(*f)->type;
  }
  const btf::Type* p = btf.type(proto);
  if (p == nullptr || p->kind != btf::Kind::FuncProto) return names;
  for (size_t i = raw_tp ? 1 : 0; i < p->params.size(); ++i) names.push_back(p->params[i].name);
  return names;
}

Expected<std::vector<uint8_t>> encode_args(const TracingCtxTarget& t, const json& doc, KernelMemory* kmem) {
  constexpr size_t kMaxArgs = uapi::kMaxBpfFuncArgs;
  const bool has_ret = t.type == ProgType::Tracing &&
                       (t.expected_attach_type == attach::TraceFexit || t.expected_attach_type == attach::ModifyReturn);
  std::vector<uint64_t> args;
  if (doc.is_array()) {
    if (doc.size() > kMaxArgs + (has_ret ? 1 : 0))
      return ctx_error(fmt::format("{} arguments, at most {}", doc.size(), kMaxArgs));
    for (size_t i = 0; i < doc.size(); ++i) {
      auto v = tracing::json_u64(doc[i], fmt::format("--ctx-json [{}]", i), kmem);
      if (!v) return std::move(v).error();
      args.push_back(*v);
    }
  } else if (doc.is_object()) {
    const std::vector<std::string> names = param_names(t);
    if (names.empty())
      return ctx_error(fmt::format("arguments by name need the target BTF's prototype of '{}'; give a list", t.attach_to));
    args.assign(names.size() + (has_ret ? 1 : 0), 0);
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      size_t idx = names.size();
      if (has_ret && it.key() == "ret") {
        idx = names.size();
      } else {
        auto pos = std::find(names.begin(), names.end(), it.key());
        if (pos == names.end()) return ctx_error(fmt::format("'{}' has no parameter '{}'", t.attach_to, it.key()));
        idx = size_t(pos - names.begin());
      }
      auto v = tracing::json_u64(it.value(), "--ctx-json " + it.key(), kmem);
      if (!v) return std::move(v).error();
      args[idx] = *v;
    }
  } else {
    return ctx_error("expected a list of arguments or an object by parameter name");
  }
  std::vector<uint8_t> out(args.size() * 8);
  if (!args.empty()) std::memcpy(out.data(), args.data(), out.size());
  return out;
}

Expected<std::vector<uint8_t>> encode_record(const TracingCtxTarget& t, const json& doc, KernelMemory* kmem) {
  std::optional<TracepointFormat> found;
  const TracepointFormat* layout = t.tp_format ? &*t.tp_format : nullptr;
  if (layout == nullptr) {
    const size_t slash = t.attach_to.find('/');
    if (slash == std::string::npos)
      return ctx_error(fmt::format("tracepoint '{}' is not category/name; give its format file", t.attach_to));
    auto f = find_tracepoint_format(t.attach_to.substr(0, slash), t.attach_to.substr(slash + 1), t.btf);
    if (!f) return std::move(f).error();
    found = std::move(*f);
    layout = &*found;
  }
  if (!doc.is_object()) return ctx_error("expected an object of tracepoint fields");
  std::vector<uint8_t> rec(layout->size(), 0);
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string path = "--ctx-json " + it.key();
    auto f = std::find_if(layout->fields.begin(), layout->fields.end(),
                          [&](const TracepointField& x) { return x.name == it.key(); });
    if (f == layout->fields.end())
      return ctx_error(fmt::format("tracepoint {} has no field '{}'", layout->name, it.key()));
    std::span<uint8_t> out = std::span(rec).subspan(f->offset, f->size);
    if (f->type.rfind("__data_loc", 0) == 0 && it.value().is_string()) {
      // Dynamic data goes after the fixed record; the field holds its offset (low 16 bits) and length.
      std::string s = it.value().get<std::string>();
      const size_t at = rec.size();
      rec.insert(rec.end(), s.begin(), s.end());
      rec.push_back(0);
      if (rec.size() > 65535) return ctx_error(path + ": record too long");
      const uint32_t loc = uint32_t(at) | uint32_t(s.size() + 1) << 16;
      std::memcpy(rec.data() + f->offset, &loc, std::min<size_t>(4, f->size));
      continue;
    }
    if (f->array_len != 0) {
      const uint32_t esize = f->size / f->array_len;
      if (it.value().is_string() && esize == 1) {
        auto r = tracing::encode_string(it.value().get<std::string>(), out, path);
        if (!r) return std::move(r).error();
        continue;
      }
      if (!it.value().is_array() || it.value().size() > f->array_len)
        return ctx_error(fmt::format("{}: expected a list of at most {} elements", it.key(), f->array_len));
      for (size_t i = 0; i < it.value().size(); ++i) {
        auto v = tracing::json_u64(it.value()[i], fmt::format("{}[{}]", path, i), kmem);
        if (!v) return std::move(v).error();
        for (uint32_t b = 0; b < esize && b < 8; ++b) out[i * esize + b] = uint8_t(*v >> (8 * b));
      }
      continue;
    }
    auto v = tracing::json_u64(it.value(), path, kmem);
    if (!v) return std::move(v).error();
    if (f->size < 8) {
      const bool negative = it.value().is_number_integer() && !it.value().is_number_unsigned() &&
                            it.value().get<int64_t>() < 0;
      const uint32_t bits = f->size * 8;
      const bool ok = negative ? int64_t(*v) >= -(int64_t(1) << (bits - 1)) : *v < (uint64_t(1) << bits);
      if (!ok) return ctx_error(fmt::format("{}: {} does not fit in {} bytes", it.key(), it.value().dump(), f->size));
    }
    for (uint32_t b = 0; b < f->size && b < 8; ++b) out[b] = uint8_t(*v >> (8 * b));
  }
  return rec;
}

}  // namespace

Expected<std::vector<uint8_t>> tracing_ctx_from_json(const TracingCtxTarget& target, std::string_view text,
                                                     KernelMemory* kmem) {
  auto doc = tracing::parse_json(text, "--ctx-json");
  if (!doc) return std::move(doc).error();
  switch (target.type) {
    case ProgType::Kprobe: {
      std::vector<uint8_t> regs(kPtRegsSize, 0);
      auto r = encode_pt_regs(*doc, regs, "", kmem);
      if (!r) return std::move(r).error();
      return regs;
    }
    case ProgType::PerfEvent: {
      // struct bpf_perf_event_data { bpf_user_pt_regs_t regs; __u64 sample_period; __u64 addr; }
      std::vector<uint8_t> data(sizeof(uapi::PerfEventData), 0);
      if (!doc->is_object()) return ctx_error("expected {\"regs\": {...}, \"sample_period\": N, \"addr\": N}");
      for (auto it = doc->begin(); it != doc->end(); ++it) {
        if (it.key() == "regs") {
          auto r = encode_pt_regs(it.value(), std::span(data).first(kPtRegsSize), "regs", kmem);
          if (!r) return std::move(r).error();
          continue;
        }
        const uint32_t off = it.key() == "sample_period" ? offsetof(uapi::PerfEventData, sample_period)
                             : it.key() == "addr"        ? offsetof(uapi::PerfEventData, addr)
                                                         : 0;
        if (off == 0) return ctx_error(fmt::format("bpf_perf_event_data has no field '{}'", it.key()));
        auto v = tracing::json_u64(it.value(), "--ctx-json " + it.key(), kmem);
        if (!v) return std::move(v).error();
        put_u64(std::span(data).subspan(off, 8), *v);
      }
      return data;
    }
    case ProgType::Tracepoint:
      return encode_record(target, *doc, kmem);
    case ProgType::RawTracepoint:
    case ProgType::RawTracepointWritable:
    case ProgType::Tracing:
    case ProgType::Lsm:
      return encode_args(target, *doc, kmem);
    default: {
      const char* name = prog_type_name(target.type);
      return ctx_error(fmt::format("program type {} has no JSON context", name ? name : "?"));
    }
  }
}

}  // namespace bpfkit
