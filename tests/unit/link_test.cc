// link_program: subprogram layout, call and callback offsets, map / global data / .kconfig references, func_info
// and line_info; and, where bpf() is allowed, the linked instructions against what libbpf loads into the kernel
// (bpf_program__insns after bpf_object__load), instruction by instruction. libbpf puts map fds where bpfkit puts
// map indexes, so those imms are compared by the name of the map they stand for.
//
// bpfkit headers come first: <linux/bpf.h> (through libbpf) defines BPF_ANY and friends as macros.
#include "bpfkit/link.h"
#include "bpfkit/object.h"
#include "support/kernel_refusal.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit {
namespace {

std::string object_path(const std::string& name) { return std::string(BPFKIT_BINARY_DIR "/bpf/") + name + ".o"; }

ObjectSpec open_or_die(const std::string& name) {
  auto obj = ObjectSpec::open(object_path(name));
  if (!obj) ADD_FAILURE() << obj.error().to_string();
  return obj ? std::move(*obj) : ObjectSpec{};
}

LinkedProgram link_or_die(const ObjectSpec& obj, std::string_view name) {
  const ProgramSpec* p = obj.program(name);
  if (p == nullptr) {
    ADD_FAILURE() << "no program " << name;
    return {};
  }
  auto linked = link_program(obj, *p);
  if (!linked) ADD_FAILURE() << linked.error().to_string();
  return linked ? std::move(*linked) : LinkedProgram{};
}

std::vector<std::string> function_names(const LinkedProgram& l) {
  std::vector<std::string> out;
  for (const LinkedFunction& f : l.functions) out.push_back(f.spec->name);
  return out;
}

// Every BPF-to-BPF call and function reference lands on the first instruction of a linked function.
void expect_calls_resolved(const LinkedProgram& l) {
  std::map<size_t, std::string> starts;
  for (const LinkedFunction& f : l.functions) starts[f.insn] = f.spec->name;
  for (size_t i = 0; i < l.insns.size(); ++i) {
    const Insn& in = l.insns[i];
    bool call = in.opcode == (op::JMP | op::CALL) && in.src == op::PSEUDO_CALL;
    bool ref = is_ld_imm64(in) && in.src == op::PSEUDO_FUNC;
    if (!call && !ref) continue;
    int64_t target = int64_t(i) + in.imm + 1;
    EXPECT_TRUE(starts.count(size_t(target))) << "insn " << i << " goes to " << target;
  }
}

// func_info names each function at its first instruction, with its BTF FUNC; line_info is sorted and in range.
void expect_ext_info_consistent(const ObjectSpec& obj, const LinkedProgram& l) {
  ASSERT_NE(obj.btf(), nullptr);
  ASSERT_EQ(l.func_info.size(), l.functions.size());
  for (size_t i = 0; i < l.functions.size(); ++i) {
    EXPECT_EQ(l.func_info[i].insn, l.functions[i].insn);
    EXPECT_EQ(l.func_info[i].name, l.functions[i].spec->name);
    const btf::Type* t = obj.btf()->type(l.func_info[i].type_id);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->kind, btf::Kind::Func);
    EXPECT_EQ(t->name, l.functions[i].spec->name);
  }
  EXPECT_FALSE(l.line_info.empty());
  for (size_t i = 0; i < l.line_info.size(); ++i) {
    EXPECT_LT(l.line_info[i].insn, l.insns.size());
    if (i > 0) {
      EXPECT_LE(l.line_info[i - 1].insn, l.line_info[i].insn);
    }
  }
  for (const LinkedFunction& f : l.functions)  // clang starts each function with a line record
    EXPECT_TRUE(std::any_of(l.line_info.begin(), l.line_info.end(),
                            [&](const LinkedLineInfo& li) { return li.insn == f.insn; }))
        << f.spec->name;
}

TEST(Link, SubprogramsAreAppendedDepthFirst) {
  ObjectSpec obj = open_or_die("obj_calls");
  LinkedProgram a = link_or_die(obj, "calls_a");
  EXPECT_EQ(function_names(a), (std::vector<std::string>{"calls_a", "mid_a", "leaf", "bump"}));
  // calls_c reaches leaf through mid_c first and through mid_a later: it is appended once, where mid_c needs it.
  LinkedProgram c = link_or_die(obj, "calls_c");
  EXPECT_EQ(function_names(c),
            (std::vector<std::string>{"calls_c", "top_c", "mid_c", "leaf", "mid_a", "global_mix", "bump"}));
  size_t total = 0;
  for (const LinkedFunction& f : c.functions) {
    EXPECT_EQ(f.insn, total);
    EXPECT_TRUE(std::equal(f.spec->insns.begin(), f.spec->insns.end() - 1, c.insns.begin() + f.insn,
                           [](const Insn& x, const Insn& y) { return x.opcode == y.opcode && x.dst == y.dst; }));
    total += f.spec->insns.size();
  }
  EXPECT_EQ(total, c.insns.size());
  expect_calls_resolved(a);
  expect_calls_resolved(c);
  expect_ext_info_consistent(obj, a);
  expect_ext_info_consistent(obj, c);
  EXPECT_EQ(c.spec, obj.program("calls_c"));
  EXPECT_EQ(c.core_relos, 0u);
}

