// Tracing programs in userspace (tracing.h): each context type from JSON and from bytes, the simulated current
// task read through CO-RE, kernel memory for probe reads and BTF pointers, and the inputs that are refused.
//
// The target BTF is trace_target_btf.o's, which declares the kernel types with the layout trace_progs.bpf.c's
// local types have, so these runs hold with and without CO-RE relocation against it.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "bpfkit/elf.h"
#include "bpfkit/file.h"
#include "bpfkit/runtime.h"
#include "bpfkit/tracing.h"
#include "support/object_btf.h"

namespace bpfkit {
namespace {

const std::string kProgs = BPFKIT_BINARY_DIR "/bpf/trace_progs.o";
const std::string kTargetBtf = BPFKIT_BINARY_DIR "/bpf/trace_target_btf.o";

btf::Btf target_btf() { return testing::object_btf(kTargetBtf); }

struct Loaded {
  std::unique_ptr<UserspaceObject> obj;
  const ProgramSpec* spec = nullptr;
};

Loaded load(const std::string& prog, LoadOptions options = {}) {
  auto spec = ObjectSpec::open(kProgs);
  EXPECT_TRUE(spec) << spec.error().to_string();
  // CO-RE against the same target BTF as the task and kernel images: the relocated reads land on what was set.
  if (!options.core.btf_path) options.core.btf_path = kTargetBtf;
  // Unverified: these tests are about the runtime's tracing contexts, and bpfkit's verifier still refuses the
  // object's fentry, fexit, LSM and tp_btf programs, which the kernel accepts (their context is typed by the traced
  // function's BTF: known_mismatches.txt, real:trace_progs/*). The object's verdicts are verifier_real_programs_test's.
  options.verify = false;
  auto obj = UserspaceObject::load(std::move(*spec), std::move(options));
  EXPECT_TRUE(obj) << obj.error().to_string();
  Loaded l{std::move(*obj), nullptr};
  const UserspaceObject::LoadedProgram* p = l.obj->program(prog);
  EXPECT_NE(p, nullptr) << prog;
  if (p != nullptr) l.spec = p->spec;
  return l;
}

TracingCtxTarget target_of(const ProgramSpec& spec, const btf::Btf* btf) {
  TracingCtxTarget t;
  t.type = spec.type;
  t.expected_attach_type = spec.expected_attach_type;
  t.attach_to = spec.attach_target;
  t.btf = btf;
  return t;
}

// Runs prog with a context from JSON; returns retval, failing the test on any error.
uint32_t run_json(Loaded& l, const std::string& prog, const std::string& json, KernelMemory* kmem = nullptr,
                  const btf::Btf* btf = nullptr) {
  auto ctx = tracing_ctx_from_json(target_of(*l.spec, btf), json, kmem);
  EXPECT_TRUE(ctx) << ctx.error().to_string();
  if (!ctx) return 0xdeadbeef;
  TestRunOptions o;
  o.ctx_in = std::move(*ctx);
  auto r = l.obj->test_run(prog, o);
  EXPECT_TRUE(r) << r.error().to_string();
  return r ? r->retval : 0xdeadbeef;
}

TEST(TracingCtx, KprobePtRegsByRegisterName) {
  Loaded l = load("kp_args");
  EXPECT_EQ(run_json(l, "kp_args", R"({"parm1": 3, "si": 7})"), 307u);
  EXPECT_EQ(run_json(l, "kp_args", R"({"di": "0x2", "parm2": 1})"), 201u);
  // The layout: di is the 15th u64 of pt_regs, si the 14th, ip the 17th.
  auto ctx = tracing_ctx_from_json(target_of(*l.spec, nullptr), R"({"di": 1, "si": 2, "ip": 3})", nullptr);
  ASSERT_TRUE(ctx);
  ASSERT_EQ(ctx->size(), kPtRegsSize);
  uint64_t regs[21];
  std::memcpy(regs, ctx->data(), sizeof(regs));
  EXPECT_EQ(regs[14], 1u);
  EXPECT_EQ(regs[13], 2u);
  EXPECT_EQ(regs[16], 3u);
}

TEST(TracingCtx, KprobeBytesAreZeroExtended) {
  Loaded l = load("kp_args");
  TestRunOptions o;
  o.ctx_in = std::vector<uint8_t>(14 * 8 + 1, 0);  // up to si's first byte
  (*o.ctx_in)[13 * 8] = 9;
  auto r = l.obj->test_run("kp_args", o);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 9u);  // di (past the bytes given) reads 0
  o.ctx_in = std::vector<uint8_t>(169, 0);
  auto big = l.obj->test_run("kp_args", o);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().error_number, EINVAL);
}

