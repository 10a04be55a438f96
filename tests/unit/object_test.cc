// ObjectSpec against libbpf's bpf_object__open (libbpf is the reference): programs, section table, maps, internal
// maps and their initial values, object and internal map naming, .kconfig layout; plus what libbpf 1.x no longer
// opens (legacy maps), checked against hand-written expectations.
//
// bpfkit headers come first: <linux/bpf.h> (through libbpf) defines BPF_ANY and friends as macros.
#include "bpfkit/object.h"
#include "bpfkit/prog_type.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit {
namespace {

std::string object_path(const std::string& name) { return std::string(BPFKIT_BINARY_DIR "/bpf/") + name + ".o"; }

ObjectSpec open_or_die(const std::string& path) {
  auto obj = ObjectSpec::open(path);
  if (!obj) ADD_FAILURE() << obj.error().to_string();
  return obj ? std::move(*obj) : ObjectSpec{};
}

// --- the section table -------------------------------------------------------------------------------------------

struct SecCase {
  const char* name;
  ProgType type;
  uint32_t attach;
  bool sleepable = false;
};

TEST(SectionDefs, LookupFollowsLibbpfMatching) {
  const SecCase cases[] = {
      {"socket", ProgType::SocketFilter, 0},
      {"xdp", ProgType::Xdp, attach::Xdp},
      {"xdp.frags", ProgType::Xdp, attach::Xdp},
      {"xdp/devmap", ProgType::Xdp, attach::XdpDevmap},
      {"xdp.frags/devmap", ProgType::Xdp, attach::XdpDevmap},
      {"xdp.frags/cpumap", ProgType::Xdp, attach::XdpCpumap},
      {"tc", ProgType::SchedCls, 0},
      {"tc/ingress", ProgType::SchedCls, attach::TcxIngress},
      {"tcx/egress", ProgType::SchedCls, attach::TcxEgress},
      {"netkit/peer", ProgType::SchedCls, attach::NetkitPeer},
      {"classifier", ProgType::SchedCls, 0},
      {"action", ProgType::SchedAct, 0},
      {"kprobe", ProgType::Kprobe, 0},
      {"kprobe/do_unlinkat", ProgType::Kprobe, 0},
      {"kprobe/", ProgType::Kprobe, 0},
      {"kretprobe/x", ProgType::Kprobe, 0},
      {"uprobe.s/bin:f", ProgType::Kprobe, 0, true},
      {"uretprobe.s", ProgType::Kprobe, 0, true},
      {"kprobe.multi/vfs_*", ProgType::Kprobe, attach::TraceKprobeMulti},
      {"kprobe.session/f", ProgType::Kprobe, attach::TraceKprobeSession},
      {"uprobe.multi.s/p:f", ProgType::Kprobe, attach::TraceUprobeMulti, true},
      {"uprobe.session", ProgType::Kprobe, attach::TraceUprobeSession},
      {"usdt.s/a:b:c", ProgType::Kprobe, 0, true},
      {"ksyscall/openat", ProgType::Kprobe, 0},
      {"tracepoint/a/b", ProgType::Tracepoint, 0},
      {"tp/a/b", ProgType::Tracepoint, 0},
      {"raw_tp/sys_enter", ProgType::RawTracepoint, 0},
      {"raw_tp.w/x", ProgType::RawTracepointWritable, 0},
      {"tp_btf/sched_switch", ProgType::Tracing, attach::TraceRawTp},
      {"fentry/f", ProgType::Tracing, attach::TraceFentry},
      {"fexit.s/f", ProgType::Tracing, attach::TraceFexit, true},
      {"fmod_ret/f", ProgType::Tracing, attach::ModifyReturn},
      {"freplace/f", ProgType::Ext, 0},
      {"lsm/file_open", ProgType::Lsm, attach::LsmMac},
      {"lsm.s/file_open", ProgType::Lsm, attach::LsmMac, true},
      {"lsm_cgroup/socket_bind", ProgType::Lsm, attach::LsmCgroup},
      {"iter/task", ProgType::Tracing, attach::TraceIter},
      {"iter.s/task", ProgType::Tracing, attach::TraceIter, true},
      {"syscall", ProgType::Syscall, 0, true},
      {"sk_skb/stream_parser", ProgType::SkSkb, attach::SkSkbStreamParser},
      {"sk_skb", ProgType::SkSkb, 0},
      {"sk_reuseport/migrate", ProgType::SkReuseport, attach::SkReuseportSelectOrMigrate},
      {"cgroup/sock", ProgType::CgroupSock, attach::CgroupInetSockCreate},
      {"cgroup/connect_unix", ProgType::CgroupSockAddr, attach::CgroupUnixConnect},
      {"cgroup/getsockname_unix", ProgType::CgroupSockAddr, attach::CgroupUnixGetsockname},
      {"cgroup/dev", ProgType::CgroupDevice, attach::CgroupDevice},
      {"struct_ops/op", ProgType::StructOps, 0},
      {"struct_ops.s/op", ProgType::StructOps, 0, true},
      {"sk_lookup", ProgType::SkLookup, attach::SkLookup},
      {"netfilter", ProgType::Netfilter, attach::Netfilter},
  };
  for (const SecCase& c : cases) {
    const SectionDef* d = find_section_def(c.name);
    ASSERT_NE(d, nullptr) << c.name;
    EXPECT_EQ(d->prog_type, c.type) << c.name;
    EXPECT_EQ(d->expected_attach_type, c.attach) << c.name;
    EXPECT_EQ(d->sleepable, c.sleepable) << c.name;
  }
  // libbpf 1.x: names without '+' match only exactly; '+' needs the end or a '/' after the prefix.
  for (const char* unknown : {"xdp/foo", "xdp_custom", "kprobex", "kprobe.x", "tcx", "tc/other", "socket/1",
                              "sk_skb/verdict", "", "?xdp", "uprobe.s.x", "cgroup/", "fentry.s.x/f"})
    EXPECT_EQ(find_section_def(unknown), nullptr) << unknown;
  EXPECT_TRUE(find_section_def("xdp.frags")->xdp_frags);
  EXPECT_TRUE(find_section_def("fentry/f")->attach_btf);
  EXPECT_TRUE(find_section_def("kprobe/f")->attachable);
  EXPECT_FALSE(find_section_def("lsm_cgroup/f")->attachable);
}

TEST(ProgTypeNames, MatchLibbpf) {
  EXPECT_STREQ(prog_type_name(ProgType::SchedCls), "sched_cls");
  EXPECT_STREQ(prog_type_name(ProgType::RawTracepointWritable), "raw_tracepoint_writable");
  EXPECT_EQ(prog_type_name(ProgType(200)), nullptr);
  EXPECT_STREQ(attach_type_name(attach::TraceFentry), "trace_fentry");
  EXPECT_STREQ(attach_type_name(attach::TraceUprobeSession), "trace_uprobe_session");
  EXPECT_EQ(attach_type_name(1000), nullptr);
#ifdef BPFKIT_HAVE_LIBBPF
  for (uint32_t t = 0; t < 64; ++t) {
    const char* theirs = libbpf_bpf_prog_type_str(bpf_prog_type(t));
    if (theirs != nullptr) {
      EXPECT_STREQ(prog_type_name(ProgType(t)), theirs) << t;
    }
    const char* attach = libbpf_bpf_attach_type_str(bpf_attach_type(t));
    if (attach != nullptr) {
      EXPECT_STREQ(attach_type_name(t), attach) << t;
    }
  }
#endif
}

#ifdef BPFKIT_HAVE_LIBBPF

int quiet_print(enum libbpf_print_level, const char*, va_list) { return 0; }

// Every name libbpf knows (as its own libbpf_prog_type_by_name answers) means the same to bpfkit. The probes are
// each table entry in its plain and "/extra" forms, plus the lookalikes.
TEST(SectionDefs, AgreeWithLibbpf) {
  libbpf_set_print(quiet_print);
  std::vector<std::string> names;
  for (const SectionDef& d : section_defs()) {
    std::string base(d.prefix);
    if (base.ends_with('+')) base.pop_back();
    names.push_back(base);
    names.push_back(base + "/extra");
    names.push_back(base + "x");
  }
  int known = 0;
  for (const std::string& n : names) {
    bpf_prog_type type;
    bpf_attach_type attach;
    if (libbpf_prog_type_by_name(n.c_str(), &type, &attach) != 0) continue;
    ++known;
    const SectionDef* d = find_section_def(n);
    ASSERT_NE(d, nullptr) << n << " is known to libbpf";
    EXPECT_EQ(uint32_t(d->prog_type), uint32_t(type)) << n;
    EXPECT_EQ(d->expected_attach_type, uint32_t(attach)) << n;
  }
  EXPECT_GT(known, 100);
  libbpf_set_print(nullptr);
}

struct LibbpfObject {
  bpf_object* obj = nullptr;
  explicit LibbpfObject(const std::string& path, const char* kconfig = nullptr) {
    libbpf_set_print(quiet_print);
    LIBBPF_OPTS(bpf_object_open_opts, opts, .kconfig = kconfig);
    obj = bpf_object__open_file(path.c_str(), &opts);
    if (libbpf_get_error(obj)) obj = nullptr;
    libbpf_set_print(nullptr);
  }
  ~LibbpfObject() { bpf_object__close(obj); }
};

// Everything bpf_object__open decides, compared field by field.
void compare_with_libbpf(const std::string& path) {
  SCOPED_TRACE(path);
  LibbpfObject ref(path);
  ASSERT_NE(ref.obj, nullptr) << "libbpf cannot open " << path;
  ObjectSpec obj = open_or_die(path);
  EXPECT_EQ(obj.name(), bpf_object__name(ref.obj));

  std::vector<const ProgramSpec*> ours;
  for (const ProgramSpec& p : obj.programs()) ours.push_back(&p);
  size_t i = 0;
  bpf_program* prog;
  bpf_object__for_each_program(prog, ref.obj) {
    ASSERT_LT(i, ours.size()) << "libbpf has more programs, next " << bpf_program__name(prog);
    const ProgramSpec& p = *ours[i++];
    SCOPED_TRACE(p.name);
    EXPECT_EQ(p.name, bpf_program__name(prog));
    EXPECT_EQ(p.section_name, bpf_program__section_name(prog));
    EXPECT_EQ(uint32_t(p.type), uint32_t(bpf_program__type(prog)));
    EXPECT_EQ(p.expected_attach_type, uint32_t(bpf_program__expected_attach_type(prog)));
    EXPECT_EQ(p.autoload, bpf_program__autoload(prog));
    EXPECT_EQ(p.insns.size(), bpf_program__insn_cnt(prog));
    ASSERT_EQ(p.insns.size(), bpf_program__insn_cnt(prog));
    EXPECT_EQ(std::memcmp(p.insns.data(), bpf_program__insns(prog), p.insns.size() * 8), 0);
  }
  EXPECT_EQ(i, ours.size());

  size_t m = 0;
  bpf_map* map;
  bpf_object__for_each_map(map, ref.obj) {
    ASSERT_LT(m, obj.maps().size()) << "libbpf has more maps, next " << bpf_map__name(map);
    const MapDefinition& d = obj.maps()[m++];
    SCOPED_TRACE(d.name);
    EXPECT_EQ(d.name, bpf_map__name(map));
    EXPECT_EQ(uint32_t(d.spec.type), uint32_t(bpf_map__type(map)));
    EXPECT_EQ(d.spec.key_size, bpf_map__key_size(map));
    EXPECT_EQ(d.spec.value_size, bpf_map__value_size(map));
    EXPECT_EQ(d.spec.max_entries, bpf_map__max_entries(map));
    EXPECT_EQ(d.spec.map_flags, bpf_map__map_flags(map));
    EXPECT_EQ(d.spec.map_extra, bpf_map__map_extra(map));
    EXPECT_EQ(d.spec.numa_node, bpf_map__numa_node(map));
    EXPECT_EQ(d.btf_key_type_id, bpf_map__btf_key_type_id(map));
    EXPECT_EQ(d.btf_value_type_id, bpf_map__btf_value_type_id(map));
    EXPECT_EQ(d.origin != MapOrigin::Btf && d.origin != MapOrigin::Legacy, bpf_map__is_internal(map));
    EXPECT_EQ(d.pinning != 0, bpf_map__pin_path(map) != nullptr);
    size_t size = 0;
    const void* init = bpf_map__initial_value(map, &size);
    if (bpf_map__is_internal(map)) {
      ASSERT_NE(init, nullptr);
      // Ours may stop early (all of .bss): the rest is zeroes.
      ASSERT_LE(d.initial_value.size(), size);
      std::vector<uint8_t> ours = d.initial_value;
      ours.resize(size, 0);
      EXPECT_EQ(std::memcmp(ours.data(), init, size), 0);
    }
    bpf_map* inner = bpf_map__inner_map(map);
    EXPECT_EQ(d.inner != nullptr, inner != nullptr);
    if (d.inner && inner) {
      EXPECT_EQ(d.inner->name, bpf_map__name(inner));
      EXPECT_EQ(uint32_t(d.inner->spec.type), uint32_t(bpf_map__type(inner)));
      EXPECT_EQ(d.inner->spec.key_size, bpf_map__key_size(inner));
      EXPECT_EQ(d.inner->spec.value_size, bpf_map__value_size(inner));
      EXPECT_EQ(d.inner->spec.max_entries, bpf_map__max_entries(inner));
      ASSERT_NE(d.spec.inner, nullptr);
      EXPECT_EQ(d.spec.inner->type, d.inner->spec.type);
    }
    EXPECT_EQ(obj.map(d.name), &d);
  }
  EXPECT_EQ(m, obj.maps().size());
}

TEST(ObjectLibbpf, Programs) { compare_with_libbpf(object_path("obj_progs")); }
TEST(ObjectLibbpf, Calls) { compare_with_libbpf(object_path("obj_calls")); }
TEST(ObjectLibbpf, GlobalData) { compare_with_libbpf(object_path("obj_data")); }
TEST(ObjectLibbpf, Kconfig) { compare_with_libbpf(object_path("obj_kconfig")); }
TEST(ObjectLibbpf, MapInMap) { compare_with_libbpf(object_path("obj_mim")); }
TEST(ObjectLibbpf, MapDefinitions) { compare_with_libbpf(object_path("obj_maps")); }
// .ksyms externs (kfuncs, typed, untyped and weak kernel symbols): libbpf opens these, resolving only at load.
TEST(ObjectLibbpf, KsymExterns) {
  compare_with_libbpf(object_path("sys_kfuncs"));
  compare_with_libbpf(object_path("sys_ksyms"));
  compare_with_libbpf(object_path("ext_kfunc_unavailable"));
}
// clang 14's static string in .rodata.str1.1 listed in the .rodata DATASEC past its size.
TEST(ObjectLibbpf, StaticStringPastRodataDatasec) { compare_with_libbpf(object_path("sys_rodata_str")); }
// .struct_ops variables: libbpf makes each a BPF_MAP_TYPE_STRUCT_OPS map of the struct's size; bpfkit keeps them
// apart from maps() with the programs their function pointers name.
TEST(ObjectLibbpf, StructOps) {
  const std::string path = BPFKIT_BINARY_DIR "/bpf/verifier/struct_ops.o";
  LibbpfObject ref(path);
  ASSERT_NE(ref.obj, nullptr) << "libbpf cannot open " << path;
  ObjectSpec obj = open_or_die(path);
  std::vector<std::string> libbpf_names;
  bpf_map* map;
  bpf_object__for_each_map(map, ref.obj) {
    if (bpf_map__type(map) != BPF_MAP_TYPE_STRUCT_OPS) continue;
    libbpf_names.push_back(bpf_map__name(map));
    const StructOpsMap* ours = nullptr;
    for (const StructOpsMap& m : obj.struct_ops())
      if (m.name == bpf_map__name(map)) ours = &m;
    ASSERT_NE(ours, nullptr) << bpf_map__name(map);
    EXPECT_EQ(ours->type_name, "tcp_congestion_ops");
    EXPECT_EQ(ours->section_name, ".struct_ops");
    EXPECT_EQ(obj.btf()->type(ours->type_id)->size, bpf_map__value_size(map));
  }
  EXPECT_EQ(libbpf_names.size(), obj.struct_ops().size());
  for (const MapDefinition& d : obj.maps()) EXPECT_NE(uint32_t(d.spec.type), uint32_t(MapType::StructOps)) << d.name;

  const StructOpsMap* in = nullptr;
  const StructOpsMap::FuncMember* f = obj.struct_ops_member("c_sops_cong_avoid_ok", &in);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->member, "cong_avoid");
  EXPECT_EQ(in->name, "c_sops_ok");
  ASSERT_EQ(in->funcs.size(), 5u);
  EXPECT_EQ(in->funcs[0].member, "ssthresh");
  EXPECT_EQ(in->funcs[0].prog, "c_sops_ssthresh_ok");
  f = obj.struct_ops_member("c_sops_unsupported_member", &in);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->member, "get_info");
  EXPECT_EQ(in->name, "c_sops_bad1");
  // an XDP program, and a struct_ops program no map names
  EXPECT_EQ(obj.struct_ops_member("c_sops_kfunc_from_xdp"), nullptr);
  ObjectSpec progs = open_or_die(object_path("obj_progs"));
  EXPECT_TRUE(progs.struct_ops().empty());
  EXPECT_EQ(progs.struct_ops_member("prog_struct_ops"), nullptr);
}