TEST(Link, CallbacksArePseudoFuncReferences) {
  ObjectSpec obj = open_or_die("obj_calls");
  LinkedProgram l = link_or_die(obj, "calls_loop");
  std::vector<std::string> callbacks;
  std::map<size_t, std::string> starts;
  for (const LinkedFunction& f : l.functions) starts[f.insn] = f.spec->name;
  for (size_t i = 0; i < l.insns.size(); ++i)
    if (is_ld_imm64(l.insns[i]) && l.insns[i].src == op::PSEUDO_FUNC)
      callbacks.push_back(starts[size_t(int64_t(i) + l.insns[i].imm + 1)]);
  EXPECT_EQ(callbacks, (std::vector<std::string>{"sum_cb", "stop_cb"}));
  // stop_cb calls leaf, so leaf follows it.
  EXPECT_EQ(function_names(l), (std::vector<std::string>{"calls_loop", "sum_cb", "stop_cb", "leaf", "bump"}));
  expect_calls_resolved(l);
  expect_ext_info_consistent(obj, l);
}

TEST(Link, MapReferences) {
  ObjectSpec obj = open_or_die("obj_calls");
  LinkedProgram l = link_or_die(obj, "calls_tc");
  ASSERT_EQ(l.map_refs.size(), 1u);  // in bump, reached through the call
  const MapReference& r = l.map_refs[0];
  EXPECT_FALSE(r.value);
  EXPECT_EQ(obj.maps()[r.map].name, "call_counters");
  EXPECT_EQ(l.insns[r.insn].src, op::PSEUDO_MAP_FD);
  EXPECT_EQ(l.insns[r.insn].imm, int32_t(r.map));
  size_t bump = 0;
  for (const LinkedFunction& f : l.functions)
    if (f.spec->name == "bump") bump = f.insn;
  EXPECT_GT(r.insn, bump);
}

TEST(Link, GlobalDataReferences) {
  ObjectSpec obj = open_or_die("obj_data");
  LinkedProgram l = link_or_die(obj, "data_prog");
  std::set<std::string> maps;
  for (const MapReference& r : l.map_refs) {
    EXPECT_TRUE(r.value);
    const Insn& first = l.insns[r.insn];
    EXPECT_EQ(first.src, op::PSEUDO_MAP_VALUE);
    EXPECT_EQ(first.imm, int32_t(r.map));
    EXPECT_EQ(uint32_t(l.insns[r.insn + 1].imm), r.offset);
    const MapDefinition& m = obj.maps()[r.map];
    EXPECT_LT(r.offset, m.spec.value_size);
    maps.insert(m.real_name);
    if (m.real_name == ".rodata.str1.1") {
      std::string text(m.initial_value.begin() + r.offset, m.initial_value.end());
      EXPECT_TRUE(text.starts_with("data %d\n") || text.starts_with("small %d\n")) << text;
    }
  }
  EXPECT_EQ(maps, (std::set<std::string>{".data", ".rodata", ".bss", ".data.custom", ".rodata.cfg", ".bss.big",
                                         ".rodata.str1.1"}));
  // A function-local static lives in .data like the others.
  LinkedProgram l2 = link_or_die(obj, "data_prog2");
  EXPECT_FALSE(l2.map_refs.empty());
}

TEST(Link, KconfigReferences) {
  ObjectSpec obj = open_or_die("obj_kconfig");
  LinkedProgram l = link_or_die(obj, "kconfig_prog");
  auto kc = obj.map_index(".kconfig");
  ASSERT_TRUE(kc);
  std::set<uint32_t> offsets;
  for (const MapReference& r : l.map_refs)
    if (r.map == *kc) offsets.insert(r.offset);
  std::set<uint32_t> expected;
  for (const KconfigExtern& e : obj.kconfig_externs()) expected.insert(e.offset);
  EXPECT_EQ(offsets, expected);
}

