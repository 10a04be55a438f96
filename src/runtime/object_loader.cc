// UserspaceObject::load: bpf_object__load, into bpfkit's maps and engine.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "bpfkit/helper_protos.h"
#include "bpfkit/runtime.h"
#include "bpfkit/kfuncs.h"
#include "runtime/kconfig.h"
#include "runtime/ksyms.h"

namespace bpfkit {
namespace {
// BPF_F_XDP_HAS_FRAGS, part of a prog array owner as in the kernel.
bool has_frags(const ProgramSpec& p) { return p.section_def != nullptr && p.section_def->xdp_frags; }
}  // namespace

struct ObjectLoader {
  UserspaceObject& obj;
  const LoadOptions& options;

  Error error(std::string message) const { return make_error(std::move(message)).in_object(obj.spec_.path()); }

  // The name the kernel would get: BPF_OBJ_NAME_LEN (16) with the NUL, characters outside [A-Za-z0-9_.] replaced,
  // as libbpf sanitizes names before BPF_MAP_CREATE.
  static std::string kernel_object_name(std::string_view name) {
    std::string out(name.substr(0, 15));
    for (char& c : out)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') c = '_';
    return out;
  }

  Expected<void> create_maps() {
    const ObjectSpec& spec = obj.spec_;
    for (const MapDefinition& def : spec.maps()) {
      MapSpec ms = def.spec;
      ms.name = kernel_object_name(def.name);
      // libbpf sizes a perf event array without max_entries to the possible CPUs, one ring per CPU.
      if (ms.type == MapType::PerfEventArray && ms.max_entries == 0) ms.max_entries = num_possible_cpus();
      ms.btf_key_type_id = def.btf_key_type_id;
      ms.btf_value_type_id = def.btf_value_type_id;
      // A type bpfkit cannot model does not fail the object: only the programs that use the map fail.
      const auto type_no = static_cast<uint32_t>(ms.type);
      if (type_no != 0 && type_no <= static_cast<uint32_t>(MapType::Arena) && !map_type_supported(ms.type)) {
        obj.maps_.push_back(std::shared_ptr<Map>(create_unsupported_map(ms)));
        continue;
      }
      auto map = create_map(ms, obj.memory_);
      if (!map) return error(fmt::format("map '{}': {}", def.name, map.error().message)).with_errno(map.error().error_number);
      obj.maps_.push_back(std::shared_ptr<Map>(std::move(*map)));
    }
    return {};
  }

  Expected<void> fill_internal_maps() {
    const ObjectSpec& spec = obj.spec_;
    for (size_t i = 0; i < spec.maps().size(); ++i) {
      const MapDefinition& def = spec.maps()[i];
      if (def.origin == MapOrigin::Btf || def.origin == MapOrigin::Legacy) continue;
      // A new array is all zeroes already: .bss has nothing to write unless set_initial_value gave it bytes.
      if (def.origin == MapOrigin::Bss && def.initial_value.empty()) continue;
      std::vector<uint8_t> value = def.initial_value;
      value.resize(obj.maps_[i]->value_size(), 0);
      if (def.origin == MapOrigin::Kconfig) {
        auto filled = runtime::fill_kconfig(spec, options, value);
        if (!filled) return error(filled.error().message).with_errno(filled.error().error_number);
        obj.kconfig_value_ = value;  // frozen, as libbpf freezes it: the verifier reads it as constants
      }
      const uint32_t key = 0;
      if (int err = obj.maps_[i]->update_elem(&key, value.data(), BPF_ANY); err != 0)
        return error(fmt::format("map '{}': initial value: {}", def.name, std::strerror(-err))).with_errno(-err);
    }
    return {};
  }

  Expected<void> fill_map_in_map_slots() {
    const ObjectSpec& spec = obj.spec_;
    for (size_t i = 0; i < spec.maps().size(); ++i) {
      const MapDefinition& def = spec.maps()[i];
      auto* outer = dynamic_cast<MapOfMaps*>(obj.maps_[i].get());
      if (outer == nullptr) continue;
      for (const MapDefinition::InitialSlot& slot : def.initial_slots) {
        auto target = spec.map_index(slot.target);
        if (!target) return error(fmt::format("map '{}': slot {} names unknown map '{}'", def.name, slot.index, slot.target));
        const uint32_t key = slot.index;
        if (int err = outer->update_map(&key, obj.maps_[*target], BPF_ANY); err != 0)
          return error(fmt::format("map '{}': slot {} <- '{}': {}", def.name, slot.index, slot.target,
                                   std::strerror(-err)))
              .with_errno(-err);
      }
    }
    return {};
  }