TEST(ObjectLibbpf, OtherTestObjects) {
  for (const char* name : {"btf_types", "cli_example", "rt_kconfig"})
    if (std::filesystem::exists(object_path(name))) compare_with_libbpf(object_path(name));
}

TEST(ObjectLibbpf, LicenseAndVersion) {
  LibbpfObject ref(object_path("obj_progs"));
  ASSERT_NE(ref.obj, nullptr);
  ObjectSpec obj = open_or_die(object_path("obj_progs"));
  EXPECT_EQ(obj.license(), "Dual BSD/GPL");
  EXPECT_EQ(obj.kern_version(), 0x060112u);
  EXPECT_EQ(obj.kern_version(), bpf_object__kversion(ref.obj));
}

// The object name comes from the file name, and decides the internal map names: copy one object under several
// names and ask both loaders.
TEST(ObjectLibbpf, ObjectAndInternalMapNames) {
  auto dir = std::filesystem::temp_directory_path() / ("bpfkit_objname_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  for (const char* file : {"xdp_fw.bpf.o", "my_object_name.bpf.o", "a_very_long_object_name_indeed.o", "noext",
                           "x.o", "exactly15chars_.o", "weird-name+1.o"}) {
    auto path = dir / file;
    std::filesystem::copy_file(object_path("obj_kconfig"), path, std::filesystem::copy_options::overwrite_existing);
    LibbpfObject ref(path.string());
    ASSERT_NE(ref.obj, nullptr) << file;
    ObjectSpec obj = open_or_die(path.string());
    EXPECT_EQ(obj.name(), bpf_object__name(ref.obj)) << file;
    std::vector<std::string> theirs;
    bpf_map* map;
    bpf_object__for_each_map(map, ref.obj) theirs.push_back(bpf_map__name(map));
    std::vector<std::string> names;
    for (const MapDefinition& d : obj.maps()) names.push_back(d.name);
    EXPECT_EQ(names, theirs) << file;
  }
  std::filesystem::remove_all(dir);
  EXPECT_EQ(ObjectSpec::open(object_path("obj_kconfig"))->name(), "obj_kconfig");
}

