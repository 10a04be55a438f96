// The programs of a KernelObject: linked by link/, bound to the maps' fds and the kernel's BTF ids, loaded with a
// verifier log that grows on ENOSPC.
#include <algorithm>
#include <climits>
#include <cstring>
#include <map>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "bpfkit/module_btf.h"
#include "bpfkit/verifier.h"
#include "kernel/btf_objects.h"
#include "kernel/loader.h"

namespace bpfkit {

namespace {

constexpr uint8_t kPseudoMapFd = 1, kPseudoMapValue = 2, kPseudoBtfId = 3, kPseudoKfuncCall = 2;
// enum bpf_attach_type values that pick how the attach target is named in vmlinux BTF.
constexpr uint32_t kTraceRawTp = 23, kLsmMac = 27, kTraceIter = 28, kLsmCgroup = 43;

// Offsets of the strings line_info names, in the object's BTF string section (which BTF_LOAD gets unchanged: Btf's
// encoder keeps the parsed section and its offsets).
class StringOffsets {
 public:
  explicit StringOffsets(std::string_view strings) {
    for (size_t off = 0; off < strings.size();) {
      size_t end = strings.find('\0', off);
      if (end == std::string_view::npos) end = strings.size();
      offsets_.emplace(strings.substr(off, end - off), uint32_t(off));
      off = end + 1;
    }
  }
  uint32_t operator()(const std::string& s) const {
    auto it = offsets_.find(s);
    return it == offsets_.end() ? 0 : it->second;
  }

 private:
  std::map<std::string_view, uint32_t> offsets_;  // the first offset of each string
};

void put32(std::vector<uint8_t>& out, uint32_t v) {
  const size_t at = out.size();
  out.resize(at + 4);
  std::memcpy(out.data() + at, &v, 4);
}

// The line_info entry covering insn (the last one at or before it).
const LinkedLineInfo* line_for(const LinkedProgram& linked, int64_t insn) {
  const LinkedLineInfo* best = nullptr;
  for (const LinkedLineInfo& l : linked.line_info)
    if (int64_t(l.insn) <= insn) best = &l;
  return best;
}

}  // namespace

VerifierLogSummary summarize_verifier_log(std::string_view log) {
  std::vector<std::string_view> lines;
  for (size_t off = 0; off < log.size();) {
    size_t end = log.find('\n', off);
    if (end == std::string_view::npos) end = log.size();
    std::string_view l = log.substr(off, end - off);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
    if (!l.empty()) lines.push_back(l);
    off = end + 1;
  }
  VerifierLogSummary s;
  // The verifier ends a rejection with its message, then (since 5.2) "processed N insns (limit ...)" statistics.
  size_t last = lines.size();
  while (last > 0 && (lines[last - 1].starts_with("processed ") || lines[last - 1].starts_with("verification time") ||
                      lines[last - 1].starts_with("stack depth")))
    --last;
  if (last == 0) return s;
  s.message = std::string(lines[last - 1]);
  // The instruction: the last "N: (op) ..." line before the message.
  for (size_t i = last - 1; i-- > 0;) {
    std::string_view l = lines[i];
    size_t digits = 0;
    while (digits < l.size() && l[digits] >= '0' && l[digits] <= '9') ++digits;
    if (digits > 0 && digits + 2 < l.size() && l[digits] == ':' && l[digits + 1] == ' ' && l[digits + 2] == '(') {
      s.insn = std::stoll(std::string(l.substr(0, digits)));
      break;
    }
  }
  return s;
}

LoadOptions KernelLoader::runtime_options() const {
  LoadOptions o;
  o.kernel_version = options.kernel_version;
  o.kconfig = options.kconfig;
  o.kconfig_file = options.kconfig_file;
  o.kernel_btf = options.kernel_btf;
  o.kallsyms = options.kallsyms;
  o.core = options.core;
  return o;
}

Expected<void> KernelLoader::resolve_externs() {
  const ObjectSpec& spec = obj.spec_;
  if (spec.ksym_externs().empty()) return {};
  auto resolved = runtime::resolve_ksyms(spec, runtime_options());
  if (!resolved) return std::move(resolved).error();
  ksyms = std::move(*resolved);
  // Without kernel BTF the userspace resolver counts bpfkit's own kfuncs as present; the kernel has no id for them.
  for (size_t i = 0; i < ksyms.size(); ++i) {
    const KsymExtern& e = spec.ksym_externs()[i];
    if (!e.typed() || !ksyms[i].found || ksyms[i].kernel_btf_id != 0) continue;
    if (!e.is_weak)
      return error(fmt::format("extern '{}': the kernel's BTF is not available ({}), so the {} cannot be resolved",
                               e.name, options.kernel_btf.empty() ? "none given" : options.kernel_btf,
                               e.kind == KsymExtern::Kind::Func ? "kfunc" : "typed ksym"))
          .with_errno(ESRCH);
    ksyms[i] = {};
  }
  return {};
}

Expected<int> KernelLoader::module_fd(const std::string& module) {
  auto it = module_fds.find(module);
  if (it == module_fds.end()) {
    auto fd = kernel::module_btf_fd(module);
    if (!fd) return std::move(fd).error();
    it = module_fds.emplace(module, std::move(*fd)).first;
  }
  return it->second.get();
}

Expected<int16_t> KernelLoader::fd_array_index(const std::string& module) {
  auto fd = module_fd(module);
  if (!fd) return std::move(fd).error();
  if (fd_array.empty()) fd_array.push_back(0);  // index 0: vmlinux, never read by the kernel
  for (size_t i = 1; i < fd_array.size(); ++i)
    if (fd_array[i] == *fd) return int16_t(i);
  if (fd_array.size() > size_t(INT16_MAX)) return error("too many module BTFs for kfunc calls").with_errno(E2BIG);
  fd_array.push_back(*fd);
  return int16_t(fd_array.size() - 1);
}

namespace {

struct ProgramLoad {
  KernelLoader& l;
  const ProgramSpec& prog;
  const LinkedProgram& linked;
  std::vector<Insn>& insns;