  // Prog arrays hold program handles: the index of the program in obj.programs_.
  Expected<void> fill_prog_array_slots() {
    const ObjectSpec& spec = obj.spec_;
    for (size_t i = 0; i < spec.maps().size(); ++i) {
      const MapDefinition& def = spec.maps()[i];
      if (def.spec.type != MapType::ProgArray) continue;
      for (const MapDefinition::InitialSlot& slot : def.initial_slots) {
        auto it = std::find_if(obj.programs_.begin(), obj.programs_.end(),
                               [&](const UserspaceObject::LoadedProgram& p) { return p.spec->name == slot.target; });
        if (it == obj.programs_.end() && obj.program_error(slot.target) != nullptr) continue;  // left out
        if (it == obj.programs_.end())
          return error(fmt::format("map '{}': slot {} names program '{}', which is not loaded", def.name, slot.index,
                                   slot.target));
        const uint32_t key = slot.index;
        const uint32_t handle = uint32_t(it - obj.programs_.begin());
        // libbpf fills the slots with bpf_map_update_elem after loading every program; the kernel refuses a
        // program whose type is not the array's owner's with EINVAL, and libbpf fails the object load.
        if (!obj.prog_map_compatible(i, handle))
          return error(fmt::format("map '{}': failed to initialize slot [{}] to prog '{}': {} (program type {}, but the "
                                   "prog array belongs to {} programs)",
                                   def.name, slot.index, slot.target, std::strerror(EINVAL),
                                   prog_type_name(it->spec->type),
                                   prog_type_name(obj.prog_array_owner_[i]->type)))
              .with_errno(EINVAL)
              .rejected();  // the kernel refuses this object's programs at load, as for a verifier rejection
        if (int err = obj.maps_[i]->update_elem(&key, &handle, BPF_ANY); err != 0)
          return error(fmt::format("map '{}': slot {} <- '{}': {}", def.name, slot.index, slot.target,
                                   std::strerror(-err)))
              .with_errno(-err);
      }
    }
    return {};
  }

  // The message for a program that refers to a map bpfkit cannot model, if it does.
  std::optional<std::string> unsupported_map_use(const LinkedProgram& linked) const {
    for (const MapReference& ref : linked.map_refs) {
      if (ref.map >= obj.maps_.size() || !map_is_unsupported(*obj.maps_[ref.map])) continue;
      return fmt::format("map '{}' of type {} is not supported in userspace", obj.spec_.maps()[ref.map].name,
                         map_type_name(obj.maps_[ref.map]->type()));
    }
    return std::nullopt;
  }

  std::vector<runtime::ResolvedKsym> ksyms;  // by index into spec.ksym_externs()

  // bpf_object__relocate_data for externs, userspace edition: a kfunc call gets bpfkit's id for the kfunc (or a
  // stub that fails the run naming it), an LD_IMM64 the symbol's userspace value (0 for a missing weak symbol).
  Expected<void> bind_externs(const LinkedProgram& linked, std::vector<Insn>& insns) {
    const ObjectSpec& spec = obj.spec_;
    for (const ExternReference& ref : linked.extern_refs) {
      if (ref.ext >= ksyms.size() || ref.insn >= insns.size())
        return error(fmt::format("extern reference #{} does not exist", ref.ext)).at_insn(int64_t(ref.insn));
      const KsymExtern& e = spec.ksym_externs()[ref.ext];
      const runtime::ResolvedKsym& r = ksyms[ref.ext];
      if (!ref.call) {
        if (ref.insn + 1 >= insns.size()) return error("extern LD_IMM64 is cut off").at_insn(int64_t(ref.insn));
        insns[ref.insn].imm = int32_t(uint32_t(r.addr));
        insns[ref.insn + 1].imm = int32_t(uint32_t(r.addr >> 32));
        continue;
      }
      std::optional<int32_t> id = r.found ? kfunc_id(e.name) : std::nullopt;
      if (!id) {
        std::string why = r.found ? fmt::format("kfunc '{}' is not implemented in bpfkit's userspace runtime", e.name)
                                  : fmt::format("call to kfunc '{}', a __weak extern the kernel does not have", e.name);
        id = bind_unavailable_kfunc(*obj.env_, std::move(why));
        if (!id) return error(fmt::format("kfunc '{}': more than {} unavailable kfuncs in one object", e.name,
                                          kMaxUnavailableKfuncs)).at_insn(int64_t(ref.insn));
      }
      insns[ref.insn].imm = *id;
    }
    return {};
  }

