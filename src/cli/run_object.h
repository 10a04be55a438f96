// bpfkit run OBJ: BPF_PROG_TEST_RUN on a program of an object, in the userspace backend.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/runtime.h"
#include "bpfkit/test_run.h"
#include "cli/output.h"

namespace bpfkit::cli {

struct ObjectRunOptions {
  std::string object;
  std::string backend = "userspace";     // or "kernel": BPF_PROG_TEST_RUN in the running kernel (kernel.h)
  std::string prog;                      // empty: the first program
  std::string data_in;                   // a file of packet bytes
  std::string ctx_in;                    // a file holding the context struct (xdp_md, __sk_buff, raw args...)
  std::string pcap;                      // run once per packet of a pcap file
  std::optional<uint32_t> data_size_out;
  std::optional<uint32_t> ctx_size_out;
  uint32_t repeat = 1;
  std::string kconfig_file;              // .config for CONFIG_* externs (default: the host's)
  uint64_t loop_limit = kDefaultTestRunLoopLimit;  // backward jumps plus calls per run; 0: no limit
  uint64_t memory_limit = LoadOptions::kDefaultMemoryLimit;  // bytes of maps (kernel-like cost); 0: no limit
  bool all_elements = false;             // dump every array element, zero ones too
  std::vector<std::string> map_in;       // --map-in FILE: `run --json` output whose maps preload the object's
  std::vector<std::string> map_entries;  // --map NAME:KEY=VALUE, applied after the files

  uint64_t attach_cookie = 0;            // what bpf_get_attach_cookie returns
  std::string fib;                       // JSON file with the namespace bpf_fib_lookup sees (cli/fib_file.h)
  // Tracing programs (run_tracing.h): files of JSON or a tracefs format.
  std::string ctx_json;                  // the context by field name (pt_regs, tracepoint record, u64 args)
  std::string tp_format;                 // the tracepoint's format file (default: tracefs, else BTF)
  std::string task;                      // the current task (pid, tgid, uid, gid, comm, task_struct fields)
  std::string kmem;                      // kernel objects for probe reads and BTF pointers
  std::string umem;                      // the current task's user memory
  std::string btf;                       // target BTF for CO-RE and for laying out task and kernel objects
                                         // (default: /sys/kernel/btf/vmlinux)
  bool verify = true;                    // verify what the run can reach first (--no-verify: don't)
};

// A record a run left in an event-like map (ring buffer, perf event array, queue, stack).
struct Event {
  std::string map;
  std::string type;
  std::vector<uint8_t> data;
  std::optional<uint32_t> index;  // perf event array slot
};

// Shared by both backends' runs.
Expected<std::vector<std::vector<uint8_t>>> read_pcap(const std::string& path);
nlohmann::ordered_json redirect_json(const RedirectTarget& t);
std::string redirect_text(const RedirectTarget& t);
std::string retval_name(ProgType type, uint32_t rv);  // "XDP_PASS", "TC_ACT_SHOT", "" when none
std::string hexdump(std::span<const uint8_t> bytes, const char* indent);
std::string spaced_hex(std::span<const uint8_t> bytes);

// Events, shared by both backends so they print alike. A perf record is what a perf reader gets: the program's bytes
// padded with zeros so that the u32 size and the data end 8-byte aligned (the kernel's PERF_SAMPLE_RAW layout), its
// index the CPU's slot. Order: ring buffer, queue and stack records map by map, then perf records as they came.
std::vector<uint8_t> perf_raw_padded(std::span<const uint8_t> record);
// Userspace: puts a stand-in event in every CPU's slot of each perf event array and sends its records to *sink.
void install_perf_sinks(UserspaceObject& obj, std::vector<Event>* sink);
// Userspace: drains the ring buffers, queues and stacks after the runs and appends the perf records.
std::vector<Event> collect_events(UserspaceObject& obj, std::vector<Event>& perf_events);
nlohmann::ordered_json events_json(const std::vector<Event>& events);
void print_events(const std::vector<Event>& events);

int run_object(const ObjectRunOptions& opt, const Output& out);
// The same run in the kernel (--backend kernel): same inputs, same JSON.
int run_object_kernel(const ObjectRunOptions& opt, const Output& out);

}  // namespace bpfkit::cli