TEST(TracingCtx, KretprobeReturnValue) {
  Loaded l = load("kretp_rc");
  EXPECT_EQ(run_json(l, "kretp_rc", R"({"rc": 41})"), 42u);
}

TEST(TracingCtx, PerfEventData) {
  Loaded l = load("pe_sample");
  EXPECT_EQ(run_json(l, "pe_sample", R"({"regs": {"ip": 1000}, "sample_period": 20, "addr": 3})"), 1023u);
  auto bad = tracing_ctx_from_json(target_of(*l.spec, nullptr), R"({"period": 1})", nullptr);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("'period'"), std::string::npos) << bad.error().message;
}

// As tracefs shows it on 6.18 (x86-64).
constexpr const char* kOpenatFormat = R"(name: sys_enter_openat
ID: 700
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;
	field:unsigned char common_flags;	offset:2;	size:1;	signed:0;
	field:unsigned char common_preempt_count;	offset:3;	size:1;	signed:0;
	field:int common_pid;	offset:4;	size:4;	signed:1;

	field:int __syscall_nr;	offset:8;	size:4;	signed:1;
	field:int dfd;	offset:12;	size:4;	signed:0;
	field:const char * filename;	offset:16;	size:8;	signed:0;
	field:int flags;	offset:24;	size:8;	signed:0;
	field:umode_t mode;	offset:32;	size:8;	signed:0;

print fmt: "dfd: 0x%08lx, filename: 0x%08lx", ((unsigned long)(REC->dfd)), ((unsigned long)(REC->filename))
)";

TEST(TracingCtx, TracepointFormatParses) {
  auto f = parse_tracepoint_format(kOpenatFormat);
  ASSERT_TRUE(f) << f.error().to_string();
  EXPECT_EQ(f->name, "sys_enter_openat");
  ASSERT_EQ(f->fields.size(), 9u);
  EXPECT_EQ(f->fields[6].name, "filename");
  EXPECT_EQ(f->fields[6].type, "const char *");
  EXPECT_EQ(f->fields[6].offset, 16u);
  EXPECT_TRUE(f->fields[3].is_signed);
  EXPECT_EQ(f->size(), 40u);
  auto arr = parse_tracepoint_format("\tfield:char comm[16];\toffset:8;\tsize:16;\tsigned:0;\n"
                                     "\tfield:__data_loc char[] name;\toffset:24;\tsize:4;\tsigned:0;\n");
  ASSERT_TRUE(arr) << arr.error().to_string();
  EXPECT_EQ(arr->fields[0].name, "comm");
  EXPECT_EQ(arr->fields[0].array_len, 16u);
  EXPECT_EQ(arr->fields[1].name, "name");
  EXPECT_EQ(arr->fields[1].type, "__data_loc char[]");
  EXPECT_FALSE(parse_tracepoint_format("\tfield:int x;\toffset:zz;\tsize:4;\n"));
  EXPECT_FALSE(parse_tracepoint_format("no fields here\n"));
}

TEST(TracingCtx, TracepointRecordByFieldName) {
  Loaded l = load("tp_openat");
  TracingCtxTarget t = target_of(*l.spec, nullptr);
  t.tp_format = *parse_tracepoint_format(kOpenatFormat);
  auto ctx = tracing_ctx_from_json(t, R"({"common_pid": 5, "__syscall_nr": 257, "dfd": 100, "flags": 2})", nullptr);
  ASSERT_TRUE(ctx) << ctx.error().to_string();
  ASSERT_EQ(ctx->size(), 40u);
  EXPECT_EQ((*ctx)[4], 5);
  TestRunOptions o;
  o.ctx_in = *ctx;
  auto r = l.obj->test_run("tp_openat", o);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 257102u);
  // Refusals name the field.
  auto unknown = tracing_ctx_from_json(t, R"({"fd": 1})", nullptr);
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("no field 'fd'"), std::string::npos) << unknown.error().message;
  auto too_big = tracing_ctx_from_json(t, R"({"dfd": 4294967296})", nullptr);
  ASSERT_FALSE(too_big);
  EXPECT_NE(too_big.error().message.find("does not fit"), std::string::npos) << too_big.error().message;
  EXPECT_FALSE(tracing_ctx_from_json(t, R"({"dfd": )", nullptr));
}