// libbpf writes the .kconfig layout into the DATASEC's VAR offsets; ours is in kconfig_externs().
TEST(ObjectLibbpf, KconfigLayout) {
  LibbpfObject ref(object_path("obj_kconfig"));
  ASSERT_NE(ref.obj, nullptr);
  ObjectSpec obj = open_or_die(object_path("obj_kconfig"));
  const ::btf* b = bpf_object__btf(ref.obj);
  int sec = btf__find_by_name_kind(b, ".kconfig", BTF_KIND_DATASEC);
  ASSERT_GT(sec, 0);
  const btf_type* t = btf__type_by_id(b, sec);
  std::map<std::string, uint32_t> theirs;
  const btf_var_secinfo* v = btf_var_secinfos(t);
  for (int i = 0; i < btf_vlen(t); ++i, ++v) theirs[btf__name_by_offset(b, btf__type_by_id(b, v->type)->name_off)] =
                                                  v->offset;
  ASSERT_EQ(obj.kconfig_externs().size(), theirs.size());
  for (const KconfigExtern& e : obj.kconfig_externs()) EXPECT_EQ(e.offset, theirs[e.name]) << e.name;
  EXPECT_EQ(obj.map(".kconfig")->spec.value_size, t->size);
}

#endif  // BPFKIT_HAVE_LIBBPF

