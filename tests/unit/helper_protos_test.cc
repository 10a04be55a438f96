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

// The bpf_func_proto facts (ret_type, argN_type) of a selection, as Linux 6.18 declares them.
TEST(HelperProtos, KernelPrototypes) {
  constexpr uint32_t mem = uint32_t(ArgType::PtrToMem);
  constexpr uint32_t rdonly = mem | kArgMemRdonly, uninit = mem | kArgMemUninit | kArgMemWrite;
  auto args = [](int32_t id, ProgType type = ProgType::Kprobe) {
    const HelperProto* p = helper_proto_for(type, id);
    EXPECT_NE(p, nullptr) << id;
    return p ? std::vector<uint32_t>(p->args, p->args + 5) : std::vector<uint32_t>{};
  };
  using V = std::vector<uint32_t>;
  const uint32_t map = uint32_t(ArgType::ConstMapPtr), key = uint32_t(ArgType::PtrToMapKey),
                 value = uint32_t(ArgType::PtrToMapValue), any = uint32_t(ArgType::Anything),
                 ctx = uint32_t(ArgType::PtrToCtx), size = uint32_t(ArgType::ConstSize),
                 size0 = uint32_t(ArgType::ConstSizeOrZero);
  EXPECT_EQ(args(1), (V{map, key, 0, 0, 0}));                      // bpf_map_lookup_elem
  EXPECT_EQ(find_helper_proto(1)->ret, uint32_t(RetType::PtrToMapValue) | kRetMaybeNull);
  EXPECT_EQ(args(2), (V{map, key, value, any, 0}));                // bpf_map_update_elem
  EXPECT_EQ(args(88), (V{map, value | kArgMemUninit | kArgMemWrite, 0, 0, 0}));  // bpf_map_pop_elem
  EXPECT_EQ(args(112), (V{uninit, size0, any, 0, 0}));             // bpf_probe_read_user
  EXPECT_EQ(args(16), (V{uninit, size, 0, 0, 0}));                 // bpf_get_current_comm
  EXPECT_EQ(args(6), (V{rdonly, size, 0, 0, 0}));                  // bpf_trace_printk
  EXPECT_EQ(args(130), (V{map, rdonly, size0, any, 0}));           // bpf_ringbuf_output
  EXPECT_EQ(find_helper_proto(131)->ret, uint32_t(RetType::PtrToMem) | kRetMaybeNull | kRetMemRingbuf);
  EXPECT_EQ(args(132)[0], uint32_t(ArgType::PtrToRingbufMem) | kArgRelease);  // bpf_ringbuf_submit
  EXPECT_EQ(find_helper_proto(132)->ret, uint32_t(RetType::Void));
  EXPECT_EQ(args(12), (V{ctx, map, any, 0, 0}));                   // bpf_tail_call
  EXPECT_EQ(args(25), (V{ctx, map, any, rdonly, size0}));          // bpf_perf_event_output
  EXPECT_EQ(args(28, ProgType::Xdp), (V{rdonly | kArgMaybeNull, size0, rdonly | kArgMaybeNull, size0, any}));
  EXPECT_EQ(args(26, ProgType::SchedCls), (V{ctx, any, uninit, size, 0}));  // bpf_skb_load_bytes
  EXPECT_EQ(args(9, ProgType::SchedCls), (V{ctx, any, rdonly, size, any}));  // bpf_skb_store_bytes
  EXPECT_EQ(args(190, ProgType::Xdp), (V{ctx, any, rdonly, size, 0}));  // bpf_xdp_store_bytes (fixed in 6.18.y)
  EXPECT_EQ(args(189, ProgType::Xdp), (V{ctx, any, uninit, size, 0}));  // bpf_xdp_load_bytes
  EXPECT_EQ(args(67), (V{ctx, uninit, size0, any, 0}));            // bpf_get_stack
  EXPECT_EQ(args(181), (V{any, uint32_t(ArgType::PtrToFunc), uint32_t(ArgType::PtrToStack) | kArgMaybeNull, any, 0}));
  EXPECT_EQ(args(182), (V{rdonly, size, uint32_t(ArgType::PtrToConstStr), 0, 0}));  // bpf_strncmp
  EXPECT_EQ(args(93)[0], uint32_t(ArgType::PtrToSpinLock));
  const HelperProto* task = helper_proto_for(ProgType::Kprobe, 158);  // bpf_get_current_task_btf
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(task->ret, uint32_t(RetType::PtrToBtfId) | kRetTrusted);
  EXPECT_STREQ(task->ret_btf_struct, "task_struct");
}

TEST(HelperProtos, PerTypeVariants) {
  // perf_event's bpf_get_stackid is not GPL-only; kprobe's is.
  EXPECT_FALSE(helper_proto_for(ProgType::PerfEvent, 27)->gpl_only);
  EXPECT_TRUE(helper_proto_for(ProgType::Kprobe, 27)->gpl_only);
  // Tracing programs reach a socket through a BTF pointer, not their context.
  EXPECT_EQ(helper_proto_for(ProgType::SchedCls, 46)->args[0], uint32_t(ArgType::PtrToCtx));
  EXPECT_EQ(helper_proto_for(ProgType::Syscall, 46)->args[0],
            uint32_t(ArgType::PtrToBtfIdSockCommon) | kArgMaybeNull);
  EXPECT_EQ(arg_base(helper_proto_for(ProgType::Syscall, 188)->args[0]), ArgType::PtrToBtfId);
  // Not available: nullptr.
  EXPECT_EQ(helper_proto_for(ProgType::Xdp, 9), nullptr);
  EXPECT_EQ(helper_proto_for(ProgType::Kprobe, 160), nullptr);
}