TEST(TracingCtx, FentryArgumentsAndKernelMemory) {
  const btf::Btf btf = target_btf();
  KernelMemory kmem;
  auto loaded = load_kernel_memory(btf, R"([
    {"name": "fn", "type": "struct filename", "value": {"name": "@str", "refcnt": 1}},
    {"name": "str", "string": "ab/c"}
  ])", kmem);
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  LoadOptions opt;
  auto shared = std::make_shared<KernelMemory>(std::move(kmem));
  opt.helpers.kernel_memory = shared;
  Loaded l = load("fe_unlink", std::move(opt));
  // By position, and by the parameter names of do_unlinkat in the target BTF.
  EXPECT_EQ(run_json(l, "fe_unlink", R"([3, "@fn"])", shared.get(), &btf), 3000u + 'a' + 'b');
  EXPECT_EQ(run_json(l, "fe_unlink", R"({"name": "@fn", "dfd": 4})", shared.get(), &btf), 4000u + 'a' + 'b');
  // A pointer to nothing the simulated kernel has: the probe read fails (zeroed buffer).
  EXPECT_EQ(run_json(l, "fe_unlink", R"([5, 0])", shared.get(), &btf), 5000u);
  auto bad_name = tracing_ctx_from_json(target_of(*l.spec, &btf), R"({"fd": 1})", shared.get());
  ASSERT_FALSE(bad_name);
  EXPECT_NE(bad_name.error().message.find("no parameter 'fd'"), std::string::npos) << bad_name.error().message;
  auto no_obj = tracing_ctx_from_json(target_of(*l.spec, &btf), R"([1, "@nothing"])", shared.get());
  ASSERT_FALSE(no_obj);
  EXPECT_NE(no_obj.error().message.find("no kernel object named 'nothing'"), std::string::npos);
}

TEST(TracingCtx, FexitReturnValueFollowsArguments) {
  const btf::Btf btf = target_btf();
  Loaded l = load("fx_unlink");
  EXPECT_EQ(run_json(l, "fx_unlink", R"([5, 0, 7])"), 75u);
  EXPECT_EQ(run_json(l, "fx_unlink", R"({"dfd": 2, "ret": 9})", nullptr, &btf), 92u);
}

TEST(TracingCtx, LsmArguments) {
  Loaded l = load("lsm_open");
  EXPECT_EQ(run_json(l, "lsm_open", "[0]"), 0u);
  EXPECT_EQ(run_json(l, "lsm_open", "[4096]"), 0xffffffffu);
}

TaskSpec task_or_die(const std::string& json) {
  auto t = parse_task_spec(json);
  EXPECT_TRUE(t) << t.error().to_string();
  return t ? *t : TaskSpec{};
}

TEST(TracingTask, CurrentTaskThroughCoreReads) {
  const btf::Btf btf = target_btf();
  auto kmem = std::make_shared<KernelMemory>();
  const TaskSpec spec = task_or_die(R"({"pid": 42, "tgid": 40, "uid": 1000, "gid": 100, "comm": "bash",
                                        "real_parent": {"tgid": 7, "comm": "init"}})");
  EXPECT_EQ(spec.identity.pid, 42u);
  EXPECT_EQ(spec.identity.tgid, 40u);
  EXPECT_EQ(spec.identity.comm, "bash");
  auto addr = build_current_task(btf, spec, *kmem);
  ASSERT_TRUE(addr) << addr.error().to_string();
  EXPECT_EQ(kmem->current_task, *addr);
  LoadOptions opt;
  opt.helpers.use_host_identity = false;
  opt.helpers.identity = spec.identity;
  opt.helpers.kernel_memory = kmem;
  Loaded l = load("kp_task", std::move(opt));
  TestRunOptions o;
  auto r = l.obj->test_run("kp_task", o);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 7u * 1000 + 1000);
}

TEST(TracingTask, DefaultsMakeTheTaskItsOwnParent) {
  const btf::Btf btf = target_btf();
  auto kmem = std::make_shared<KernelMemory>();
  auto addr = build_current_task(btf, task_or_die(R"({"pid": 9, "uid": 3})"), *kmem);
  ASSERT_TRUE(addr);
  LoadOptions opt;
  opt.helpers.use_host_identity = false;
  opt.helpers.identity.pid = opt.helpers.identity.tgid = 9;
  opt.helpers.kernel_memory = kmem;
  Loaded l = load("kp_task", std::move(opt));
  auto r = l.obj->test_run("kp_task", TestRunOptions{});
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->retval, 9u * 1000 + 3);
}

