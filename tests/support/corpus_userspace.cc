// The bpfkit side of the differential corpus (see corpus_userspace.h).
#include "support/corpus_userspace.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "bpfkit/map.h"
#include "bpfkit/object.h"
#include "bpfkit/runtime.h"
#include "support/corpus_runner.h"

namespace bpfkit::testing::corpus {
namespace {

// A generous bound on backward jumps and calls per run: the corpus programs are verified by the kernel and end
// quickly, so only a bpfkit bug could reach it, and then the test fails instead of hanging.
constexpr uint64_t kLoopLimit = 100'000'000;

Bytes fit(Bytes b, size_t n) {
  if (b.size() < n) b.resize(n, 0);
  return b;
}

class BpfkitCase : public StepRunner {
 public:
  explicit BpfkitCase(const Case& c) : c_(c) {}

  Outcome run() {
    // Per-CPU maps and bpf_get_smp_processor_id() see CPU 0, where the kernel side pins its thread.
    CpuScope cpu(0);
    if (!load()) return out_;
    attach_perf_sinks();
    run_steps(c_, out_);
    drain_ringbufs();
    dump_maps();
    return out_;
  }

 private:
  bool load() {
    auto spec = ObjectSpec::open(c_.object_path);
    if (!spec) {
      out_.load_error = "bpfkit: open: " + spec.error().to_string();
      return false;
    }
    LoadOptions opts;
    opts.helpers.use_host_identity = true;
    opts.kconfig_file = host_kconfig_path();
    // This harness compares the runtime's results with the kernel's; the verdicts on these programs are
    // verifier_real_programs_test's, where a false rejection is listed (known_mismatches.txt) rather than hidden.
    opts.verify = false;
    auto obj = UserspaceObject::load(std::move(*spec), std::move(opts));
    if (!obj) {
      out_.load_error = "bpfkit: load: " + obj.error().to_string();
      return false;
    }
    obj_ = std::move(*obj);
    return true;
  }

  std::string map_name(size_t i) const { return obj_->spec().maps()[i].name; }

  // perf_buffer__new on the kernel side puts a perf event into slot `cpu` for every CPU; do the same, with a sink
  // that records (u32 index, padded raw sample) as the kernel side's callback does.
  void attach_perf_sinks() {
    for (size_t i = 0; i < obj_->map_count(); ++i) {
      auto* pm = dynamic_cast<PerfEventArrayMap*>(&obj_->map_at(i));
      if (pm == nullptr) continue;
      auto* records = &out_.perf[map_name(i)];
      pm->set_sink([records](uint32_t index, std::span<const uint8_t> record) {
        Bytes r;
        for (int b = 0; b < 4; ++b) r.push_back(uint8_t(index >> (8 * b)));
        Bytes padded = pad_perf_record(Bytes(record.begin(), record.end()));
        r.insert(r.end(), padded.begin(), padded.end());
        records->push_back(std::move(r));
      });
      const uint32_t n = std::min(pm->max_entries(), num_possible_cpus());
      for (uint32_t cpu = 0; cpu < n; ++cpu) {
        const uint32_t event = 1000 + cpu;  // an opaque handle standing for the perf event fd
        pm->update_elem(&cpu, &event, BPF_ANY);
      }
    }
  }

  void drain_ringbufs() {
    for (size_t i = 0; i < obj_->map_count(); ++i) {
      auto* rb = dynamic_cast<RingbufMap*>(&obj_->map_at(i));
      if (rb == nullptr) continue;
      auto* records = &out_.ringbuf[map_name(i)];
      rb->consume([records](std::span<const uint8_t> rec) { records->emplace_back(rec.begin(), rec.end()); });
    }
  }

  std::optional<MapSizes> map_sizes(const std::string& map) override {
    const Map* m = obj_->map(map);
    if (m == nullptr) return std::nullopt;
    return MapSizes{m->key_size(), m->value_size()};
  }
  int update(const std::string& map, const Bytes& key, const Bytes& value, uint64_t flags) override {
    Map& m = *obj_->map(map);
    const Bytes v = m.is_percpu() ? percpu_value(value, m.value_size()) : value;
    return m.update_elem(key.data(), v.data(), flags);
  }
  int remove(const std::string& map, const Bytes& key) override { return obj_->map(map)->delete_elem(key.data()); }
  int push(const std::string& map, const Bytes& value, uint64_t flags) override {
    return obj_->map(map)->update_elem(nullptr, value.data(), flags);
  }