TEST(Link, CoreRelocationsAreCountedNotApplied) {
  auto obj = ObjectSpec::open(object_path("btf_types"));
  ASSERT_TRUE(obj) << obj.error().to_string();
  size_t core = 0;
  for (const ProgramSpec& p : obj->programs()) {
    auto l = link_program(*obj, p);
    ASSERT_TRUE(l) << l.error().to_string();
    core += l->core_relos;
    EXPECT_EQ(l->insns.size() >= p.insns.size(), true);
  }
  EXPECT_GT(core, 0u);
}

TEST(Link, EveryProgramOfEveryTestObjectLinks) {
  for (const char* name : {"obj_progs", "obj_calls", "obj_data", "obj_kconfig", "obj_mim", "obj_maps", "obj_legacy",
                           "obj_legacy_ext", "cli_example", "isa_alu", "isa_mem"}) {
    auto obj = ObjectSpec::open(object_path(name));
    ASSERT_TRUE(obj) << name << ": " << obj.error().to_string();
    for (const ProgramSpec& p : obj->programs()) {
      auto l = link_program(*obj, p);
      ASSERT_TRUE(l) << l.error().to_string();
      EXPECT_TRUE(validate_program(l->insns)) << name << " " << p.name;
      expect_calls_resolved(*l);
    }
  }
}

TEST(Link, RejectsAForeignProgram) {
  ObjectSpec obj = open_or_die("obj_calls");
  ProgramSpec stray = *obj.program("calls_a");
  auto l = link_program(obj, stray);
  ASSERT_FALSE(l);
  EXPECT_EQ(l.error().program, "calls_a");
  auto sub = link_program(obj, obj.subprograms()[0]);
  EXPECT_FALSE(sub);
}

#ifdef BPFKIT_HAVE_LIBBPF

struct Loaded {
  bpf_object* obj = nullptr;
  int err = 0;
  std::string log;
  Loaded(const std::string& path, const char* kconfig) {
    testing::LibbpfLogCapture capture(&log);
    LIBBPF_OPTS(bpf_object_open_opts, opts, .kconfig = kconfig);
    obj = bpf_object__open_file(path.c_str(), &opts);
    if (libbpf_get_error(obj)) {
      err = int(libbpf_get_error(obj));
      obj = nullptr;
    } else {
      err = bpf_object__load(obj);
    }
  }
  ~Loaded() { bpf_object__close(obj); }

  // The failed load as classify_refusal sees it.
  testing::KernelFailure failure() const {
    testing::KernelFailure f;
    f.err = -err;
    f.log = log;
    if (obj == nullptr) return f;
    bpf_program* p;
    bpf_object__for_each_program(p, obj) {
      f.prog_types.push_back(uint32_t(bpf_program__type(p)));
      const uint32_t at = uint32_t(bpf_program__expected_attach_type(p));
      if (at != 0 && !f.attach_type) f.attach_type = at;
    }
    bpf_map* m;
    bpf_object__for_each_map(m, obj) f.map_types.push_back(uint32_t(bpf_map__type(m)));
    return f;
  }
};

// The name of the libbpf map whose fd is this imm.
std::string map_name_by_fd(bpf_object* obj, int fd) {
  bpf_map* m;
  bpf_object__for_each_map(m, obj) if (bpf_map__fd(m) == fd) return bpf_map__name(m);
  return "<no map with fd " + std::to_string(fd) + ">";
}

