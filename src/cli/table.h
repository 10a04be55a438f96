// Aligned text columns, bpftool-compact: a header row, then one row per item, columns padded to their widest cell.
#pragma once

#include <string>
#include <vector>

namespace bpfkit::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : rows_{std::move(header)} {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Prints to stdout; numbers-only columns are right-aligned.
  void print() const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace bpfkit::cli