  int set_slot(const std::string& map, const Step& s, StepResult& r) override {
    Map& m = *obj_->map(map);
    if (m.type() == MapType::ProgArray) {
      auto progs = obj_->programs();
      for (size_t i = 0; i < progs.size(); ++i) {
        if (progs[i].spec->name != s.prog) continue;
        const uint32_t handle = uint32_t(i);
        return m.update_elem(&s.index, &handle, BPF_ANY);
      }
      r.error = fmt::format("no program '{}'", s.prog);
      return 0;
    }
    auto* outer = dynamic_cast<MapOfMaps*>(&m);
    auto idx = obj_->spec().map_index(s.prog);
    if (outer == nullptr || !idx) {
      r.error = fmt::format("no map '{}' for a map-in-map slot", s.prog);
      return 0;
    }
    // The object owns its maps for as long as this case runs: hand out non-owning references, keyed by a token
    // standing for the inner map's fd (its id).
    UserspaceObject* obj = obj_.get();
    outer->set_fd_resolver([obj](uint32_t token) -> std::shared_ptr<Map> {
      for (size_t i = 0; i < obj->map_count(); ++i) {
        if (obj->map_at(i).id() == token) return std::shared_ptr<Map>(&obj->map_at(i), [](Map*) {});
      }
      return nullptr;
    });
    const uint32_t token = obj_->map_at(*idx).id();
    return m.update_elem(&s.index, &token, BPF_ANY);
  }

  void run_program(const Step& s, const std::optional<Bytes>& data, const std::optional<Bytes>& ctx,
                   StepResult& r) override {
    if (obj_->program(s.prog) == nullptr) {
      r.error = fmt::format("no program '{}'", s.prog);
      return;
    }
    TestRunOptions opts = test_run_options(s, data, ctx);
    opts.loop_limit = kLoopLimit;
    auto res = obj_->test_run(s.prog, opts);
    if (!res) {
      // An input the kernel would refuse carries its errno (the syscall's return value); anything else is a
      // runtime fault, which the kernel never has for a verified program.
      if (res.error().error_number != 0) r.rc = -res.error().error_number;
      else r.error = res.error().to_string();
      return;
    }
    r.rc = res->err;
    r.retval = res->retval;
    r.data_out = std::move(res->data_out);
    r.ctx_out = std::move(res->ctx_out);
  }

  void dump_maps() {
    for (size_t i = 0; i < obj_->map_count(); ++i) {
      Map& m = obj_->map_at(i);
      MapContents mc;
      const char* tn = map_type_name(m.type());
      mc.type = tn ? tn : fmt::format("type{}", uint32_t(m.type()));
      switch (m.type()) {
        case MapType::Ringbuf:
        case MapType::PerfEventArray:
          break;
        case MapType::Queue:
        case MapType::Stack: {
          Bytes v(m.value_size());
          for (uint32_t n = 0; n <= m.max_entries(); ++n) {
            if (m.lookup_and_delete_elem(nullptr, v.data()) != 0) break;
            mc.elements.push_back(v);
          }
          break;
        }
        case MapType::BloomFilter:
          for (const Probe& p : c_.probes) {
            if (p.map != map_name(i)) continue;
            auto v = p.value.build(RunVars::sample());
            Bytes vb = fit(v ? *v : Bytes{}, m.value_size());
            mc.probes.push_back(m.lookup_elem(nullptr, vb.data()));
          }
          break;
        case MapType::ProgArray:
        case MapType::ArrayOfMaps:
        case MapType::HashOfMaps:
          for (const MapEntry& e : dump_map(m)) {
            uint32_t handle = 0;
            std::memcpy(&handle, e.value.data(), std::min<size_t>(4, e.value.size()));
            mc.slots.emplace_back(e.key, slot_name(m.type(), handle));
          }
          break;
        default:
          for (MapEntry& e : dump_map(m)) mc.entries.emplace_back(std::move(e.key), std::move(e.value));
      }
      std::sort(mc.entries.begin(), mc.entries.end());
      std::sort(mc.slots.begin(), mc.slots.end());
      out_.maps[map_name(i)] = std::move(mc);
    }
  }

  // What a slot's userspace value names: a prog array gives the program handle, a map-in-map the inner map id.
  std::string slot_name(MapType t, uint32_t handle) const {
    if (t == MapType::ProgArray) {
      auto progs = obj_->programs();
      if (handle < progs.size()) return progs[handle].spec->name;
      return fmt::format("<program handle {} not in the object>", handle);
    }
    for (size_t i = 0; i < obj_->map_count(); ++i) {
      if (obj_->map_at(i).id() == handle) return map_name(i);
    }
    return fmt::format("<map id {} not in the object>", handle);
  }

  const Case& c_;
  Outcome out_;
  std::unique_ptr<UserspaceObject> obj_;
};

}  // namespace

Outcome run_in_bpfkit(const Case& c) { return BpfkitCase(c).run(); }

}  // namespace bpfkit::testing::corpus