TEST(Object, KconfigKinds) {
  ObjectSpec obj = open_or_die(object_path("obj_kconfig"));
  std::map<std::string, const KconfigExtern*> by_name;
  for (const KconfigExtern& e : obj.kconfig_externs()) by_name[e.name] = &e;
  using K = KconfigExtern::Kind;
  EXPECT_EQ(by_name.at("LINUX_KERNEL_VERSION")->kind, K::Int);
  EXPECT_FALSE(by_name.at("LINUX_KERNEL_VERSION")->is_weak);
  EXPECT_EQ(by_name.at("CONFIG_OBJ_BOOL")->kind, K::Bool);
  EXPECT_TRUE(by_name.at("CONFIG_OBJ_BOOL")->is_weak);
  EXPECT_EQ(by_name.at("CONFIG_OBJ_TRI")->kind, K::Tristate);
  EXPECT_EQ(by_name.at("CONFIG_OBJ_CHAR")->kind, K::Char);
  EXPECT_EQ(by_name.at("CONFIG_OBJ_STR")->kind, K::CharArray);
  EXPECT_EQ(by_name.at("CONFIG_OBJ_STR")->size, 12u);
  EXPECT_TRUE(by_name.at("CONFIG_OBJ_SHORT")->is_signed);
  EXPECT_FALSE(by_name.at("CONFIG_OBJ_U64")->is_signed);
  const MapDefinition* kc = obj.map(".kconfig");
  ASSERT_NE(kc, nullptr);
  EXPECT_EQ(kc->origin, MapOrigin::Kconfig);
  EXPECT_EQ(kc->name, "obj_kco.kconfig");
  EXPECT_EQ(kc->spec.map_flags & BPF_F_RDONLY_PROG, BPF_F_RDONLY_PROG);
}