  Expected<void> resolve_externs() {
    const ObjectSpec& spec = obj.spec_;
    if (spec.ksym_externs().empty()) return {};
    auto resolved = runtime::resolve_ksyms(spec, options);
    if (!resolved) return std::move(resolved).error();
    ksyms = std::move(*resolved);
    // bpf_obj_new_impl sizes objects by the program's own BTF; spec_ outlives env_, so no ownership is needed.
    set_kfunc_btf(*obj.env_, std::shared_ptr<const btf::Btf>(std::shared_ptr<const btf::Btf>(), spec.btf()));
    return {};
  }

  Expected<void> load_programs() {
    const ObjectSpec& spec = obj.spec_;
    obj.programs_.reserve(spec.programs().size());
    auto core = CoreRelocations::resolve(spec, options.core);
    if (!core) return std::move(core).error();
    for (const ProgramSpec& prog : spec.programs()) {
      if (!prog.autoload) continue;
      auto linked = link_program(spec, prog, *core);
      if (!linked) return std::move(linked).error().in_object(spec.path());
      if (auto unsupported = unsupported_map_use(*linked)) {
        obj.failed_.emplace_back(prog.name, error(*unsupported).in_program(prog.name).with_errno(EOPNOTSUPP));
        continue;
      }
      std::vector<Insn> insns = linked->insns;
      for (const MapReference& ref : linked->map_refs) {
        if (ref.map >= obj.maps_.size())
          return error(fmt::format("map reference to map #{}, which does not exist", ref.map))
              .in_program(prog.name).at_insn(int64_t(ref.insn));
        if (!bind_map(insns, ref.insn, obj.maps_[ref.map].get(), ref.value, ref.offset))
          return error(fmt::format("cannot bind map '{}'{}", spec.maps()[ref.map].name,
                                   ref.value ? fmt::format(" value at offset {}", ref.offset) : ""))
              .in_program(prog.name).at_insn(int64_t(ref.insn));
      }
      if (auto ok = bind_externs(*linked, insns); !ok) return std::move(ok).error().in_program(prog.name);
      // The verifier's helper checks come before the engine's own: the kernel's wording and errno.
      if (auto ok = check_helper_calls(insns, prog.type, license_is_gpl_compatible(spec.license())); !ok)
        return std::move(ok).error().in_object(spec.path()).in_program(prog.name);
      auto table = obj.helpers_.find(prog.type);
      if (table == obj.helpers_.end()) {
        table = obj.helpers_.emplace(prog.type, standard_helpers(prog.type)).first;
        add_kfuncs(table->second);
      }
      // BPF_PROG_LOAD verifies before anything can run: a rejection fails the load, as in bpf_object__load.
      if (options.verify) {
        const VerifyResult verdict = verify(VerifierInput::from_linked(spec, *linked, obj.kconfig_value_), options.verifier);
        if (!verdict.accepted) return verdict.to_error().in_object(spec.path()).in_program(prog.name);
      }
      // bpf_check_tail_call at load: the first program that uses a prog array claims it for its type.
      for (const MapReference& ref : linked->map_refs)
        if (obj.maps_[ref.map]->type() == MapType::ProgArray && !obj.prog_array_owner_[ref.map])
          obj.prog_array_owner_[ref.map] = UserspaceObject::ProgArrayOwner{prog.type, has_frags(prog)};
      auto loaded = Program::load(std::move(insns), &table->second, linked->poisoned);
      if (!loaded) return std::move(loaded).error().in_object(spec.path()).in_program(prog.name);
      obj.programs_.push_back({&prog, std::move(*linked), std::move(*loaded)});
    }
    return {};
  }