TEST(TracingTask, TpBtfReadsATaskArgumentDirectly) {
  const btf::Btf btf = target_btf();
  auto kmem = std::make_shared<KernelMemory>();
  ASSERT_TRUE(build_current_task(btf, task_or_die(R"({"pid": 1234})"), *kmem));
  LoadOptions opt;
  opt.helpers.kernel_memory = kmem;
  Loaded l = load("tpbtf_exec", std::move(opt));
  EXPECT_EQ(run_json(l, "tpbtf_exec", R"(["@current"])", kmem.get()), 1234u);
}

TEST(TracingTask, RefusedInputsNameTheField) {
  const btf::Btf btf = target_btf();
  KernelMemory kmem;
  auto unknown = build_current_task(btf, task_or_die(R"({"pid": 1, "real_parent": {"tgidd": 1}})"), kmem);
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("real_parent.tgidd"), std::string::npos) << unknown.error().message;
  KernelMemory kmem2;
  auto too_long = build_current_task(btf, task_or_die(R"({"flags": 4294967296})"), kmem2);
  ASSERT_FALSE(too_long);
  EXPECT_NE(too_long.error().message.find("flags"), std::string::npos) << too_long.error().message;
  EXPECT_FALSE(parse_task_spec(R"({"comm": "a name longer than sixteen"})"));
  EXPECT_FALSE(parse_task_spec("[1, 2]"));
  EXPECT_FALSE(parse_task_spec("{"));
  KernelMemory kmem3;
  EXPECT_FALSE(load_kernel_memory(btf, R"([{"name": "x", "type": "struct nosuch"}])", kmem3));
  EXPECT_FALSE(load_kernel_memory(btf, R"([{"name": "x", "string": "a"}, {"name": "x", "string": "b"}])", kmem3));
}

// The image laid out by the running kernel's BTF: the bytes at vmlinux's offsets hold what was set. (The programs
// above read it only once CO-RE relocates their local offsets to vmlinux's.)
TEST(TracingTask, ImageFollowsVmlinuxLayout) {
  auto bytes = read_input_file("/sys/kernel/btf/vmlinux");
  if (!bytes) GTEST_SKIP() << "no readable /sys/kernel/btf/vmlinux: " << bytes.error().to_string();
  auto vmlinux = btf::Btf::parse(*bytes);
  ASSERT_TRUE(vmlinux) << vmlinux.error().to_string();
  KernelMemory kmem;
  auto addr = build_current_task(*vmlinux, task_or_die(R"({"pid": 77, "comm": "sh", "real_parent": {"tgid": 5}})"),
                                 kmem);
  ASSERT_TRUE(addr) << addr.error().to_string();
  const btf::Type* task = vmlinux->type(*vmlinux->find_by_name_kind("task_struct", btf::Kind::Struct));
  auto offset_of = [&](const char* name) -> uint32_t {
    for (const btf::Member& m : task->members)
      if (m.name == name) return m.bit_offset / 8;
    ADD_FAILURE() << "vmlinux task_struct has no " << name;
    return 0;
  };
  auto read_at = [&](uint64_t base, uint32_t off, size_t n) {
    std::span<uint8_t> b = kmem.bytes(base + off, n);
    EXPECT_EQ(b.size(), n);
    uint64_t v = 0;
    if (b.size() == n) std::memcpy(&v, b.data(), n);
    return v;
  };
  EXPECT_EQ(read_at(*addr, offset_of("pid"), 4), 77u);
  EXPECT_EQ(read_at(*addr, offset_of("tgid"), 4), 77u);
  EXPECT_EQ(read_at(*addr, offset_of("comm"), 3), uint64_t('s' | 'h' << 8));
  const uint64_t parent = read_at(*addr, offset_of("real_parent"), 8);
  ASSERT_NE(parent, *addr);
  EXPECT_EQ(read_at(parent, offset_of("tgid"), 4), 5u);
  EXPECT_EQ(read_at(*addr, offset_of("group_leader"), 8), *addr);
}

