// The per-program-type helper table (helper_protos.h): its coverage of the implemented helpers, the kernel's
// answers for a few telling pairs, the verifier's refusal wording and the GPL rule, and the runtime's helper sets
// that follow it. (tests/kernel/helper_protos_kernel_test.cc compares every pair with the running kernel.)
#include <gtest/gtest.h>

#include <cerrno>
#include <string>
#include <vector>

#include "bpfkit/disasm.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/helpers.h"
#include "bpfkit/runtime.h"

namespace bpfkit {
namespace {

Insn call(int32_t id) { return Insn{0x85, 0, 0, 0, id}; }
const Insn kMov0{0xb7, 0, 0, 0, 0};
const Insn kExit{0x95, 0, 0, 0, 0};

TEST(HelperProtos, EveryImplementedHelperIsTabled) {
  // A helper standard_helpers() has but the table lacks would vanish from every typed helper set.
  const HelperTable all = standard_helpers();
  int implemented = 0;
  for (int32_t id = 0; id < 512; ++id) {
    const HelperEntry* e = all.find(id);
    const HelperProto* p = find_helper_proto(id);
    if (e == nullptr) {
      EXPECT_EQ(p, nullptr) << "tabled but not implemented: helper " << id;
      continue;
    }
    ++implemented;
    ASSERT_NE(p, nullptr) << "implemented but not tabled: " << e->name;
    EXPECT_STREQ(p->name, e->name);
    EXPECT_STREQ(p->name, helper_name(id));  // the kernel's names, as the disassembler prints them
  }
  EXPECT_EQ(size_t(implemented), helper_protos().size());
  for (size_t i = 1; i < helper_protos().size(); ++i) EXPECT_LT(helper_protos()[i - 1].id, helper_protos()[i].id);
}

TEST(HelperProtos, PerTypeAnswers) {
  // Packet helpers belong to their packet type.
  EXPECT_TRUE(prog_type_has_helper(ProgType::Xdp, 44));         // xdp_adjust_head
  EXPECT_FALSE(prog_type_has_helper(ProgType::SchedCls, 44));
  EXPECT_TRUE(prog_type_has_helper(ProgType::SchedCls, 9));     // skb_store_bytes
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, 9));
  EXPECT_FALSE(prog_type_has_helper(ProgType::SocketFilter, 9));  // socket filters only read the skb
  EXPECT_TRUE(prog_type_has_helper(ProgType::SocketFilter, 26));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, 26));
  // The legacy probe reads are tracing-only; the user/kernel ones are in the base set for a CAP_PERFMON loader.
  EXPECT_TRUE(prog_type_has_helper(ProgType::Kprobe, 4));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, 4));
  EXPECT_TRUE(prog_type_has_helper(ProgType::Xdp, 112));
  // Tracing programs have no coarse clock; perf output is not in the base set.
  EXPECT_FALSE(prog_type_has_helper(ProgType::Kprobe, 160));
  EXPECT_TRUE(prog_type_has_helper(ProgType::Xdp, 160));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Netfilter, 25));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Unspec, 25));
  // Raw mode (Unspec): context-free helpers only.
  EXPECT_TRUE(prog_type_has_helper(ProgType::Unspec, 7));
  EXPECT_TRUE(prog_type_has_helper(ProgType::Unspec, 5));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Unspec, 188));
  // bpf_get_current_task is in the base set for a CAP_PERFMON loader (the kernel test agrees).
  EXPECT_TRUE(prog_type_has_helper(ProgType::Xdp, 35));
  // Not tabled: never "has".
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, 100000));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Xdp, -1));
}