TEST(Object, ProgramsAndSubprograms) {
  ObjectSpec obj = open_or_die(object_path("obj_calls"));
  ASSERT_EQ(obj.programs().size(), 4u);
  EXPECT_EQ(obj.programs()[0].name, "calls_a");
  EXPECT_EQ(obj.programs()[3].name, "calls_tc");
  EXPECT_EQ(obj.program("leaf"), nullptr);  // subprograms are not entry programs
  std::vector<std::string> subs;
  for (const ProgramSpec& s : obj.subprograms()) {
    EXPECT_TRUE(s.is_subprogram);
    EXPECT_EQ(s.section_name, ".text");
    EXPECT_EQ(s.type, ProgType::Unspec);
    subs.push_back(s.name);
  }
  std::sort(subs.begin(), subs.end());
  EXPECT_EQ(subs, (std::vector<std::string>{"bump", "global_mix", "leaf", "mid_a", "mid_c", "stop_cb", "sum_cb",
                                             "top_c"}));
  ObjectSpec progs = open_or_die(object_path("obj_progs"));
  EXPECT_EQ(progs.program("prog_kprobe")->attach_target, "do_unlinkat");
  EXPECT_EQ(progs.program("prog_tracepoint")->attach_target, "syscalls/sys_enter_openat");
  EXPECT_EQ(progs.program("prog_xdp")->attach_target, "");
  EXPECT_TRUE(progs.program("prog_fentry_s")->sleepable);
  EXPECT_FALSE(progs.program("prog_xdp_noload")->autoload);
  EXPECT_EQ(progs.program("prog_custom")->type, ProgType::Unspec);
  EXPECT_EQ(progs.program("prog_custom")->section_def, nullptr);
}

