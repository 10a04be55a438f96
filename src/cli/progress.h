// Progress of long CLI work on a terminal: "run: packet 1200/50000" on stderr, redrawn in place. Nothing is printed
// when stderr is not a terminal (pipes, CI logs, tests) or when the work ends within half a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace bpfkit::cli {

class Progress {
 public:
  Progress(std::string what, size_t total);
  ~Progress();  // erases the line if one was drawn
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(size_t done);

 private:
  using Clock = std::chrono::steady_clock;
  std::string what_;
  size_t total_;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace bpfkit::cli
