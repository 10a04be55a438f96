// bpfkit's linked instructions against libbpf's: every program of every test object (tests/bpf/*.o and the
// corpus) is loaded by libbpf 1.1 into the running kernel and bpf_program__insns() (the instructions libbpf handed
// to the kernel, CO-RE applied) is compared with link_program's, instruction by instruction. Map references are
// compared by kind (src_reg) and by map name, since libbpf holds fds where bpfkit holds map indices. The CO-RE test
// objects (core_*.o) are relocated against core_target.o's BTF on both sides (libbpf's btf_custom_path); the others
// against the running kernel's.
//
// An object libbpf cannot load whole is loaded one program at a time (the others' autoload off). For the corpus
// and the CO-RE objects a refusal follows the kernel_refusal rule (skip for a missing feature, else a failure);
// the other objects in tests/bpf/ include programs built to be refused (helpers a type lacks, huge maps), and a
// program of those that the kernel refuses is reported as not compared.
//
// The CO-RE programs also run in both, with the same context, and their results must match bit for bit.
#include <gtest/gtest.h>

#include <dirent.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/core.h"
#include "bpfkit/disasm.h"
#include "bpfkit/link.h"
#include "bpfkit/runtime.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit {
namespace {

const std::string kBpfDir = BPFKIT_BINARY_DIR "/bpf/";
const std::string kTarget = kBpfDir + "core_target.o";

bool is_core_object(const std::string& name) { return name.rfind("core_", 0) == 0; }

// Objects neither loader can take as a whole on purpose (tested below on their own), and the target BTF.
// The res_* objects are resource-limit tests (huge maps, a verifier walk of a million instructions): the kernel
// takes tens of seconds over them, and they have no CO-RE; the linker paths they use are covered by the others.
bool excluded(const std::string& name) {
  // core_module.o relocates against a hand-built module BTF (btf_split_test); vmlinux has no candidate for it.
  return name == "core_target.o" || name == "core_poison.o" || name == "core_ambiguous.o" || name == "core_module.o" ||
         name.rfind("res_", 0) == 0;
}

std::vector<std::string> test_objects() {
  std::vector<std::string> out;
  if (DIR* d = opendir(kBpfDir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 2 && n.substr(n.size() - 2) == ".o" && !excluded(n)) out.push_back(n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_corpus_object(const std::string& name) {
  const std::string src = std::string(BPFKIT_SOURCE_DIR) + "/tests/bpf/corpus/" + name.substr(0, name.size() - 2) +
                          ".bpf.c";
  return access(src.c_str(), F_OK) == 0;
}

CoreOptions core_options(const std::string& name) {
  CoreOptions o;
  if (is_core_object(name)) o.btf_path = kTarget;
  return o;
}

#ifdef BPFKIT_HAVE_LIBBPF

struct ObjectCloser {
  void operator()(bpf_object* o) const { bpf_object__close(o); }
};
using LibbpfObject = std::unique_ptr<bpf_object, ObjectCloser>;

struct LibbpfLoad {
  LibbpfObject obj;
  int err = 0;
  std::string log;
};

// Opens name with libbpf and loads it, with only `only` autoloaded when given.
LibbpfLoad libbpf_load(const std::string& name, const std::string* only = nullptr) {
  LibbpfLoad out;
  testing::LibbpfLogCapture capture(&out.log);
  bpf_object_open_opts opts{};
  opts.sz = sizeof opts;
  if (is_core_object(name)) opts.btf_custom_path = kTarget.c_str();
  bpf_object* o = bpf_object__open_file((kBpfDir + name).c_str(), &opts);
  if (o == nullptr) {
    out.err = errno;
    return out;
  }
  out.obj.reset(o);
  if (only != nullptr) {
    bpf_program* p;
    bpf_object__for_each_program(p, o) bpf_program__set_autoload(p, *only == bpf_program__name(p));
  }
  out.err = -bpf_object__load(o);
  return out;
}

testing::KernelFailure failure_of(const LibbpfLoad& l) {
  testing::KernelFailure f;
  f.err = l.err;
  f.log = l.log;
  if (l.obj) {
    bpf_program* p;
    bpf_object__for_each_program(p, l.obj.get()) f.prog_types.push_back(uint32_t(bpf_program__type(p)));
    bpf_map* m;
    bpf_object__for_each_map(m, l.obj.get()) f.map_types.push_back(uint32_t(bpf_map__type(m)));
  }
  return f;
}

std::string tail(const std::string& s, size_t n = 3000) { return s.size() > n ? "..." + s.substr(s.size() - n) : s; }

// Compares one program: every instruction, map references by kind and map name.
void compare_program(const ObjectSpec& spec, const LinkedProgram& linked, bpf_object* kobj, bpf_program* kprog) {
  const auto* kinsns = reinterpret_cast<const Insn*>(bpf_program__insns(kprog));
  const size_t kn = bpf_program__insn_cnt(kprog);
  SCOPED_TRACE(fmt::format("program {}", linked.spec->name));
  ASSERT_NE(kinsns, nullptr);
  ASSERT_EQ(kn, linked.insns.size());
  std::map<int, std::string> fd_names;
  bpf_map* m;
  bpf_object__for_each_map(m, kobj) fd_names[bpf_map__fd(m)] = bpf_map__name(m);
  std::vector<Insn> ours = linked.insns;
  std::vector<Insn> theirs(kinsns, kinsns + kn);
  for (const MapReference& ref : linked.map_refs) {
    ASSERT_LT(ref.insn + 1, kn);
    Insn& a = ours[ref.insn];
    Insn& b = theirs[ref.insn];
    EXPECT_EQ(int(a.src), int(b.src)) << "map reference kind at insn " << ref.insn;
    EXPECT_EQ(spec.maps()[ref.map].name, fd_names[b.imm]) << "map at insn " << ref.insn;
    a.imm = b.imm = 0;
  }
  // Externs: the backend fills in what the linker leaves (the kfunc's BTF id, the symbol's address); libbpf's
  // values come from this kernel, so compare the kind of reference and leave the resolved value out.
  for (const ExternReference& ref : linked.extern_refs) {
    ASSERT_LT(ref.insn + (ref.call ? 0 : 1), kn);
    Insn& a = ours[ref.insn];
    Insn& b = theirs[ref.insn];
    EXPECT_EQ(int(a.src), int(b.src)) << "extern reference kind at insn " << ref.insn;
    a.imm = b.imm = 0;
    if (!ref.call) ours[ref.insn + 1].imm = theirs[ref.insn + 1].imm = 0;
  }
  for (size_t i = 0; i < kn; ++i) {
    if (std::memcmp(&ours[i], &theirs[i], sizeof(Insn)) == 0) continue;
    ADD_FAILURE() << fmt::format("insn {}: bpfkit {} / libbpf {}", i, disassemble_insn(ours, i, AsmSyntax::Verifier),
                                 disassemble_insn(theirs, i, AsmSyntax::Verifier));
    return;
  }
}

class CoreInsns : public ::testing::TestWithParam<std::string> {};

TEST_P(CoreInsns, LinkedInstructionsMatchLibbpf) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  const std::string name = GetParam();
  auto spec = ObjectSpec::open(kBpfDir + name);
  ASSERT_TRUE(spec) << spec.error().to_string();
  auto core = CoreRelocations::resolve(*spec, core_options(name));
  ASSERT_TRUE(core) << core.error().to_string();
  std::vector<LinkedProgram> linked;
  for (const ProgramSpec& p : spec->programs()) {
    auto l = link_program(*spec, p, *core);
    ASSERT_TRUE(l) << l.error().to_string();
    linked.push_back(std::move(*l));
  }
  const bool must_load = is_corpus_object(name) || is_core_object(name);

  LibbpfLoad whole = libbpf_load(name);
  if (whole.err == 0) {
    bpf_program* kp;
    size_t compared = 0;
    bpf_object__for_each_program(kp, whole.obj.get()) {
      if (!bpf_program__autoload(kp)) continue;
      auto it = std::find_if(linked.begin(), linked.end(),
                             [&](const LinkedProgram& l) { return l.spec->name == bpf_program__name(kp); });
      ASSERT_NE(it, linked.end()) << bpf_program__name(kp);
      compare_program(*spec, *it, whole.obj.get(), kp);
      ++compared;
    }
    RecordProperty("compared", int(compared));
    return;
  }
  if (must_load) {
    if (testing::skip_for_kernel_refusal(failure_of(whole), [] {})) return;
    FAIL() << "libbpf could not load " << name << ": " << strerror(whole.err) << "\n" << tail(whole.log);
  }
  // One program at a time; the ones the kernel refuses are reported, not compared.
  std::vector<std::string> not_compared;
  for (const LinkedProgram& l : linked) {
    LibbpfLoad one = libbpf_load(name, &l.spec->name);
    if (one.err != 0) {
      std::string why = one.log.substr(0, one.log.find('\n'));
      not_compared.push_back(fmt::format("{} ({}: {})", l.spec->name, strerror(one.err), why));
      continue;
    }
    compare_program(*spec, l, one.obj.get(), bpf_object__find_program_by_name(one.obj.get(), l.spec->name.c_str()));
  }
  for (const std::string& n : not_compared) std::printf("not compared (the kernel refused it): %s\n", n.c_str());
}

INSTANTIATE_TEST_SUITE_P(Objects, CoreInsns, ::testing::ValuesIn(test_objects()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param.substr(0, info.param.size() - 2);
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

// .bss of a CO-RE program after one syscall test-run, in the kernel through libbpf and in bpfkit.
struct Bss {
  std::vector<uint8_t> kernel, bpfkit;
};

std::optional<Bss> run_both(const std::string& name, const std::string& prog, const std::vector<uint8_t>& ctx) {
  Bss out;
  LibbpfLoad k = libbpf_load(name);
  EXPECT_EQ(k.err, 0) << tail(k.log);
  if (k.err != 0) return std::nullopt;
  bpf_program* kp = bpf_object__find_program_by_name(k.obj.get(), prog.c_str());
  std::vector<uint8_t> kctx = ctx;
  bpf_test_run_opts run{};
  run.sz = sizeof run;
  if (!kctx.empty()) {
    run.ctx_in = kctx.data();
    run.ctx_size_in = uint32_t(kctx.size());
  }
  EXPECT_EQ(bpf_prog_test_run_opts(bpf_program__fd(kp), &run), 0) << strerror(errno);
  EXPECT_EQ(run.retval, 0u);
  bpf_map* m;
  bpf_object__for_each_map(m, k.obj.get()) {
    const std::string mn = bpf_map__name(m);
    if (mn.size() < 4 || mn.substr(mn.size() - 4) != ".bss") continue;
    out.kernel.resize(bpf_map__value_size(m));
    uint32_t key = 0;
    EXPECT_EQ(bpf_map__lookup_elem(m, &key, sizeof key, out.kernel.data(), out.kernel.size(), 0), 0);
  }

  auto spec = ObjectSpec::open(kBpfDir + name);
  EXPECT_TRUE(spec);
  if (!spec) return std::nullopt;
  LoadOptions lo;
  lo.core = core_options(name);
  auto obj = UserspaceObject::load(std::move(*spec), lo);
  EXPECT_TRUE(obj) << obj.error().to_string();
  if (!obj) return std::nullopt;
  TestRunOptions o;
  if (!ctx.empty()) o.ctx_in = ctx;
  auto r = (*obj)->test_run(prog, o);
  EXPECT_TRUE(r) << r.error().to_string();
  for (size_t i = 0; i < (*obj)->map_count(); ++i) {
    if ((*obj)->spec().maps()[i].origin != MapOrigin::Bss) continue;
    auto e = dump_map((*obj)->map_at(i));
    if (e.size() == 1) out.bpfkit = e[0].value;
  }
  return out;
}

std::vector<uint8_t> some_task() {
  std::vector<uint8_t> b(128);
  for (size_t i = 0; i < b.size(); ++i) b[i] = uint8_t(i * 37 + 11);
  return b;
}

TEST(CoreKernel, FieldsRunTheSameInBoth) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  auto r = run_both("core_fields.o", "core_fields", some_task());
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->kernel.empty());
  EXPECT_EQ(r->kernel, r->bpfkit);
}

TEST(CoreKernel, TypesRunTheSameInBoth) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  auto r = run_both("core_types.o", "core_types", {});
  ASSERT_TRUE(r);
  ASSERT_FALSE(r->kernel.empty());
  EXPECT_EQ(r->kernel, r->bpfkit);
}

TEST(CoreKernel, AmbiguityFailsInLibbpfToo) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  LibbpfLoad k = libbpf_load("core_ambiguous.o");
  EXPECT_NE(k.err, 0);
  EXPECT_NE(k.log.find("field offset ambiguity"), std::string::npos) << tail(k.log);
}

TEST(CoreKernel, ReachablePoisonIsRefusedByTheVerifier) {
  if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  LibbpfLoad k = libbpf_load("core_poison.o");
  EXPECT_EQ(k.err, EINVAL);
  // The verifier's "invalid func unknown#195896080", as libbpf rewrites it in the log, naming the same relocation.
  EXPECT_NE(k.log.find("6: <invalid CO-RE relocation>"), std::string::npos) << tail(k.log);
  EXPECT_NE(k.log.find("failed to resolve CO-RE relocation <byte_off> [2] struct core_task___old.state (0:1"),
            std::string::npos)
      << tail(k.log);
  // bpfkit's load verifies and refuses it at the same instruction, with the kernel's own line (the one libbpf
  // rewrites into "<invalid CO-RE relocation>" when it prints the log).
  auto spec = ObjectSpec::open(kBpfDir + "core_poison.o");
  ASSERT_TRUE(spec);
  LoadOptions lo;
  lo.core = core_options("core_poison.o");
  auto refused = UserspaceObject::load(*spec, lo);
  ASSERT_FALSE(refused);
  EXPECT_TRUE(refused.error().verifier_rejection);
  EXPECT_EQ(refused.error().insn, 6);
  EXPECT_EQ(refused.error().message, "invalid func unknown#195896080");
  // Unverified, the runtime stops at the same instruction.
  lo.verify = false;
  auto obj = UserspaceObject::load(std::move(*spec), lo);
  ASSERT_TRUE(obj) << obj.error().to_string();
  TestRunOptions o;
  o.ctx_in = std::vector<uint8_t>(16, 0);
  auto r = (*obj)->test_run("core_poison", o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().insn, 6);
}

#else

TEST(CoreInsns, LinkedInstructionsMatchLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit
