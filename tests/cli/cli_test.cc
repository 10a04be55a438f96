// The bpfkit binary end to end: stdout, stderr, JSON shape and exit codes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_F(CliTest, VersionAndHelp) {
  Result r = bpfkit({"--version"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "bpfkit 0.1.0\n");

  r = bpfkit({"help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("asm"), std::string::npos);
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);

  r = bpfkit({"help", "run"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--loop-limit"), std::string::npos);

  r = bpfkit({"run", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--repeat"), std::string::npos);

  EXPECT_EQ(bpfkit({"help", "frobnicate"}).code, 2);
  EXPECT_EQ(bpfkit({}).code, 2);  // no command: usage on stderr
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"run", "--asm", "x.s", "--bogus"},
           {"frobnicate"},
           {"run"},                                     // neither --asm nor --raw
           {"run", "--asm", "a.s", "--raw", "b.bin"},   // both
           {"run", "--asm", "a.s", "--repeat", "-1"},
           {"run", "--asm", "a.s", "--repeat", "lots"},
           {"dis"},
           {"dis", "x.bin", "--syntax", "intel"}}) {
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 2) << args[0] << " " << (args.size() > 1 ? args[1] : "");
    EXPECT_EQ(r.err.rfind("bpfkit: error: ", 0), 0u) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  // In JSON mode the error is also on stdout.
  json j = bpfkit_json({"run", "--bogus"}, 2);
  ASSERT_TRUE(j.is_object());
  EXPECT_NE(j["error"].get<std::string>().find("--bogus"), std::string::npos);
}

TEST_F(CliTest, AsmWritesBinNextToInput) {
  const std::string src = file("fnv1a.s", slurp(kExamples + "/fnv1a.s"));
  Result r = bpfkit({"asm", src});
  ASSERT_EQ(r.code, 0) << r.err;
  const fs::path bin = dir_ / "fnv1a.bin";
  EXPECT_EQ(r.out, "12 instructions \u2192 " + bin.string() + "\n");
  ASSERT_TRUE(fs::exists(bin));
  const std::string bytes = slurp(bin);
  ASSERT_EQ(bytes.size(), 96u);
  EXPECT_EQ(uint8_t(bytes[0]), 0x18);     // LD_IMM64 of the offset basis
  EXPECT_EQ(uint8_t(bytes[88]), 0x95);    // exit

  json j = bpfkit_json({"asm", src, "-o", (dir_ / "out.bin").string()});
  EXPECT_EQ(j, json({{"insns", 12}, {"output", (dir_ / "out.bin").string()}}));
  EXPECT_EQ(slurp(dir_ / "out.bin"), bytes);
}

TEST_F(CliTest, AsmToStdout) {
  Result r = bpfkit({"asm", "-", "-o", "-"}, "r0 = 1\nexit\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, std::string("\xb7\0\0\0\x01\0\0\0\x95\0\0\0\0\0\0\0", 16));
  EXPECT_NE(r.err.find("2 instructions"), std::string::npos);  // the summary moves to stderr
}

TEST_F(CliTest, MalformedAsmNamesLineAndColumn) {
  const std::string src = file("bad.s", "r0 = 1\nr0 += foo\nexit\n");
  Result r = bpfkit({"asm", src});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("bpfkit: error: ", 0), 0u) << r.err;
  EXPECT_TRUE(contains_number_between(r.err, "bad.s:2:", ": ")) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;  // one line
  EXPECT_FALSE(fs::exists(dir_ / "bad.bin"));

  json j = bpfkit_json({"run", "--asm", src}, 2);
  EXPECT_TRUE(contains_number_between(j["error"].get<std::string>(), "bad.s:2:", ": "));
}

TEST_F(CliTest, RunExampleFnv1a) {
  // "hello": FNV-1a 64 is 0xa430d84680aabd0b (checked with a few lines of Python).
  json j = bpfkit_json({"run", "--asm", kExamples + "/fnv1a.s", "--mem", "68 65 6c 6c 6f"});
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j.size(), 2u);
  ASSERT_TRUE(j["retval"].is_number_unsigned());
  EXPECT_EQ(j["retval"].get<uint64_t>(), 0xa430d84680aabd0bull);  // above 2^63: the number stays exact
  EXPECT_TRUE(j["duration_ns"].is_number_unsigned());

  Result r = bpfkit({"run", "--asm", kExamples + "/fnv1a.s", "--mem", "68656c6c6f"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("retval:   0xa430d84680aabd0b (11831194018420276491, -6615550055289275125 as s64)\n"),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(contains_number_between(r.out, "\nduration: ", " ns\n")) << r.out;

  // No --mem: the empty input hashes to the offset basis.
  j = bpfkit_json({"run", "--asm", kExamples + "/fnv1a.s"});
  EXPECT_EQ(j["retval"].get<uint64_t>(), 0xcbf29ce484222325ull);
}

TEST_F(CliTest, RunExampleIpv4Checksum) {
  const std::string prog = kExamples + "/ipv4_checksum.s";
  const std::string zeroed = "45 00 00 73 00 00 40 00 40 11 00 00 c0 a8 00 01 c0 a8 00 c7";
  const std::string filled = "45 00 00 73 00 00 40 00 40 11 b8 61 c0 a8 00 01 c0 a8 00 c7";
  EXPECT_EQ(bpfkit_json({"run", "--asm", prog, "--mem", zeroed})["retval"], 0xb861);
  EXPECT_EQ(bpfkit_json({"run", "--asm", prog, "--mem", filled})["retval"], 0);
  EXPECT_EQ(bpfkit_json({"run", "--asm", prog, "--mem", "45 00"})["retval"].get<uint64_t>(), ~uint64_t(0));
  Result r = bpfkit({"run", "--asm", prog, "--mem", zeroed});
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "retval:   0xb861 (47201)");
}

TEST_F(CliTest, RunRawAndMemFile) {
  const std::string bin = (dir_ / "fnv.bin").string();
  ASSERT_EQ(bpfkit({"asm", kExamples + "/fnv1a.s", "-o", bin}).code, 0);
  const std::string mem = file("hello.txt", "hello");
  EXPECT_EQ(bpfkit_json({"run", "--raw", bin, "--mem-file", mem})["retval"].get<uint64_t>(), 0xa430d84680aabd0bull);
}

TEST_F(CliTest, TruncatedBinIsBadInput) {
  const std::string bin = file("cut.bin", std::string("\xb7\0\0\0\x01\0\0\0\x95\0\0\0\0", 13));
  for (const char* cmd : {"run", "dis"}) {
    Result r = std::string(cmd) == "run" ? bpfkit({"run", "--raw", bin}) : bpfkit({"dis", bin});
    EXPECT_EQ(r.code, 2) << cmd;
    EXPECT_NE(r.err.find("cut.bin: size 13 is not a multiple of 8"), std::string::npos) << r.err;
  }
  EXPECT_EQ(bpfkit({"dis", file("empty.bin", "")}).code, 2);
  EXPECT_EQ(bpfkit({"run", "--raw", (dir_ / "missing.bin").string()}).code, 2);
}

TEST_F(CliTest, BadHexInMem) {
  const std::string prog = kExamples + "/fnv1a.s";
  Result r = bpfkit({"run", "--asm", prog, "--mem", "68 6g"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "bpfkit: error: --mem: invalid hex digit 'g' at column 5\n");
  r = bpfkit({"run", "--asm", prog, "--mem", "68 6"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("odd number of hex digits"), std::string::npos);
}

TEST_F(CliTest, FaultsExitOne) {
  // An 8-byte read from a 2-byte input.
  Result r = bpfkit({"run", "--asm", file("oob.s", "r0 = *(u64 *)(r1 + 8)\nexit\n"), "--mem", "01 02"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("oob.s: insn 0: "), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());

  // An infinite loop stops at the default loop limit instead of hanging.
  const std::string loop = file("loop.s", "top:\n goto top\n");
  r = bpfkit({"run", "--asm", loop});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("loop limit"), std::string::npos) << r.err;
  json j = bpfkit_json({"run", "--asm", loop, "--loop-limit", "100"}, 1);
  EXPECT_TRUE(j.contains("error"));

  // A helper raw mode's program type may not call (bpf_seq_printf#126, iterators only) is refused in the kernel's
  // words, as a verifier rejection (exit 1); an id no kernel has is bad input (exit 2).
  r = bpfkit({"run", "--asm", file("call.s", "call 126\nexit\n")});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("program of this type cannot use helper bpf_seq_printf#126"), std::string::npos) << r.err;
  r = bpfkit({"run", "--asm", file("call_unknown.s", "call 250\nexit\n")});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("unknown helper #250"), std::string::npos) << r.err;
}

TEST_F(CliTest, RepeatRunsOnTheSameBuffer) {
  // Increments mem[0] and returns it: as in BPF_PROG_TEST_RUN, the input is copied in once, so run N sees N-1.
  const std::string inc = file("inc.s", "r0 = *(u8 *)(r1 + 0)\nr0 += 1\n*(u8 *)(r1 + 0) = r0\nexit\n");
  EXPECT_EQ(bpfkit_json({"run", "--asm", inc, "--mem", "00", "--repeat", "5"})["retval"], 5);
  EXPECT_EQ(bpfkit_json({"run", "--asm", inc, "--mem", "00", "--repeat", "0"})["retval"], 1);  // 0 means 1
  Result r = bpfkit({"run", "--asm", inc, "--mem", "00", "--repeat", "1000"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains_number_between(r.out, "duration: ", " ns (average of 1000 runs)\n")) << r.out;
  // The loop limit counts per run, not across runs: fnv1a over 5 bytes takes 5 backward jumps each time.
  EXPECT_EQ(bpfkit({"run", "--asm", kExamples + "/fnv1a.s", "--mem", "0102030405", "--repeat", "50",
                    "--loop-limit", "5"}).code,
            0);
}

TEST_F(CliTest, DisRaw) {
  const std::string bin = (dir_ / "fnv.bin").string();
  ASSERT_EQ(bpfkit({"asm", kExamples + "/fnv1a.s", "-o", bin}).code, 0);
  Result r = bpfkit({"dis", bin});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "       0:\t18 00 00 00 25 23 22 84 00 00 00 00 e4 9c f2 cb\tr0 = -3750763034362895579 ll");
  EXPECT_NE(r.out.find("      11:\t95 00 00 00 00 00 00 00\texit\n"), std::string::npos);

  r = bpfkit({"dis", bin, "--syntax", "verifier"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("   4: (0f) r2 += r1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  11: (95) exit\n"), std::string::npos) << r.out;

  json j = bpfkit_json({"dis", bin});
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_TRUE(j[0]["section"].is_null());
  EXPECT_TRUE(j[0]["function"].is_null());
  ASSERT_EQ(j[0]["insns"].size(), 10u);  // 12 slots, two of them LD_IMM64 second halves
  EXPECT_EQ(j[0]["insns"][0]["idx"], 0);
  EXPECT_EQ(j[0]["insns"][0]["opcode"], 0x18);
  EXPECT_EQ(j[0]["insns"][0]["bytes"], "180000002523228400000000e49cf2cb");
  EXPECT_EQ(j[0]["insns"][1]["idx"], 2);
  EXPECT_EQ(j[0]["insns"][9]["text"], "exit");

  // A disassembly in verifier syntax assembles back to the same bytes.
  const std::string listing = file("fnv.txt", bpfkit({"dis", bin, "--syntax", "verifier"}).out);
  const std::string again = (dir_ / "again.bin").string();
  ASSERT_EQ(bpfkit({"asm", listing, "-o", again}).code, 0);
  EXPECT_EQ(slurp(again), slurp(bin));
}

TEST_F(CliTest, DisObject) {
  Result r = bpfkit({"dis", kObject, "--sections"});
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* want : {"file format elf64-bpf", "Disassembly of section .text:", "Disassembly of section xdp:",
                           "Disassembly of section socket:", "\n0000000000000000 <cli_xdp_count>:\n",
                           "\n0000000000000000 <cli_mix>:\n", "\t\t0000000000000028:  R_BPF_64_64\tcli_counters\n",
                           "\t\t0000000000000070:  R_BPF_64_32\t.text\n"})
    EXPECT_NE(r.out.find(want), std::string::npos) << want;
  EXPECT_EQ(r.out.find("license"), std::string::npos);  // data sections are not disassembled

  json j = bpfkit_json({"dis", kObject, "--sections", "--syntax", "verifier"});
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 3u);
  std::map<std::string, json> by_function;
  for (const json& f : j) by_function[f["function"].get<std::string>()] = f;
  ASSERT_TRUE(by_function.count("cli_socket_len"));
  const json& sock = by_function["cli_socket_len"];
  EXPECT_EQ(sock["section"], "socket");
  ASSERT_EQ(sock["insns"].size(), 5u);
  EXPECT_EQ(sock["insns"][4]["text"], "exit");
  const json& xdp = by_function["cli_xdp_count"];
  EXPECT_EQ(xdp["section"], "xdp");
  bool saw_map_reloc = false;
  for (const json& insn : xdp["insns"]) {
    EXPECT_EQ(insn["bytes"].get<std::string>().size(), insn["opcode"] == 0x18 ? 32u : 16u);
    if (insn.contains("relocs") && insn["relocs"][0]["symbol"] == "cli_counters") {
      saw_map_reloc = true;
      EXPECT_EQ(insn["relocs"][0]["type"], "R_BPF_64_64");
      EXPECT_EQ(insn["idx"], 5);
    }
  }
  EXPECT_TRUE(saw_map_reloc);
}

// Every instruction line of `llvm-objdump -dr` appears, in order, in `bpfkit dis` (llvm-objdump additionally
// prints jump-target labels such as <LBB0_2>, which bpfkit does not).
TEST_F(CliTest, DisObjectMatchesLlvmObjdump) {
  if (std::string(BPFKIT_LLVM_OBJDUMP).empty() || std::string(BPFKIT_LLVM_OBJDUMP).find("NOTFOUND") != std::string::npos)
    GTEST_SKIP() << "llvm-objdump not found";
  const fs::path ref = dir_ / "objdump.txt";
  const std::string cmd = std::string(BPFKIT_LLVM_OBJDUMP) + " -dr " + kObject + " > " + ref.string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  Result r = bpfkit({"dis", kObject, "--sections"});
  ASSERT_EQ(r.code, 0);
  std::istringstream theirs(slurp(ref));
  size_t pos = 0;
  int lines = 0;
  for (std::string line; std::getline(theirs, line);) {
    // Instruction lines look like "      12:\t<bytes>\t<text>"; drop a trailing jump-target label " <LBB0_2>".
    const size_t colon = line.find(":\t");
    if (colon == std::string::npos || !contains_number_between(line.substr(0, colon + 2), " ", ":\t")) continue;
    if (const size_t lbb = line.rfind(" <LBB"); lbb != std::string::npos && line.back() == '>') line.resize(lbb);
    size_t at = r.out.find(line + "\n", pos);
    ASSERT_NE(at, std::string::npos) << "missing or out of order: " << line;
    pos = at + line.size();
    ++lines;
  }
  EXPECT_GT(lines, 30);
}

TEST_F(CliTest, DisMalformedObject) {
  std::string bytes = slurp(kObject);
  ASSERT_GT(bytes.size(), 64u);
  bytes[18] = 62;  // e_machine = EM_X86_64
  Result r = bpfkit({"dis", file("x86.o", bytes)});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("x86.o: e_machine is 62 (x86-64), expected 247 (BPF)"), std::string::npos) << r.err;

  r = bpfkit({"dis", file("cut.o", slurp(kObject).substr(0, 100))});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("bpfkit: error: ", 0), 0u);
}

}  // namespace