TEST(Object, InternalMaps) {
  ObjectSpec obj = open_or_die(object_path("obj_data"));
  const MapDefinition* rodata = obj.map(".rodata");
  ASSERT_NE(rodata, nullptr);
  EXPECT_EQ(rodata->name, "obj_data.rodata");
  EXPECT_EQ(rodata->origin, MapOrigin::Rodata);
  EXPECT_EQ(rodata->spec.map_flags, BPF_F_RDONLY_PROG | BPF_F_MMAPABLE);
  const MapDefinition* str = obj.map(".rodata.str1.1");
  ASSERT_NE(str, nullptr);
  EXPECT_EQ(str->spec.map_flags, BPF_F_RDONLY_PROG);  // no DATASEC: libbpf does not make it mmapable
  std::string text(str->initial_value.begin(), str->initial_value.end());
  EXPECT_NE(text.find("data %d\n"), std::string::npos);
  const MapDefinition* bss = obj.map(".bss");
  ASSERT_NE(bss, nullptr);
  EXPECT_TRUE(bss->initial_value.empty());  // zeroes: the map's own
  EXPECT_GT(bss->spec.value_size, 0u);
  EXPECT_EQ(obj.map(".data.custom")->name, ".data.custom");
  EXPECT_EQ(obj.map(".bss.big")->spec.value_size, 64u);
  const MapDefinition* data = obj.map("obj_data.data");
  ASSERT_NE(data, nullptr);
  int32_t g_counter;
  std::memcpy(&g_counter, data->initial_value.data(), 4);
  EXPECT_TRUE(g_counter == 7 || g_counter == 3 || g_counter == 5);
}