  Error fail(std::string message) const { return l.error(std::move(message)).in_program(prog.name); }

  Expected<void> bind_maps() {
    for (const MapReference& ref : linked.map_refs) {
      if (ref.map >= l.obj.maps().size() || ref.insn + 1 >= insns.size())
        return fail(fmt::format("map reference to map #{}, which does not exist", ref.map)).at_insn(int64_t(ref.insn));
      insns[ref.insn].src = ref.value ? kPseudoMapValue : kPseudoMapFd;
      insns[ref.insn].imm = l.obj.maps()[ref.map].fd.get();
      insns[ref.insn + 1].imm = ref.value ? int32_t(ref.offset) : 0;
    }
    return {};
  }

  // libbpf 1.1's bpf_object__relocate_data for externs.
  Expected<void> bind_externs() {
    for (const ExternReference& ref : linked.extern_refs) {
      if (ref.ext >= l.ksyms.size() || ref.insn >= insns.size())
        return fail(fmt::format("extern reference #{} does not exist", ref.ext)).at_insn(int64_t(ref.insn));
      const KsymExtern& e = l.obj.spec().ksym_externs()[ref.ext];
      const runtime::ResolvedKsym& r = l.ksyms[ref.ext];
      Insn& insn = insns[ref.insn];
      if (ref.call) {
        // A weak kfunc the kernel lacks stays a kfunc call with imm 0: the verifier accepts it in dead code.
        insn.src = kPseudoKfuncCall;
        insn.imm = r.found ? int32_t(r.kernel_btf_id) : 0;
        insn.off = 0;  // vmlinux; a module's kfunc: its BTF's fd_array index
        if (r.found && !r.module.empty()) {
          auto idx = l.fd_array_index(r.module);
          if (!idx) return fail(fmt::format("kfunc '{}' of module {}: {}", e.name, r.module, idx.error().message))
                           .with_errno(idx.error().error_number);
          insn.off = *idx;
        }
        continue;
      }
      if (ref.insn + 1 >= insns.size()) return fail("extern LD_IMM64 is cut off").at_insn(int64_t(ref.insn));
      if (e.typed() && r.found) {
        insn.src = kPseudoBtfId;
        insn.imm = int32_t(r.kernel_btf_id);
        insns[ref.insn + 1].imm = 0;  // vmlinux; a module's variable: its BTF's fd
        if (!r.module.empty()) {
          auto fd = l.module_fd(r.module);
          if (!fd) return fail(fmt::format("ksym '{}' of module {}: {}", e.name, r.module, fd.error().message))
                          .with_errno(fd.error().error_number);
          insns[ref.insn + 1].imm = *fd;
        }
      } else {
        insn.src = 0;
        insn.imm = int32_t(uint32_t(r.addr));
        insns[ref.insn + 1].imm = int32_t(uint32_t(r.addr >> 32));
      }
    }
    return {};
  }

