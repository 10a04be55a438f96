#include "cli/progress.h"

#include <unistd.h>

#include <fmt/format.h>

namespace bpfkit::cli {

namespace {
constexpr auto kQuietFor = std::chrono::milliseconds(500);
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
}  // namespace

Progress::Progress(std::string what, size_t total)
    : what_(std::move(what)), total_(total), enabled_(isatty(STDERR_FILENO) != 0 && total > 1),
      start_(Clock::now()), last_draw_(start_) {}

Progress::~Progress() {
  if (drawn_) fmt::print(stderr, "\r\033[K");
}

void Progress::update(size_t done) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now - start_ < kQuietFor || (drawn_ && now - last_draw_ < kRedrawEvery)) return;
  last_draw_ = now;
  drawn_ = true;
  fmt::print(stderr, "\r{} {}/{} ({}%)", what_, done, total_, done * 100 / total_);
  std::fflush(stderr);
}

}  // namespace bpfkit::cli
