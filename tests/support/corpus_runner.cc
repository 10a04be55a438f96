// The steps every side of the corpus shares (see corpus_runner.h).
#include "support/corpus_runner.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/map.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing::corpus {

void StepRunner::run_steps(const Case& c, Outcome& out) {
  for (const Step& s : c.steps) out.steps.push_back(step(s));
}

StepResult StepRunner::step(const Step& s) {
  StepResult r;
  r.step = s.describe();
  const RunVars vars = RunVars::sample();
  if (s.kind == Step::Kind::Run) {
    std::optional<Bytes> data, ctx;
    for (auto [in, out] : {std::pair{&s.data, &data}, std::pair{&s.ctx, &ctx}}) {
      if (!*in) continue;
      auto b = (*in)->build(vars);
      if (!b) {
        r.error = b.error().to_string();
        return r;
      }
      *out = std::move(*b);
    }
    run_program(s, data, ctx, r);
    return r;
  }
  const std::optional<MapSizes> sizes = map_sizes(s.map);
  if (!sizes) {
    r.error = fmt::format("no map '{}'", s.map);
    return r;
  }
  auto key = s.key.build(vars);
  auto value = s.value.build(vars);
  if (s.kind != Step::Kind::Slot && s.kind != Step::Kind::Push && !key) {
    r.error = key.error().to_string();
    return r;
  }
  if ((s.kind == Step::Kind::Update || s.kind == Step::Kind::Push) && !value) {
    r.error = value.error().to_string();
    return r;
  }
  // A key or value must have the map's size exactly: anything else is a mistake in the case.
  auto size_error = [](const char* what, size_t got, size_t want) {
    return got == want ? std::string() : fmt::format("{} is {} bytes, the map wants {}", what, got, want);
  };
  if (s.kind == Step::Kind::Update || s.kind == Step::Kind::Delete) r.error = size_error("key", key->size(), sizes->key);
  if (r.error.empty() && (s.kind == Step::Kind::Update || s.kind == Step::Kind::Push))
    r.error = size_error("value", value->size(), sizes->value);
  if (!r.error.empty()) return r;
  switch (s.kind) {
    case Step::Kind::Update: r.rc = update(s.map, *key, *value, s.flags); break;
    case Step::Kind::Delete: r.rc = remove(s.map, *key); break;
    case Step::Kind::Push: r.rc = push(s.map, *value, s.flags); break;
    case Step::Kind::Slot: r.rc = set_slot(s.map, s, r); break;
    case Step::Kind::Run: break;
  }
  return r;
}

Bytes percpu_value(const Bytes& v, size_t value_size) {
  const size_t slot = (value_size + 7) / 8 * 8;
  Bytes out(slot * num_possible_cpus(), 0);
  for (uint32_t cpu = 0; cpu < num_possible_cpus(); ++cpu)
    std::memcpy(out.data() + cpu * slot, v.data(), std::min(v.size(), slot));
  return out;
}

TestRunOptions test_run_options(const Step& s, const std::optional<Bytes>& data, const std::optional<Bytes>& ctx) {
  TestRunOptions opts;
  opts.repeat = s.repeat;
  opts.flags = uint32_t(s.flags);
  opts.cpu = s.cpu;
  opts.data_size_out = s.data_size_out;
  opts.ctx_size_out = s.ctx_size_out;
  if (data) opts.data_in = *data;
  if (ctx) opts.ctx_in = *ctx;
  return opts;
}

#ifdef BPFKIT_HAVE_LIBBPF

namespace {

int on_ringbuf(void* ctx, void* data, size_t size) {
  auto* records = static_cast<std::vector<Bytes>*>(ctx);
  const auto* p = static_cast<const uint8_t*>(data);
  records->emplace_back(p, p + size);
  return 0;
}

void on_perf(void* ctx, int cpu, void* data, uint32_t size) {
  auto* records = static_cast<std::vector<Bytes>*>(ctx);
  const auto* p = static_cast<const uint8_t*>(data);
  Bytes r;
  for (int i = 0; i < 4; ++i) r.push_back(uint8_t(uint32_t(cpu) >> (8 * i)));
  r.insert(r.end(), p, p + size);
  records->push_back(std::move(r));
}

void on_perf_lost(void* ctx, int cpu, unsigned long long cnt) {
  auto* records = static_cast<std::vector<Bytes>*>(ctx);
  records->push_back(Bytes{'L', 'O', 'S', 'T', uint8_t(cpu), uint8_t(cnt)});
}

}  // namespace

LibbpfConsumers::~LibbpfConsumers() {
  if (rb_ != nullptr) ring_buffer__free(static_cast<ring_buffer*>(rb_));
  for (void* p : perf_) perf_buffer__free(static_cast<perf_buffer*>(p));
}

std::string LibbpfConsumers::add_ringbuf(const std::string& name, int fd, std::vector<Bytes>* records) {
  if (rb_ == nullptr) {
    rb_ = ring_buffer__new(fd, on_ringbuf, records, nullptr);
    if (rb_ == nullptr) return fmt::format("ring_buffer__new({}): {}", name, strerror(errno));
  } else if (ring_buffer__add(static_cast<ring_buffer*>(rb_), fd, on_ringbuf, records) != 0) {
    return fmt::format("ring_buffer__add({}): {}", name, strerror(errno));
  }
  return {};
}

std::string LibbpfConsumers::add_perf(const std::string& name, int fd, std::vector<Bytes>* records) {
  perf_buffer* pb = perf_buffer__new(fd, 8, on_perf, on_perf_lost, records, nullptr);
  if (pb == nullptr) return fmt::format("perf_buffer__new({}): {}", name, strerror(errno));
  perf_.push_back(pb);
  return {};
}

void LibbpfConsumers::drain() {
  if (rb_ != nullptr) ring_buffer__consume(static_cast<ring_buffer*>(rb_));
  for (void* p : perf_) perf_buffer__consume(static_cast<perf_buffer*>(p));
}

#else

LibbpfConsumers::~LibbpfConsumers() = default;
std::string LibbpfConsumers::add_ringbuf(const std::string&, int, std::vector<Bytes>*) { return "built without libbpf"; }
std::string LibbpfConsumers::add_perf(const std::string&, int, std::vector<Bytes>*) { return "built without libbpf"; }
void LibbpfConsumers::drain() {}

#endif

}  // namespace bpfkit::testing::corpus