void compare_with_libbpf_load(const char* name, const char* kconfig = nullptr) {
  SCOPED_TRACE(name);
  Loaded ref(object_path(name), kconfig);
  if (ref.err == -EPERM || ref.err == -EACCES) GTEST_SKIP() << "bpf() not permitted: libbpf load gives " << ref.err;
  ASSERT_NE(ref.obj, nullptr) << "libbpf cannot open " << name;
  // A kernel lacking a feature the object needs: nothing to compare with (bpfkit's linking is checked by the Link
  // tests above).
  if (ref.err != 0 && testing::skip_for_kernel_refusal(ref.failure(), {})) return;
  ASSERT_EQ(ref.err, 0) << "libbpf cannot load " << name << ":\n" << ref.log;
  ObjectSpec obj = open_or_die(name);
  int compared = 0;
  bpf_program* prog;
  bpf_object__for_each_program(prog, ref.obj) {
    if (!bpf_program__autoload(prog)) continue;
    SCOPED_TRACE(bpf_program__name(prog));
    LinkedProgram l = link_or_die(obj, bpf_program__name(prog));
    const bpf_insn* theirs = bpf_program__insns(prog);
    ASSERT_EQ(l.insns.size(), bpf_program__insn_cnt(prog));
    std::map<size_t, const MapReference*> refs;
    for (const MapReference& r : l.map_refs) refs[r.insn] = &r;
    for (size_t i = 0; i < l.insns.size(); ++i) {
      const Insn& ours = l.insns[i];
      const bpf_insn& t = theirs[i];
      EXPECT_EQ(ours.opcode, t.code) << "insn " << i;
      EXPECT_EQ(ours.dst, t.dst_reg) << "insn " << i;
      EXPECT_EQ(ours.src, t.src_reg) << "insn " << i;
      EXPECT_EQ(ours.off, t.off) << "insn " << i;
      bool map_imm = is_ld_imm64(ours) && (ours.src == op::PSEUDO_MAP_FD || ours.src == op::PSEUDO_MAP_VALUE);
      if (!map_imm) {
        EXPECT_EQ(ours.imm, t.imm) << "insn " << i;
        continue;
      }
      ASSERT_TRUE(refs.count(i)) << "insn " << i << " has no MapReference";
      EXPECT_EQ(obj.maps()[refs[i]->map].name, map_name_by_fd(ref.obj, t.imm)) << "insn " << i;
      ++i;  // the second slot: the value offset, compared as is
      EXPECT_EQ(l.insns[i].imm, theirs[i].imm) << "insn " << i;
      EXPECT_EQ(l.insns[i].opcode, theirs[i].code) << "insn " << i;
    }
    expect_ext_info_consistent(obj, l);
    ++compared;
  }
  EXPECT_GT(compared, 0);
}

TEST(LinkLibbpf, Calls) { compare_with_libbpf_load("obj_calls"); }
TEST(LinkLibbpf, GlobalData) { compare_with_libbpf_load("obj_data"); }
TEST(LinkLibbpf, Kconfig) {
  compare_with_libbpf_load("obj_kconfig",
                           "CONFIG_OBJ_BOOL=y\nCONFIG_OBJ_TRI=m\nCONFIG_OBJ_INT=42\nCONFIG_OBJ_CHAR=y\n"
                           "CONFIG_OBJ_STR=\"hello\"\nCONFIG_OBJ_U64=123456789012\nCONFIG_OBJ_SHORT=-5\n");
}
TEST(LinkLibbpf, MapInMapAndTailCalls) { compare_with_libbpf_load("obj_mim"); }

// The initial slots of __array maps: what libbpf writes into the kernel maps at load is what initial_slots says.
TEST(LinkLibbpf, InitialSlotsMatchTheKernelMaps) {
  Loaded ref(object_path("obj_mim"), nullptr);
  if (ref.err == -EPERM || ref.err == -EACCES) GTEST_SKIP() << "bpf() not permitted";
  ASSERT_NE(ref.obj, nullptr);
  ASSERT_EQ(ref.err, 0);
  ObjectSpec obj = open_or_die("obj_mim");
  auto id_of_map = [&](const std::string& name) {
    bpf_map_info info{};
    uint32_t len = sizeof(info);
    EXPECT_EQ(bpf_obj_get_info_by_fd(bpf_map__fd(bpf_object__find_map_by_name(ref.obj, name.c_str())), &info, &len),
              0);
    return info.id;
  };
  auto id_of_prog = [&](const std::string& name) {
    bpf_prog_info info{};
    uint32_t len = sizeof(info);
    EXPECT_EQ(bpf_obj_get_info_by_fd(bpf_program__fd(bpf_object__find_program_by_name(ref.obj, name.c_str())), &info,
                                     &len),
              0);
    return info.id;
  };
  int checked = 0;
  for (const MapDefinition& m : obj.maps()) {
    if (m.initial_slots.empty()) continue;
    int fd = bpf_map__fd(bpf_object__find_map_by_name(ref.obj, m.name.c_str()));
    std::map<uint32_t, std::string> expected;
    for (const auto& s : m.initial_slots) expected[s.index] = s.target;
    for (uint32_t key = 0; key < m.spec.max_entries; ++key) {
      uint32_t value = 0;
      int err = bpf_map_lookup_elem(fd, &key, &value);
      auto it = expected.find(key);
      if (it == expected.end()) {
        EXPECT_NE(err, 0) << m.name << "[" << key << "] should be empty";
        continue;
      }
      ASSERT_EQ(err, 0) << m.name << "[" << key << "]";
      uint32_t want = m.spec.type == MapType::ProgArray ? id_of_prog(it->second) : id_of_map(it->second);
      EXPECT_EQ(value, want) << m.name << "[" << key << "] -> " << it->second;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 5);
}

#endif  // BPFKIT_HAVE_LIBBPF

}  // namespace
}  // namespace bpfkit