TEST(HelperProtos, RuntimeHelperSetsFollowTheTable) {
  const HelperTable xdp = standard_helpers(ProgType::Xdp);
  EXPECT_NE(xdp.find(44), nullptr);
  EXPECT_EQ(xdp.find(9), nullptr);
  EXPECT_EQ(xdp.find(4), nullptr);
  const HelperTable raw = standard_helpers(ProgType::Unspec);
  EXPECT_NE(raw.find(7), nullptr);
  EXPECT_EQ(raw.find(44), nullptr);
  EXPECT_EQ(raw.find(26), nullptr);
  for (const HelperProto& p : helper_protos())
    EXPECT_EQ(standard_helpers(ProgType::SchedCls).find(p.id) != nullptr,
              prog_type_has_helper(ProgType::SchedCls, p.id)) << p.name;
  // Program::load with a typed set cannot bind a helper the type lacks.
  auto loaded = Program::load({call(4), kExit}, &xdp);
  EXPECT_FALSE(loaded);
}

TEST(HelperProtos, RefusalWording) {
  std::vector<Insn> prog = {kMov0, call(7), call(4), kExit};
  auto r = check_helper_calls(prog, ProgType::Xdp, true);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "program of this type cannot use helper bpf_probe_read#4");
  EXPECT_EQ(r.error().insn, 2);
  EXPECT_EQ(r.error().error_number, EINVAL);
  EXPECT_TRUE(r.error().verifier_rejection);
  EXPECT_TRUE(check_helper_calls(prog, ProgType::Kprobe, true));
  // Helpers outside the table, subprogram calls and kfuncs are left to Program::load.
  EXPECT_TRUE(check_helper_calls(std::vector<Insn>{call(35), Insn{0x85, 0, 1, 0, 1}, Insn{0x85, 0, 2, 0, 4}, kExit},
                                 ProgType::Xdp, true));
}

TEST(HelperProtos, GplOnlyHelpers) {
  for (const HelperProto& p : helper_protos()) {
    auto r = check_helper_calls(std::vector<Insn>{call(p.id), kExit}, ProgType::Syscall, false);
    if (!prog_type_has_helper(ProgType::Syscall, p.id)) continue;
    EXPECT_EQ(!r, p.gpl_only) << p.name;
    if (!r) {
      EXPECT_EQ(r.error().message, "cannot call GPL-restricted function from non-GPL compatible program");
    }
  }
  EXPECT_TRUE(find_helper_proto(6)->gpl_only);    // trace_printk
  EXPECT_TRUE(find_helper_proto(112)->gpl_only);  // probe_read_user
  EXPECT_FALSE(find_helper_proto(1)->gpl_only);
  // The type check comes first, as in check_helper_call.
  auto r = check_helper_calls(std::vector<Insn>{call(4), kExit}, ProgType::Xdp, false);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "program of this type cannot use helper bpf_probe_read#4");
}

TEST(HelperProtos, GplCompatibleLicenses) {
  for (const char* yes : {"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL",
                          "Dual MPL/GPL"})
    EXPECT_TRUE(license_is_gpl_compatible(yes)) << yes;
  for (const char* no : {"", "Dual BSD", "MIT", "gpl", "GPLv2", "Proprietary"})
    EXPECT_FALSE(license_is_gpl_compatible(no)) << no;
}

Expected<std::unique_ptr<UserspaceObject>> load_object(const std::string& name) {
  auto spec = ObjectSpec::open(BPFKIT_BINARY_DIR "/bpf/" + name);
  if (!spec) return std::move(spec).error();
  return UserspaceObject::load(std::move(*spec));
}

TEST(HelperProtos, ObjectLoadRefusesWhatTheKernelRefuses) {
  auto obj = load_object("protos_refused.o");
  ASSERT_FALSE(obj);
  EXPECT_EQ(obj.error().message, "program of this type cannot use helper bpf_skb_load_bytes#26");
  EXPECT_EQ(obj.error().program, "xdp_skb_load");
  EXPECT_TRUE(obj.error().verifier_rejection);
  EXPECT_GE(obj.error().insn, 0);

  obj = load_object("protos_nogpl.o");
  ASSERT_FALSE(obj);
  EXPECT_EQ(obj.error().message, "cannot call GPL-restricted function from non-GPL compatible program");
  EXPECT_TRUE(obj.error().verifier_rejection);
}

}  // namespace
}  // namespace bpfkit
