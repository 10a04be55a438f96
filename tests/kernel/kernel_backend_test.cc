// The kernel backend (kernel.h) against libbpf: every corpus program loaded through KernelObject and through libbpf
// gives the same map layout and the same results for the case's steps; loader refusals are one line naming the
// program and the cause. Needs bpf(); skips cleanly without it.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "bpfkit/verifier.h"
#include "support/corpus_case.h"
#include "support/corpus_kbackend.h"
#include "support/corpus_kernel.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing::corpus {
namespace {

std::string param_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

std::string test_object(const char* name) { return std::string(BPFKIT_BINARY_DIR) + "/bpf/" + name + ".o"; }

#define SKIP_WITHOUT_BPF()                                                            \
  do {                                                                                \
    if (auto why = kernel::bpf_unavailable()) GTEST_SKIP() << "kernel side: " << *why; \
  } while (0)

class KernelBackendCorpus : public ::testing::TestWithParam<std::string> {};

// The same steps through libbpf and through bpfkit's kernel backend: equal outcomes, field by field.
TEST_P(KernelBackendCorpus, MatchesLibbpf) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  auto c = load_case(case_path(GetParam()), object_path(GetParam()));
  ASSERT_TRUE(c) << c.error().to_string();
  std::optional<KernelFailure> refusal;
  const Outcome lib = run_in_kernel(*c, &refusal);
  if (!lib.load_error.empty() && refusal && skip_for_kernel_refusal(*refusal, [] {})) return;
  ASSERT_EQ(lib.load_error, "") << "libbpf could not load " << c->object_path;
  std::optional<KernelFailure> ours_refusal;
  const Outcome ours = run_in_kbackend(*c, &ours_refusal);
  ASSERT_EQ(ours.load_error, "");
  for (const StepResult& r : ours.steps) EXPECT_EQ(r.error, "") << r.step;
  // Known differences are kernel quirks bpfkit's userspace does not reproduce; both sides here are the kernel.
  Case strict = *c;
  strict.known_diffs.clear();
  const std::vector<std::string> diffs = diff_outcomes(strict, lib, ours);
  if (!diffs.empty())
    ADD_FAILURE() << diffs.size() << " difference(s) between libbpf and bpfkit's kernel backend:\n  "
                  << fmt::format("{}", fmt::join(diffs, "\n  ")) << "\n--- libbpf ---\n"
                  << describe(lib) << "--- bpfkit kernel backend ---\n"
                  << describe(ours);
}

#ifdef BPFKIT_HAVE_LIBBPF
struct ObjectCloser {
  void operator()(bpf_object* o) const { bpf_object__close(o); }
};

// Every map as the kernel reports it (type, sizes, flags, name) is the same whether libbpf or bpfkit created it.
TEST_P(KernelBackendCorpus, SameMapLayoutAsLibbpf) {
  if (const auto& why = kernel_unavailable()) GTEST_SKIP() << "kernel side: " << *why;
  const std::string path = object_path(GetParam());
  std::string libbpf_log;
  std::unique_ptr<bpf_object, ObjectCloser> lib;
  int err = 0;
  {
    LibbpfLogCapture capture(&libbpf_log);
    lib.reset(bpf_object__open_file(path.c_str(), nullptr));
    ASSERT_TRUE(lib) << path;
    err = bpf_object__load(lib.get());
  }
  if (err != 0) {
    KernelFailure f;
    f.err = -err;
    f.log = libbpf_log;
    if (skip_for_kernel_refusal(f, [] {})) return;
    FAIL() << "libbpf could not load " << path << "\n" << libbpf_log;
  }
  auto spec = ObjectSpec::open(path);
  ASSERT_TRUE(spec) << spec.error().to_string();
  KernelLoadOptions opts;
  if (auto k = host_kconfig_path()) opts.kconfig_file = *k;
  auto ours = KernelObject::load(std::move(*spec), opts);
  ASSERT_TRUE(ours) << ours.error().to_string();

  // libbpf goes on without the object's BTF when the kernel refuses it (sys_rodata_str: clang 14 lists a static
  // string in .rodata's DATASEC past its end, which bpfkit's DATASEC fixup drops): BTF presence is then not compared.
  bool libbpf_has_btf = bpf_object__btf(lib.get()) != nullptr && btf__fd(bpf_object__btf(lib.get())) >= 0;
  if (!libbpf_has_btf) std::cout << "[ note     ] libbpf loaded " << GetParam() << " without BTF\n";
  size_t compared = 0;
  bpf_map* m;
  bpf_object__for_each_map(m, lib.get()) {
    const KernelObject::LoadedMap* our = (*ours)->map(bpf_map__name(m));
    ASSERT_NE(our, nullptr) << "bpfkit has no map " << bpf_map__name(m);
    bpf_map_info li{};
    uint32_t len = sizeof(li);
    ASSERT_EQ(bpf_obj_get_info_by_fd(bpf_map__fd(m), &li, &len), 0);
    auto oi = kernel::map_info(our->fd.get());
    ASSERT_TRUE(oi) << oi.error().to_string();
    const std::string what = fmt::format("map {}", bpf_map__name(m));
    EXPECT_EQ(uint32_t(oi->type), li.type) << what;
    EXPECT_EQ(oi->key_size, li.key_size) << what;
    EXPECT_EQ(oi->value_size, li.value_size) << what;
    EXPECT_EQ(oi->max_entries, li.max_entries) << what;
    EXPECT_EQ(oi->map_flags, li.map_flags) << what;
    EXPECT_EQ(oi->name, std::string(li.name)) << what;
    EXPECT_EQ(oi->map_extra, li.map_extra) << what;
    // Both have BTF types or neither (the ids differ: two BTF objects).
    if (libbpf_has_btf) {
      EXPECT_EQ(oi->btf_value_type_id != 0, li.btf_value_type_id != 0) << what;
      EXPECT_EQ(oi->btf_key_type_id != 0, li.btf_key_type_id != 0) << what;
    }
    ++compared;
  }
  EXPECT_EQ(compared, (*ours)->maps().size());
  // Programs: same types and names, and the kernel verified the same number of instructions.
  bpf_program* p;
  bpf_object__for_each_program(p, lib.get()) {
    if (!bpf_program__autoload(p)) continue;
    const KernelObject::LoadedProgram* our = (*ours)->program(bpf_program__name(p));
    ASSERT_NE(our, nullptr) << bpf_program__name(p);
    bpf_prog_info li{};
    uint32_t len = sizeof(li);
    ASSERT_EQ(bpf_obj_get_info_by_fd(bpf_program__fd(p), &li, &len), 0);
    auto oi = kernel::prog_info(our->fd.get());
    ASSERT_TRUE(oi);
    EXPECT_EQ(uint32_t(oi->type), li.type) << bpf_program__name(p);
    EXPECT_EQ(oi->name, std::string(li.name));
    EXPECT_EQ(oi->xlated_prog_len, li.xlated_prog_len) << bpf_program__name(p);
    EXPECT_EQ(oi->gpl_compatible, bool(li.gpl_compatible));
    if (libbpf_has_btf)
      EXPECT_EQ(oi->btf_id != 0, li.btf_id != 0) << bpf_program__name(p) << ": BTF passed with the program";
  }
}
#endif

INSTANTIATE_TEST_SUITE_P(Corpus, KernelBackendCorpus, ::testing::ValuesIn(case_names()), param_name);

// --- loader refusals: one line, naming the program and the cause --------------------------------------------------

Expected<std::unique_ptr<KernelObject>> load_bad(std::vector<std::string> programs, KernelLoadOptions opts = {},
                                                 std::string* log = nullptr) {
  auto spec = ObjectSpec::open(test_object("kb_bad"));
  if (!spec) return std::move(spec).error();
  opts.programs = std::move(programs);
  opts.failure_log = log;
  return KernelObject::load(std::move(*spec), opts);
}

void expect_one_line(const Error& e) {
  const std::string s = e.to_string();
  EXPECT_EQ(s.find('\n'), std::string::npos) << s;
}

TEST(KernelBackendRefusals, VerifierRejectionNamesProgramMessageAndSource) {
  SKIP_WITHOUT_BPF();
  std::string log;
  auto obj = load_bad({"xdp_null_deref"}, {}, &log);
  ASSERT_FALSE(obj);
  const Error& e = obj.error();
  expect_one_line(e);
  EXPECT_TRUE(e.verifier_rejection) << e.to_string();
  EXPECT_EQ(e.program, "xdp_null_deref");
  EXPECT_EQ(e.error_number, EACCES);
  EXPECT_NE(e.message.find("R0 invalid mem access 'map_value_or_null'"), std::string::npos) << e.to_string();
  EXPECT_NE(e.message.find("kb_bad.bpf.c:"), std::string::npos) << e.to_string();
  EXPECT_NE(e.message.find("return *v == 7"), std::string::npos) << e.to_string();
  const std::string why = explain_verifier_message("R0 invalid mem access 'map_value_or_null'");
  ASSERT_FALSE(why.empty());
  EXPECT_NE(e.message.find(why), std::string::npos) << e.to_string();
  EXPECT_GE(e.insn, 0);
  EXPECT_NE(log.find("R0 invalid mem access"), std::string::npos) << "the full log goes to failure_log";
}

TEST(KernelBackendRefusals, UnknownSectionName) {
  SKIP_WITHOUT_BPF();
  auto obj = load_bad({"unknown_section"});
  ASSERT_FALSE(obj);
  expect_one_line(obj.error());
  EXPECT_EQ(obj.error().program, "unknown_section");
  EXPECT_NE(obj.error().message.find("unknown section name 'bpfkit_unknown_section'"), std::string::npos)
      << obj.error().to_string();
}

TEST(KernelBackendRefusals, MissingAttachTarget) {
  SKIP_WITHOUT_BPF();
  auto obj = load_bad({"fentry_missing"});
  ASSERT_FALSE(obj);
  expect_one_line(obj.error());
  EXPECT_EQ(obj.error().program, "fentry_missing");
  EXPECT_NE(obj.error().message.find("attach target 'bpfkit_no_such_function' not found in the kernel's BTF"),
            std::string::npos)
      << obj.error().to_string();
  EXPECT_EQ(obj.error().error_number, ESRCH);
}

// A kernel without BTF: no /sys/kernel/btf/vmlinux and no BTF_LOAD. Plain programs still load (without func/line
// info), a program whose attach target is a BTF id cannot.
TEST(KernelBackendRefusals, KernelWithoutBtf) {
  SKIP_WITHOUT_BPF();
  KernelLoadOptions no_btf;
  no_btf.kernel_btf = "";
  no_btf.btf_features.btf = false;
  auto tp = load_bad({"tp_btf_switch"}, no_btf);
  ASSERT_FALSE(tp);
  expect_one_line(tp.error());
  EXPECT_EQ(tp.error().program, "tp_btf_switch");
  EXPECT_NE(tp.error().message.find("attach target 'sched_switch' needs the kernel's BTF"), std::string::npos)
      << tp.error().to_string();

  auto fine = load_bad({"xdp_fine"}, no_btf);
  ASSERT_TRUE(fine) << fine.error().to_string();
  EXPECT_EQ((*fine)->btf_fd(), -1);
  auto info = kernel::prog_info((*fine)->programs()[0].fd.get());
  ASSERT_TRUE(info);
  EXPECT_EQ(info->btf_id, 0u);
  auto r = (*fine)->test_run("xdp_fine", TestRunOptions{.data_in = std::vector<uint8_t>(64, 0)});
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 2u);  // XDP_PASS
}

// The verifier log of a program too big for the first buffer: the loader grows it until the whole log fits.
TEST(KernelBackendLog, LogGrowsOnEnospc) {
  SKIP_WITHOUT_BPF();
  auto spec = ObjectSpec::open(object_path("sys_bpf2bpf"));
  ASSERT_TRUE(spec);
  KernelLoadOptions opts;
  opts.log_level = 2;
  opts.log_size_start = 256;
  auto obj = KernelObject::load(std::move(*spec), opts);
  ASSERT_TRUE(obj) << obj.error().to_string();
  for (const auto& p : (*obj)->programs()) {
    EXPECT_GT(p.log.size(), 256u) << p.spec->name;
    EXPECT_NE(p.log.find("processed "), std::string::npos) << p.spec->name << ": the log is complete";
  }
}

}  // namespace
}  // namespace bpfkit::testing::corpus
