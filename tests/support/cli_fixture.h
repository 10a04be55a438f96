// Runs the bpfkit binary for CLI tests: a temporary directory per test, stdin/stdout/stderr through files (no shell
// quoting), the exit code, and JSON parsing of stdout.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

extern char** environ;

namespace bpfkit::testing {

namespace fs = std::filesystem;
using nlohmann::json;

inline const std::string kBpfkit = BPFKIT_BINARY_DIR "/bpfkit";
inline const std::string kExamples = BPFKIT_SOURCE_DIR "/examples";
inline const std::string kObject = BPFKIT_BINARY_DIR "/bpf/cli_example.o";

struct Result {
  int code = -1;
  std::string out, err;
};

inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void spit(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// True if text contains before, then one or more decimal digits, then after. (Not std::regex: GCC 12's <regex>
// warns under the sanitizers.)
inline bool contains_number_between(const std::string& text, const std::string& before, const std::string& after) {
  for (size_t at = text.find(before); at != std::string::npos; at = text.find(before, at + 1)) {
    size_t i = at + before.size(), digits = i;
    while (i < text.size() && isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i > digits && text.compare(i, after.size(), after) == 0) return true;
  }
  return false;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/bpfkit-cli-test-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs bpfkit with args; stdin from stdin_text, stdout and stderr captured through files (no shell quoting).
  Result bpfkit(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    const fs::path in = dir_ / ".stdin", out = dir_ / ".stdout", err = dir_ / ".stderr";
    spit(in, stdin_text);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> argv = {const_cast<char*>(kBpfkit.c_str())};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid;
    Result r;
    int rc = posix_spawn(&pid, kBpfkit.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
      ADD_FAILURE() << "cannot run " << kBpfkit << ": " << strerror(rc);
      return r;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  // Writes a file into the test's directory and returns its path.
  std::string file(const std::string& name, const std::string& text) {
    spit(dir_ / name, text);
    return (dir_ / name).string();
  }

  // Runs with --json and parses stdout.
  json bpfkit_json(std::vector<std::string> args, int expected_code = 0) {
    args.push_back("--json");
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, expected_code) << r.err;
    try {
      return json::parse(r.out);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "stdout is not JSON: " << e.what() << "\n" << r.out;
      return json();
    }
  }

  fs::path dir_;
};

}  // namespace bpfkit::testing