  Expected<void> run() {
    obj.env_ = std::make_unique<HelperEnv>(options.helpers);
    if (options.memory_limit != 0) obj.memory_ = std::make_shared<MemoryBudget>(options.memory_limit);
    if (auto r = create_maps(); !r) return r;
    if (auto r = fill_internal_maps(); !r) return r;
    if (auto r = fill_map_in_map_slots(); !r) return r;
    for (auto& m : obj.maps_) obj.env_->add_map(m.get());
    if (auto r = resolve_externs(); !r) return r;
    obj.prog_array_owner_.resize(obj.maps_.size());
    if (auto r = load_programs(); !r) return r;
    if (auto r = fill_prog_array_slots(); !r) return r;
    obj.env_->set_tail_call_resolver([o = &obj](RunContext& ctx, uint64_t map_ref, uint32_t index) {
      return o->resolve_tail_call(ctx, map_ref, index);
    });
    return {};
  }
};

bool UserspaceObject::prog_map_compatible(size_t map, size_t prog) {
  if (map >= prog_array_owner_.size() || prog >= programs_.size()) return false;
  const ProgramSpec& p = *programs_[prog].spec;
  std::optional<ProgArrayOwner>& owner = prog_array_owner_[map];
  if (!owner) {
    owner = ProgArrayOwner{p.type, has_frags(p)};
    return true;
  }
  return owner->type == p.type && owner->xdp_has_frags == has_frags(p);
}

const Program* UserspaceObject::resolve_tail_call(RunContext& ctx, uint64_t map_ref, uint32_t index) const {
  const void* ptr = reinterpret_cast<const void*>(uintptr_t(map_ref));
  if (!env_->has_map(ptr)) {
    ctx.fail("bpf_tail_call: R2 is not a map");
    return nullptr;
  }
  auto* prog_array = dynamic_cast<const ProgArrayMap*>(static_cast<const Map*>(ptr));
  if (prog_array == nullptr) {
    ctx.fail(fmt::format("bpf_tail_call: map '{}' is not a prog_array", static_cast<const Map*>(ptr)->name()));
    return nullptr;
  }
  std::optional<uint32_t> handle = prog_array->prog_at(index);
  if (!handle || *handle >= programs_.size()) return nullptr;
  return &programs_[*handle].program;
}

Expected<std::unique_ptr<UserspaceObject>> UserspaceObject::load(ObjectSpec spec, LoadOptions options) {
  std::unique_ptr<UserspaceObject> obj(new UserspaceObject());
  obj->spec_ = std::move(spec);
  ObjectLoader loader{*obj, options};
  if (auto r = loader.run(); !r) return std::move(r).error();
  return obj;
}

UserspaceObject::~UserspaceObject() = default;

const UserspaceObject::LoadedProgram* UserspaceObject::program(std::string_view name) const {
  for (const LoadedProgram& p : programs_)
    if (p.spec->name == name) return &p;
  return nullptr;
}

const Error* UserspaceObject::program_error(std::string_view name) const {
  for (const auto& [prog, err] : failed_)
    if (prog == name) return &err;
  return nullptr;
}

Map* UserspaceObject::map(std::string_view name) const {
  auto index = spec_.map_index(name);
  return index ? maps_[*index].get() : nullptr;
}

Expected<TestRunResult> UserspaceObject::test_run(std::string_view name, const TestRunOptions& options) {
  const LoadedProgram* prog = nullptr;
  if (name.empty()) {
    if (programs_.empty()) return make_error("the object has no loaded program").in_object(spec_.path()).with_errno(ENOENT);
    prog = &programs_.front();
  } else {
    prog = program(name);
    if (prog == nullptr) {
      if (const Error* failed = program_error(name)) return *failed;
      const bool exists = spec_.program(name) != nullptr;
      return make_error(fmt::format("program '{}' {}", name, exists ? "is not loaded (autoload is off)" : "not found"))
          .in_object(spec_.path())
          .with_errno(ENOENT);
    }
  }
  auto result = bpfkit::test_run(prog->program, {prog->spec->type, prog->spec->expected_attach_type}, *env_, options);
  if (!result) return std::move(result).error().in_object(spec_.path()).in_program(prog->spec->name);
  return result;
}

}  // namespace bpfkit
