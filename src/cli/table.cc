#include "cli/table.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace bpfkit::cli {

void Table::print() const {
  if (rows_.size() <= 1) return;  // nothing to list: no header either, as bpftool prints nothing
  size_t cols = 0;
  for (const auto& r : rows_) cols = std::max(cols, r.size());
  std::vector<size_t> width(cols, 0);
  std::vector<bool> numeric(cols, true);
  for (size_t i = 0; i < rows_.size(); ++i) {
    for (size_t c = 0; c < rows_[i].size(); ++c) {
      width[c] = std::max(width[c], rows_[i][c].size());
      if (i > 0 && (rows_[i][c].empty() ||
                    !std::all_of(rows_[i][c].begin(), rows_[i][c].end(), [](unsigned char ch) { return std::isdigit(ch); })))
        numeric[c] = false;
    }
  }
  for (const auto& r : rows_) {
    std::string line;
    for (size_t c = 0; c < r.size(); ++c) {
      const bool last = c + 1 == r.size();
      if (numeric[c])
        line += fmt::format("{:>{}}", r[c], width[c]);
      else
        line += last ? r[c] : fmt::format("{:<{}}", r[c], width[c]);
      if (!last) line += "  ";
    }
    fmt::print("{}\n", line);
  }
}

}  // namespace bpfkit::cli
