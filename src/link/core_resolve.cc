// CO-RE for a whole object (libbpf.c's bpf_object__relocate_core, bpf_core_resolve_relo, bpf_core_find_cands and
// relo_core.c's bpf_core_calc_relo_insn): the target BTF, candidate lists cached per local type and narrowed as
// relocations match, and one CorePatch per relocated instruction.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>

#include <fmt/format.h>

#include "bpfkit/elf.h"
#include "bpfkit/file.h"
#include "bpfkit/module_btf.h"
#include "link/core_internal.h"

namespace bpfkit {
namespace {

using core_detail::ReloResult;
using core_detail::Spec;

struct Candidate {
  const btf::Btf* btf = nullptr;
  btf::TypeId id = 0;
};

struct CachedBtf {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::shared_ptr<const btf::Btf> btf;
};

bool has_core_relos(const ObjectSpec& obj) {
  if (obj.btf_ext() == nullptr) return false;
  for (const auto& sec : obj.btf_ext()->core_relos())
    if (!sec.records.empty()) return true;
  return false;
}

class Resolver {
 public:
  Resolver(const ObjectSpec& obj, const btf::Btf& target, std::string target_name,
           std::function<Expected<const std::vector<btf::ModuleBtf>*>()> modules = {})
      : obj_(obj), local_(*obj.btf()), target_(target), target_name_(std::move(target_name)),
        modules_(std::move(modules)) {}

  Expected<void> run(std::map<const ProgramSpec*, std::vector<CorePatch>>& out, size_t& count) {
    // Loaded programs first, in libbpf's order; then the others, so they cannot change what loaded ones get.
    for (bool autoload_pass : {true, false}) {
      for (const auto& sec : obj_.btf_ext()->core_relos()) {
        const ElfSection* es = obj_.elf().section_by_name(sec.name);
        for (size_t i = 0; i < sec.records.size(); ++i) {
          const btf::CoreRelo& rec = sec.records[i];
          const ProgramSpec* f = es != nullptr ? function_at(es->index, rec.insn_off / 8) : nullptr;
          if (f == nullptr) continue;  // a weak subprogram the static linker dropped, as libbpf skips it
          if (is_autoload(*f) != autoload_pass) continue;
          auto patch = resolve_one(sec.name, i, rec, *f);
          if (!patch) return std::move(patch).error();
          out[f].push_back(std::move(*patch));
          ++count;
        }
      }
    }
    for (auto& [f, list] : out)
      std::stable_sort(list.begin(), list.end(), [](const CorePatch& a, const CorePatch& b) { return a.insn < b.insn; });
    return {};
  }

 private:
  const ProgramSpec* function_at(uint32_t section_index, uint64_t insn) const {
    auto in = [&](const ProgramSpec& p) {
      return p.section_index == section_index && insn >= p.insn_offset && insn < p.insn_offset + p.insns.size();
    };
    for (const ProgramSpec& p : obj_.programs())
      if (in(p)) return &p;
    for (const ProgramSpec& p : obj_.subprograms())
      if (in(p)) return &p;
    return nullptr;
  }

  static bool is_autoload(const ProgramSpec& f) { return f.is_subprogram || f.autoload; }

  Error fail(const ProgramSpec& f, size_t insn, size_t relo_idx, std::string message) const {
    return make_error(fmt::format("CO-RE relocation #{}: {}", relo_idx, message))
        .in_object(obj_.path())
        .in_program(f.name)
        .at_insn(int64_t(insn));
  }

  // bpf_core_find_cands: target types of a compatible kind whose name matches up to the flavour; vmlinux's, and
  // only when vmlinux has none, those of every module's own types (bpf_core_add_cands from btf__type_cnt(vmlinux)).
  Expected<std::vector<Candidate>*> candidates(btf::TypeId local_id, const btf::Type& local_t) {
    auto it = cache_.find(local_id);
    if (it != cache_.end()) return &it->second;
    std::vector<Candidate>& list = cache_[local_id];
    const size_t len = core_detail::essential_name_len(local_t.name);
    const std::string_view essential = std::string_view(local_t.name).substr(0, len);
    auto add = [&](const btf::Btf& btf, btf::TypeId first) {
      const auto types = btf.types();
      for (btf::TypeId id = std::max<btf::TypeId>(first, 1); id < types.size(); ++id) {
        const btf::Type& t = types[id];
        if (!core_detail::kinds_core_compat(t, local_t) || t.name.empty()) continue;
        if (core_detail::essential_name_len(t.name) != len || std::string_view(t.name).substr(0, len) != essential)
          continue;
        list.push_back(Candidate{&btf, t.id});
      }
    };
    add(target_, 1);
    if (list.empty() && modules_) {
      auto modules = modules_();
      if (!modules) return std::move(modules).error();
      for (const btf::ModuleBtf& m : **modules) add(*m.btf, m.first_id);
    }
    return &list;
  }