  // attach_btf_id for programs whose SEC names a kernel function or tracepoint (fentry/, tp_btf/, lsm/, iter/).
  Expected<uint32_t> attach_btf_id() {
    if (prog.section_def == nullptr || !prog.section_def->attach_btf) return 0u;
    if (prog.type == ProgType::Ext) return freplace_target();
    if (prog.attach_target.empty())
      return fail(fmt::format("section '{}' names no attach target (SEC(\"{}/<function>\"))", prog.section_name,
                              prog.section_name))
          .with_errno(EINVAL);
    std::string name = prog.attach_target;
    btf::Kind kind = btf::Kind::Func;
    switch (prog.expected_attach_type) {
      case kTraceRawTp: name = "btf_trace_" + name; kind = btf::Kind::Typedef; break;
      case kLsmMac: case kLsmCgroup: name = "bpf_lsm_" + name; break;
      case kTraceIter: name = "bpf_iter_" + name; break;
      default: break;
    }
    if (!l.have_kernel_btf)
      return fail(fmt::format("attach target '{}' needs the kernel's BTF, which is not available ({})",
                              prog.attach_target, l.options.kernel_btf.empty() ? "none given" : l.options.kernel_btf))
          .with_errno(ESRCH);
    auto vmlinux = read_target_btf(l.options.kernel_btf);
    if (!vmlinux) return fail(vmlinux.error().message).with_errno(vmlinux.error().error_number);
    // find_attach_btf_id: vmlinux, then each module's own types; a module's target goes with its BTF object's fd.
    auto match = btf::find_kernel_type(**vmlinux, {}, name, kind);
    const std::string module_dir = btf::module_btf_dir_of(l.options.kernel_btf);
    if (!match && !module_dir.empty()) {
      auto modules = btf::load_module_btfs(*vmlinux, module_dir);
      if (!modules) return fail(modules.error().message).with_errno(modules.error().error_number);
      match = btf::find_kernel_type(**vmlinux, *modules, name, kind);
      if (match) {
        auto fd = l.module_fd(match->module->name);
        if (!fd) return fail(fmt::format("attach target '{}' is in module {}: {}", prog.attach_target,
                                         match->module->name, fd.error().message))
                        .with_errno(fd.error().error_number);
        attach_btf_obj_fd = *fd;
      }
    }
    if (!match)
      return fail(fmt::format("attach target '{}' not found in the kernel's BTF ({} {} is missing from vmlinux{})",
                              prog.attach_target, kind == btf::Kind::Func ? "FUNC" : "TYPEDEF", name,
                              module_dir.empty() ? "" : " and every module's BTF"))
          .with_errno(ESRCH);
    return uint32_t(match->id);
  }
  int attach_btf_obj_fd = -1;  // set by attach_btf_id() for a target in a module
  int attach_prog_fd = -1;     // set for freplace programs: the program they extend