TEST(HelperProtos, EveryTabledHelperHasAPrototype) {
  // Every helper either returns something other than a plain integer or takes its arguments in order: no gaps
  // (ARG_DONTCARE before a used argument), and each ARG_CONST_SIZE follows a memory argument, as the kernel's
  // check_func_proto requires.
  for (const HelperProto& p : helper_protos()) {
    bool ended = false;
    for (int i = 0; i < 5; ++i) {
      const ArgType base = arg_base(p.args[i]);
      if (base == ArgType::DontCare) {
        ended = true;
        continue;
      }
      EXPECT_FALSE(ended) << p.name << ": argument " << i + 1 << " after an unused one";
      if (base == ArgType::ConstSize || base == ArgType::ConstSizeOrZero) {
        ASSERT_GT(i, 0) << p.name;
        const ArgType prev = arg_base(p.args[i - 1]);
        EXPECT_TRUE(prev == ArgType::PtrToMem) << p.name << ": size argument " << i + 1 << " follows no buffer";
      }
      if (p.args[i] & kArgFixedSize) EXPECT_GT(p.arg_size[i], 0u) << p.name;
    }
    // The ret field is set for every helper: only these return nothing.
    if (ret_base(p.ret) == RetType::Void)
      EXPECT_TRUE(p.id == 12 || p.id == 93 || p.id == 94 || p.id == 132 || p.id == 133 || p.id == 199 || p.id == 200)
          << p.name;
  }
  // Helpers with arguments have them tabled (a zero-argument helper is one the kernel declares without any).
  for (int32_t id : {1, 2, 3, 4, 6, 9, 12, 16, 25, 26, 28, 44, 51, 67, 69, 87, 112, 130, 131, 164, 165, 181, 182, 189})
    EXPECT_NE(find_helper_proto(id)->args[0], 0u) << id;
}

// A tabled helper the runtime does not implement: the program loads, and the run fails at the call naming it.
TEST(HelperProtos, UnimplementedHelperFailsTheRunNamingIt) {
  const HelperTable helpers = standard_helpers(ProgType::SchedCls);
  const HelperEntry* e = helpers.find(19);  // bpf_skb_vlan_pop
  ASSERT_NE(e, nullptr);
  auto p = Program::load({Insn{0xb7, 2, 0, 0, 7}, call(19), kExit}, &helpers);
  ASSERT_TRUE(p.has_value()) << p.error().message;
  RunContext ctx;
  auto r = p->run(ctx);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().insn, 1);
  EXPECT_EQ(r.error().message, "helper bpf_skb_vlan_pop#19 is not implemented in bpfkit's userspace runtime");
  // A type whose func_proto lacks it has no entry at all (the verifier refuses the call first).
  EXPECT_EQ(standard_helpers(ProgType::Xdp).find(19), nullptr);
}

// The func_protos that look at expected_attach_type, and the 6.16+ base set.
TEST(HelperProtos, AttachTypeDependentAnswers) {
  constexpr int32_t kSeqPrintf = 126, kBind = 64, kGetRetval = 186, kSetsockopt = 49, kCgroupId = 80;
  EXPECT_TRUE(prog_type_has_helper(ProgType::Tracing, kSeqPrintf, attach::TraceIter));
  EXPECT_FALSE(prog_type_has_helper(ProgType::Tracing, kSeqPrintf, attach::TraceFentry));
  EXPECT_TRUE(prog_type_has_helper(ProgType::Tracing, kSeqPrintf));  // some tracing program has it
  EXPECT_TRUE(prog_type_has_helper(ProgType::CgroupSockAddr, kBind, attach::CgroupInet6Connect));
  EXPECT_FALSE(prog_type_has_helper(ProgType::CgroupSockAddr, kBind, attach::CgroupInet4Bind));
  EXPECT_FALSE(prog_type_has_helper(ProgType::CgroupSockAddr, kGetRetval, attach::CgroupUdp4Recvmsg));
  EXPECT_TRUE(prog_type_has_helper(ProgType::CgroupSockAddr, kGetRetval, attach::CgroupInet4Connect));
  EXPECT_FALSE(prog_type_has_helper(ProgType::CgroupSockopt, kSetsockopt, attach::CgroupGetsockopt));
  EXPECT_TRUE(prog_type_has_helper(ProgType::CgroupSockopt, kSetsockopt, attach::CgroupSetsockopt));
  EXPECT_TRUE(prog_type_has_helper(ProgType::SocketFilter, kCgroupId));
  EXPECT_TRUE(prog_type_has_helper(ProgType::Netfilter, kCgroupId));
  EXPECT_FALSE(prog_type_has_helper(ProgType::SocketFilter, 59));  // bpf_sock_ops_cb_flags_set: sockops only
  EXPECT_TRUE(prog_type_has_helper(ProgType::SockOps, 59));
  // Every id of the 6.18 uapi is tabled.
  for (int32_t id = 1; id <= 211; ++id) EXPECT_NE(find_helper_proto(id), nullptr) << id;
}

}  // namespace
}  // namespace bpfkit