  std::string source_line(const std::string& section, uint32_t insn_off) const {
    const auto* lines = obj_.btf_ext()->line_info(section);
    if (lines == nullptr) return {};
    const btf::LineInfo* best = nullptr;
    for (const btf::LineInfo& l : lines->records)
      if (l.insn_off <= insn_off && (best == nullptr || l.insn_off >= best->insn_off)) best = &l;
    if (best == nullptr) return {};
    std::string file = best->file_name;
    if (auto slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
    std::string text = best->line;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.erase(text.begin());
    return fmt::format(" at {}:{}: {}", file, best->line_num, text);
  }

  Expected<CorePatch> resolve_one(const std::string& section, size_t relo_idx, const btf::CoreRelo& rec,
                                  const ProgramSpec& f) {
    const size_t idx = rec.insn_off / 8 - f.insn_offset;
    const btf::Type* local_t = local_.type(rec.type_id);
    if (local_t == nullptr) return fail(f, idx, relo_idx, fmt::format("local type [{}] out of range", rec.type_id));
    const char* kind_name = btf::core_relo_kind_name(rec.kind);

    Spec local;
    if (int err = core_detail::parse_spec(local_, rec.type_id, rec.access_str, rec.kind, local); err != 0)
      return fail(f, idx, relo_idx,
                  fmt::format("parsing [{}] {} {} + {} failed: {}", rec.type_id, btf::kind_name(local_t->kind),
                              local_t->name.empty() ? "<anon>" : local_t->name, rec.access_str, std::strerror(-err)));
    const std::string what = fmt::format("{} {} ({})", kind_name, core_detail::describe_spec(local), rec.access_str);

    ReloResult res;
    std::string failure;
    if (rec.kind == btf::CoreReloKind::TypeIdLocal) {
      // Needs no target: the local id, not checked against the instruction (linking may renumber types).
      res.validate = false;
      res.orig_val = res.new_val = local.root_type_id;
    } else {
      if (local_t->name.empty())
        return fail(f, idx, relo_idx, fmt::format("{}: target candidate search failed for anonymous [{}] {}", what,
                                                   rec.type_id, btf::kind_name(local_t->kind)));
      auto found = candidates(rec.type_id, *local_t);
      if (!found) return std::move(found).error();
      std::vector<Candidate>& cands = **found;
      Spec cand_spec, targ_spec;
      ReloResult cand_res;
      size_t kept = 0;
      for (size_t i = 0; i < cands.size(); ++i) {
        int m = core_detail::spec_match(local, *cands[i].btf, cands[i].id, cand_spec);
        if (m < 0)
          return fail(f, idx, relo_idx,
                      fmt::format("{}: error matching candidate #{} [{}]: {}", what, i, cands[i].id,
                                  std::strerror(-m)));
        if (m == 0) continue;
        if (int err = core_detail::calc_relo(local, &cand_spec, cand_res, failure); err != 0)
          return fail(f, idx, relo_idx, fmt::format("{}: {}", what, failure.empty() ? std::strerror(-err) : failure));
        if (kept == 0) {
          res = cand_res;
          targ_spec = cand_spec;
        } else if (cand_spec.bit_offset != targ_spec.bit_offset) {
          return fail(f, idx, relo_idx, fmt::format("{}: field offset ambiguity: {} != {}", what,
                                                     cand_spec.bit_offset, targ_spec.bit_offset));
        } else if (cand_res.poison != res.poison || cand_res.new_val != res.new_val) {
          return fail(f, idx, relo_idx,
                      fmt::format("{}: relocation decision ambiguity: {} {} != {} {}", what,
                                  cand_res.poison ? "failure" : "success", cand_res.new_val,
                                  res.poison ? "failure" : "success", res.new_val));
        }
        cands[kept++] = cands[i];
      }
      // Later relocations of the same local type see only the candidates that matched, if any did.
      if (kept > 0) cands.resize(kept);
      if (kept == 0) {
        if (int err = core_detail::calc_relo(local, nullptr, res, failure); err != 0)
          return fail(f, idx, relo_idx, fmt::format("{}: {}", what, failure.empty() ? std::strerror(-err) : failure));
      }
    }

    CorePatch patch;
    patch.insn = idx;
    patch.kind = rec.kind;
    const size_t avail = std::min<size_t>(2, f.insns.size() - idx);
    patch.value[0] = f.insns[idx];
    if (avail > 1) patch.value[1] = f.insns[idx + 1];
    const bool was_wide = is_ld_imm64(patch.value[0]);
    if (int err = core_detail::patch_insn(patch.value, avail, res, failure); err != 0)
      return fail(f, idx, relo_idx, fmt::format("{}: failed to patch insn: {}", what, failure));
    patch.wide = was_wide && avail > 1;
    patch.poisoned = patch.value[0].opcode == (op::JMP | op::CALL) && patch.value[0].imm == kPoisonedCallImm &&
                     (res.poison || res.fail_memsz_adjust);
    patch.description = fmt::format("CO-RE relocation #{}: {} cannot be resolved against {}{}", relo_idx, what,
                                    target_name_, source_line(section, rec.insn_off));
    return patch;
  }

  const ObjectSpec& obj_;
  const btf::Btf& local_;
  const btf::Btf& target_;
  std::string target_name_;
  std::function<Expected<const std::vector<btf::ModuleBtf>*>()> modules_;  // loaded on the first vmlinux miss
  std::map<btf::TypeId, std::vector<Candidate>> cache_;
};

}  // namespace

Expected<std::shared_ptr<const btf::Btf>> read_target_btf(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, CachedBtf> cache;
  struct stat st {};
  const bool have_stat = ::stat(path.c_str(), &st) == 0;
  const int64_t mtime = have_stat ? int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec : 0;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(path);
    // sysfs files report size 4096 or the real size and never change while the kernel runs; regular files are
    // re-read when they change.
    if (it != cache.end() && have_stat && it->second.size == int64_t(st.st_size) && it->second.mtime_ns == mtime)
      return it->second.btf;
  }
  auto bytes = read_input_file(path);
  if (!bytes) return make_error(fmt::format("target BTF '{}': {}", path, bytes.error().message))
                  .with_errno(bytes.error().error_number);
  Expected<btf::Btf> parsed = make_error("");
  if (ElfFile::has_elf_magic(*bytes)) {
    auto elf = ElfFile::parse(std::move(*bytes), path);
    if (!elf) return make_error(fmt::format("target BTF '{}': {}", path, elf.error().message));
    const ElfSection* sec = elf->section_by_name(".BTF");
    if (sec == nullptr) return make_error(fmt::format("target BTF '{}': ELF file has no .BTF section", path));
    parsed = btf::Btf::parse(sec->data);
  } else {
    parsed = btf::Btf::parse(*bytes);
  }
  if (!parsed) return make_error(fmt::format("target BTF '{}': {}", path, parsed.error().message));
  auto shared = std::make_shared<const btf::Btf>(std::move(*parsed));
  if (have_stat) {
    std::lock_guard<std::mutex> lock(mu);
    cache[path] = CachedBtf{int64_t(st.st_size), mtime, shared};
  }
  return shared;
}

Expected<CoreRelocations> CoreRelocations::resolve(const ObjectSpec& obj, const CoreOptions& options) {
  if (!has_core_relos(obj)) return CoreRelocations{};
  std::string path = options.btf_path.value_or(kVmlinuxBtfPath);
  auto target = read_target_btf(path);
  if (!target) {
    if (!options.btf_path)
      return make_error(fmt::format("failed to find valid kernel BTF ({})", target.error().message))
          .in_object(obj.path())
          .with_errno(ESRCH);
    return std::move(target).error().in_object(obj.path());
  }
  const std::string module_dir = btf::module_btf_dir_of(path);
  if (module_dir.empty()) return resolve(obj, target->get(), options.btf_path ? path : std::string("vmlinux"));
  CoreRelocations out;
  if (obj.btf() == nullptr) return make_error("CO-RE relocations without .BTF").in_object(obj.path());
  std::optional<std::vector<btf::ModuleBtf>> modules;
  std::shared_ptr<const btf::Btf> vmlinux = *target;
  auto load_modules = [&]() -> Expected<const std::vector<btf::ModuleBtf>*> {
    if (!modules) {
      auto m = btf::load_module_btfs(vmlinux, module_dir);
      if (!m) return std::move(m).error().in_object(obj.path());
      modules = std::move(*m);
    }
    return &*modules;
  };
  Resolver r(obj, *vmlinux, options.btf_path ? path : std::string("vmlinux"), load_modules);
  if (auto ok = r.run(out.patches_, out.count_); !ok) return std::move(ok).error();
  return out;
}

Expected<CoreRelocations> CoreRelocations::resolve(const ObjectSpec& obj, const btf::Btf* target,
                                                   std::string target_name) {
  CoreRelocations out;
  if (!has_core_relos(obj)) return out;
  if (target == nullptr) return make_error("CO-RE relocations need a target BTF").in_object(obj.path());
  if (obj.btf() == nullptr) return make_error("CO-RE relocations without .BTF").in_object(obj.path());
  Resolver r(obj, *target, std::move(target_name));
  if (auto ok = r.run(out.patches_, out.count_); !ok) return std::move(ok).error();
  return out;
}

std::span<const CorePatch> CoreRelocations::patches(const ProgramSpec& function) const {
  auto it = patches_.find(&function);
  if (it == patches_.end()) return {};
  return it->second;
}

}  // namespace bpfkit