TEST(Object, MapDefinitionsAndSlots) {
  ObjectSpec obj = open_or_die(object_path("obj_maps"));
  EXPECT_EQ(obj.map("m_ringbuf")->spec.max_entries, 16384u);  // 10000 rounded up to 4 pages
  EXPECT_EQ(obj.map("m_hash")->spec.spin_lock_off, 8);
  EXPECT_EQ(obj.map("m_bloom")->spec.map_extra, 3u);
  EXPECT_EQ(obj.map("m_pinned")->pinning, 1u);
  EXPECT_EQ(obj.map("m_lpm")->spec.map_flags, BPF_F_NO_PREALLOC);

  ObjectSpec mim = open_or_die(object_path("obj_mim"));
  const MapDefinition* outer = mim.map("outer_arr");
  ASSERT_NE(outer, nullptr);
  ASSERT_EQ(outer->initial_slots.size(), 2u);
  EXPECT_EQ(outer->initial_slots[0].index, 0u);
  EXPECT_EQ(outer->initial_slots[0].target, "inner_a");
  EXPECT_EQ(outer->initial_slots[1].index, 2u);
  EXPECT_EQ(outer->initial_slots[1].target, "inner_b");
  ASSERT_NE(outer->inner, nullptr);
  EXPECT_EQ(outer->inner->name, "outer_arr.inner");
  EXPECT_EQ(outer->spec.value_size, 4u);
  const MapDefinition* hash = mim.map("outer_hash");
  ASSERT_EQ(hash->initial_slots.size(), 1u);
  EXPECT_EQ(hash->initial_slots[0].index, 1u);
  const MapDefinition* jt = mim.map("jump_table");
  ASSERT_EQ(jt->initial_slots.size(), 2u);
  EXPECT_EQ(jt->initial_slots[0].target, "tail_a");
  EXPECT_EQ(jt->initial_slots[1].index, 2u);
  EXPECT_EQ(jt->initial_slots[1].target, "tail_b");
}

TEST(Object, LegacyMaps) {
  ObjectSpec obj = open_or_die(object_path("obj_legacy"));
  ASSERT_EQ(obj.maps().size(), 2u);
  const MapDefinition& h = obj.maps()[0];
  EXPECT_EQ(h.name, "legacy_hash");
  EXPECT_EQ(h.origin, MapOrigin::Legacy);
  EXPECT_EQ(h.spec.type, MapType::Hash);
  EXPECT_EQ(h.spec.key_size, 4u);
  EXPECT_EQ(h.spec.value_size, 8u);
  EXPECT_EQ(h.spec.max_entries, 32u);
  EXPECT_EQ(h.section_offset, 0u);
  const MapDefinition& a = obj.maps()[1];
  EXPECT_EQ(a.name, "legacy_array");
  EXPECT_EQ(a.spec.type, MapType::Array);
  EXPECT_EQ(a.spec.value_size, 16u);
  EXPECT_EQ(a.section_offset, 20u);

  ObjectSpec ext = open_or_die(object_path("obj_legacy_ext"));
  ASSERT_EQ(ext.maps().size(), 1u);
  EXPECT_EQ(ext.maps()[0].spec.type, MapType::PercpuArray);
  EXPECT_EQ(ext.maps()[0].spec.max_entries, 4u);
}

TEST(Object, OpenErrors) {
  auto missing = ObjectSpec::open("/nonexistent/x.o");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().error_number, 0);
  auto junk = ObjectSpec::parse({1, 2, 3}, "junk.o");
  ASSERT_FALSE(junk);
  EXPECT_EQ(junk.error().object, "junk.o");
}

}  // namespace
}  // namespace bpfkit