TEST(TracingTask, DeepNestingIsRefused) {
  const btf::Btf btf = target_btf();
  auto nested = [](int levels) {
    std::string deep = R"({"pid": 1)", close = "}";
    for (int i = 0; i < levels; ++i) {
      deep += R"(, "real_parent": {"tgid": 1)";
      close += "}";
    }
    return deep + close;
  };
  // Deeper than the JSON limit: refused before parsing (a parsed value that deep would overflow the stack when
  // copied).
  auto too_deep = parse_task_spec(nested(10000));
  ASSERT_FALSE(too_deep);
  EXPECT_NE(too_deep.error().message.find("nested more than"), std::string::npos) << too_deep.error().message;
  // Within the JSON limit but deeper than a task_struct image may go.
  KernelMemory kmem;
  auto r = build_current_task(btf, task_or_die(nested(100)), kmem);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("nested more than"), std::string::npos) << r.error().message.substr(0, 300);
}

// Without tracefs, a tracepoint's record comes from the target BTF's trace_event_raw_<name>, the common header
// from its struct trace_entry; both name the fields as tracefs does.
TEST(TracingCtx, TracepointLayoutFromVmlinuxBtf) {
  auto bytes = read_input_file("/sys/kernel/btf/vmlinux");
  if (!bytes) GTEST_SKIP() << "no readable /sys/kernel/btf/vmlinux: " << bytes.error().to_string();
  auto vmlinux = btf::Btf::parse(*bytes);
  ASSERT_TRUE(vmlinux) << vmlinux.error().to_string();
  auto f = find_tracepoint_format("sched", "sched_process_exec", &*vmlinux);
  ASSERT_TRUE(f) << f.error().to_string();
  auto field = [&](const std::string& name) -> const TracepointField* {
    for (const TracepointField& x : f->fields)
      if (x.name == name) return &x;
    ADD_FAILURE() << "no field " << name;
    return nullptr;
  };
  const TracepointField* pid = field("pid");
  const TracepointField* common_pid = field("common_pid");
  const TracepointField* filename = field("filename");
  ASSERT_TRUE(pid && common_pid && filename);
  EXPECT_EQ(common_pid->offset, 4u);
  EXPECT_EQ(common_pid->size, 4u);
  EXPECT_EQ(filename->type, "__data_loc char[]");
  EXPECT_EQ(filename->size, 4u);
  // A __data_loc string goes after the record; the field holds its offset and length (with the NUL).
  TracingCtxTarget t;
  t.type = ProgType::Tracepoint;
  t.attach_to = "sched/sched_process_exec";
  t.tp_format = *f;
  auto rec = tracing_ctx_from_json(t, R"({"pid": 12, "filename": "/bin/sh"})", nullptr);
  ASSERT_TRUE(rec) << rec.error().to_string();
  ASSERT_EQ(rec->size(), f->size() + 8);
  uint32_t loc = 0;
  std::memcpy(&loc, rec->data() + filename->offset, 4);
  EXPECT_EQ(loc & 0xffff, f->size());
  EXPECT_EQ(loc >> 16, 8u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rec->data() + f->size())), "/bin/sh");
  EXPECT_FALSE(find_tracepoint_format("nosuch", "nosuch_event", &*vmlinux));
}

TEST(TracingMemory, UserMemoryRanges) {
  auto m = parse_user_memory(R"([{"addr": "0x10000", "string": "/bin/ls"}, {"addr": 65544, "hex": "01 02"}])");
  ASSERT_TRUE(m) << m.error().to_string();
  char buf[10] = {};
  EXPECT_TRUE(m->read(0x10000, buf, 8));
  EXPECT_STREQ(buf, "/bin/ls");
  EXPECT_TRUE(m->read(0x10007, buf, 3));  // across two adjacent ranges
  EXPECT_EQ(buf[1], 1);
  EXPECT_FALSE(m->read(0x10008, buf, 3));
  EXPECT_FALSE(m->read(0xffff, buf, 1));
  EXPECT_FALSE(parse_user_memory(R"([{"addr": 1, "string": "ab"}, {"addr": 2, "string": "c"}])"));
  EXPECT_FALSE(parse_user_memory(R"([{"addr": "zz", "string": "ab"}])"));
}

TEST(TracingRun, TracingTypesTakeOnlyAContext) {
  Loaded l = load("kp_args");
  TestRunOptions o;
  o.data_in = {1, 2, 3};
  auto r = l.obj->test_run("kp_args", o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().error_number, EINVAL);
}

}  // namespace
}  // namespace bpfkit