  // freplace: FUNC's id in the target program's BTF (libbpf's libbpf_find_prog_btf_id), read back from the kernel,
  // so a target loaded by anyone (a pinned program) will do.
  Expected<uint32_t> freplace_target() {
    auto it = l.options.attach_prog_fds.find(prog.name);
    if (it == l.options.attach_prog_fds.end()) it = l.options.attach_prog_fds.find("");
    if (it == l.options.attach_prog_fds.end() || it->second < 0)
      return fail(fmt::format("SEC(\"{}\") replaces a function of another BPF program, and no target program was "
                              "given (bpfkit load --target {}=OBJ[:PROG] or a pinned program)",
                              prog.section_name, prog.name))
          .with_errno(EINVAL);
    if (prog.attach_target.empty())
      return fail(fmt::format("section '{}' names no function to replace (SEC(\"freplace/<function>\"))",
                              prog.section_name))
          .with_errno(EINVAL);
    const int target = it->second;
    auto info = kernel::prog_info(target);
    if (!info) return fail(fmt::format("freplace target: {}", info.error().message)).with_errno(info.error().error_number);
    if (info->btf_id == 0)
      return fail(fmt::format("freplace target program '{}' (id {}) was loaded without BTF, so its functions cannot be "
                              "named",
                              info->name, info->id))
          .with_errno(EINVAL);
    auto btf_fd = kernel::get_fd_by_id(kernel::ObjectKind::Btf, info->btf_id);
    if (!btf_fd) return fail(fmt::format("freplace target's BTF: {}", btf_fd.error().message))
                        .with_errno(btf_fd.error().error_number);
    auto bytes = kernel::btf_data(btf_fd->get());
    if (!bytes) return fail(fmt::format("freplace target's BTF: {}", bytes.error().message))
                       .with_errno(bytes.error().error_number);
    auto btf = btf::Btf::parse(*bytes);
    if (!btf) return fail(fmt::format("freplace target's BTF: {}", btf.error().message)).with_errno(EINVAL);
    auto id = btf->find_by_name_kind(prog.attach_target, btf::Kind::Func);
    if (!id)
      return fail(fmt::format("freplace target program '{}' (id {}) has no function '{}'", info->name, info->id,
                              prog.attach_target))
          .with_errno(ESRCH);
    attach_prog_fd = target;
    return uint32_t(*id);
  }
};

}  // namespace

Expected<void> KernelLoader::load_programs() {
  const ObjectSpec& spec = obj.spec_;
  auto core = CoreRelocations::resolve(spec, options.core);
  if (!core) return std::move(core).error();
  std::optional<StringOffsets> strings;
  if (obj.btf_fd_.valid()) strings.emplace(spec.btf()->strings());
  obj.programs_.reserve(spec.programs().size());
  for (const ProgramSpec& prog : spec.programs()) {
    const bool wanted = options.programs.empty()
                            ? prog.autoload
                            : std::find(options.programs.begin(), options.programs.end(), prog.name) !=
                                  options.programs.end();
    if (!wanted) continue;
    if (prog.section_def == nullptr)
      return error(fmt::format("unknown section name '{}': no libbpf SEC() definition matches it, so the program "
                               "type is unknown",
                               prog.section_name))
          .in_program(prog.name)
          .with_errno(EINVAL);
    auto linked = link_program(spec, prog, *core);
    if (!linked) return std::move(linked).error().in_object(spec.path());
    KernelObject::LoadedProgram lp;
    lp.spec = &prog;
    lp.insns = linked->insns;
    ProgramLoad pl{*this, prog, *linked, lp.insns};
    if (auto ok = pl.bind_maps(); !ok) return ok;
    if (auto ok = pl.bind_externs(); !ok) return ok;
    auto attach_id = pl.attach_btf_id();
    if (!attach_id) return std::move(attach_id).error();
    lp.attach_btf_id = *attach_id;

    kernel::ProgLoadAttr a;
    a.type = prog.type;
    a.expected_attach_type = prog.expected_attach_type;
    a.insns = lp.insns;
    a.license = spec.license();
    a.kern_version = spec.kern_version();
    a.name = kernel_object_name(prog.name);
    if (prog.sleepable) a.prog_flags |= kernel::BPF_F_SLEEPABLE;
    if (prog.section_def->xdp_frags) a.prog_flags |= kernel::BPF_F_XDP_HAS_FRAGS;
    a.attach_btf_id = lp.attach_btf_id;
    a.attach_btf_obj_fd = pl.attach_btf_obj_fd;
    a.attach_prog_fd = pl.attach_prog_fd;
    if (!fd_array.empty()) a.fd_array = fd_array;
    std::vector<uint8_t> func_info, line_info;
    if (obj.btf_fd_.valid() && btf_func_info_ok) {
      a.prog_btf_fd = obj.btf_fd_.get();
      for (const LinkedFuncInfo& f : linked->func_info) {
        put32(func_info, uint32_t(f.insn));
        put32(func_info, f.type_id);
      }
      for (const LinkedLineInfo& li : linked->line_info) {
        put32(line_info, uint32_t(li.insn));
        put32(line_info, (*strings)(li.file_name));
        put32(line_info, (*strings)(li.line));
        put32(line_info, li.line_num << 10 | (li.column & 0x3ff));
      }
      a.func_info = func_info;
      a.func_info_rec_size = 8;
      a.line_info = line_info;
      a.line_info_rec_size = 16;
    }
    auto fd = load_with_log(a, lp.log);
    if (!fd) {
      Error e = std::move(fd).error();
      e.in_object(spec.path()).in_program(prog.name);
      if (!lp.log.empty()) {
        const VerifierLogSummary s = summarize_verifier_log(lp.log);
        std::string where;
        if (s.insn >= 0) {
          e.at_insn(s.insn);
          if (const LinkedLineInfo* li = line_for(*linked, s.insn))
            where = fmt::format(" at {}:{}: {}", li->file_name.substr(li->file_name.rfind('/') + 1), li->line_num,
                                li->line);
        }
        if (!s.message.empty()) {
          const std::string why = explain_verifier_message(s.message);
          e.message = fmt::format("the kernel refused it: {}{}{}", s.message, where, why.empty() ? "" : " — " + why);
          if (e.error_number == EACCES || e.error_number == EINVAL) e.rejected();
        }
        if (options.failure_log != nullptr) *options.failure_log = lp.log;
      }
      return e;
    }
    lp.fd = std::move(*fd);
    if (auto info = kernel::prog_info(lp.fd.get())) lp.id = info->id;
    lp.linked = std::move(*linked);
    obj.programs_.push_back(std::move(lp));
  }
  return {};
}

Expected<kernel::Fd> KernelLoader::load_with_log(kernel::ProgLoadAttr& a, std::string& log_out) {
  uint32_t level = options.log_level;
  uint32_t size = std::max<uint32_t>(options.log_size_start, 256);
  std::vector<char> buf;
  for (;;) {
    a.log_level = level;
    if (level != 0) {
      buf.assign(size, '\0');
      a.log_buf = buf;
    } else {
      a.log_buf = {};
    }
    uint32_t true_size = 0;
    auto fd = kernel::prog_load(a, &true_size);
    const int err = fd ? 0 : fd.error().error_number;
    // ENOSPC with a log: the log did not fit (since 6.4 even for a program that verified). Grow and load again, so a
    // program is never refused only because the buffer was small.
    if (!fd && err == ENOSPC && level != 0 && size < options.log_size_max) {
      const uint64_t want = std::max<uint64_t>(uint64_t(size) * 4, uint64_t(true_size) + 1);
      size = uint32_t(std::min<uint64_t>(want, options.log_size_max));
      continue;
    }
    if (level != 0) log_out.assign(buf.data(), strnlen(buf.data(), buf.size()));
    if (fd) return fd;
    // Without a log, a refusal is loaded again with one (level 1) so the error can say why.
    if (level == 0 && err != ENOSPC && err != EPERM && err != E2BIG && err != ENOMEM) {
      level = 1;
      continue;
    }
    return fd;
  }
}

}  // namespace bpfkit
