// The object commands end to end: prog list, map list, run OBJ (BPF_PROG_TEST_RUN in userspace) and dis OBJ.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bpfkit/map.h"
#include "support/cli_fixture.h"
#include "support/elf_patch.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kFirewall = BPFKIT_BINARY_DIR "/bpf/firewall.o";
const std::string kPackets = BPFKIT_SOURCE_DIR "/examples/packets.pcap";

const json* find_by_name(const json& list, const std::string& name) {
  for (const json& j : list)
    if (j.value("name", "") == name) return &j;
  return nullptr;
}

// The map whose name ends with suffix (internal maps carry the object name as a prefix).
const json* map_ending(const json& maps, const std::string& suffix) {
  for (auto it = maps.begin(); it != maps.end(); ++it)
    if (it.key().size() >= suffix.size() && it.key().compare(it.key().size() - suffix.size(), suffix.size(), suffix) == 0)
      return &it.value();
  return nullptr;
}

TEST_F(CliTest, ProgListShowsTypesSectionsAndLinkedSize) {
  json j = bpfkit_json({"prog", "list", kObject});
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  const json* xdp = find_by_name(j, "cli_xdp_count");
  const json* sock = find_by_name(j, "cli_socket_len");
  ASSERT_TRUE(xdp && sock);
  EXPECT_EQ((*xdp)["type"], "xdp");
  EXPECT_EQ((*xdp)["section"], "xdp");
  EXPECT_EQ((*sock)["type"], "socket_filter");
  EXPECT_EQ((*sock)["section"], "socket");
  // cli_xdp_count calls the .text subprogram cli_mix, which linking appends.
  EXPECT_GT((*xdp)["linked_insns"].get<int>(), (*xdp)["insns"].get<int>());
  EXPECT_EQ((*sock)["linked_insns"], (*sock)["insns"]);

  Result r = bpfkit({"prog", "list", kObject});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("cli_xdp_count"), std::string::npos);
  EXPECT_NE(r.out.find("socket_filter"), std::string::npos);
}

TEST_F(CliTest, MapListIncludesInternalMaps) {
  json j = bpfkit_json({"map", "list", kObject});
  ASSERT_TRUE(j.is_array());
  const json* counters = find_by_name(j, "cli_counters");
  ASSERT_NE(counters, nullptr);
  EXPECT_EQ((*counters)["type"], "array");
  EXPECT_EQ((*counters)["key_size"], 4);
  EXPECT_EQ((*counters)["value_size"], 8);
  EXPECT_EQ((*counters)["max_entries"], 4);
  // cli_total is zero-initialised, so clang puts it in .bss; cli_scale is const volatile, so .rodata.
  int bss = 0, rodata = 0;
  for (const json& m : j) {
    bss += m["origin"] == "bss";
    rodata += m["origin"] == "rodata";
  }
  EXPECT_EQ(bss, 1);
  EXPECT_EQ(rodata, 1);
}

TEST_F(CliTest, RunObjectJsonHasResultMapsAndPacket) {
  const std::string packet(64, '\x11');
  json j = bpfkit_json({"run", kObject, "--prog", "cli_xdp_count", "--data-in", file("pkt", packet), "--repeat", "3"});
  EXPECT_EQ(j["prog"], "cli_xdp_count");
  EXPECT_EQ(j["retval"], 2);  // XDP_PASS
  EXPECT_EQ(j["data_out"], std::string(128, '1'));
  EXPECT_TRUE(j["duration_ns"].is_number_unsigned());
  ASSERT_TRUE(j["maps"].contains("cli_counters"));
  const json& counters = j["maps"]["cli_counters"];
  ASSERT_EQ(counters.size(), 1u);  // all-zero array elements are counted, not shown
  EXPECT_EQ(counters[0]["key"], "00000000");
  EXPECT_EQ(counters[0]["value"], "0300000000000000");  // one increment per run
  EXPECT_EQ(j["zero_elements_not_shown"]["cli_counters"], 3);
  const json all = bpfkit_json({"run", kObject, "--prog", "cli_xdp_count", "--data-in", file("pkt", packet),
                                "--all-elements"});
  ASSERT_EQ(all["maps"]["cli_counters"].size(), 4u);  // an array map has every index
  EXPECT_EQ(all["maps"]["cli_counters"][1]["value"], "0000000000000000");
  EXPECT_FALSE(all.contains("zero_elements_not_shown"));
  // .bss: cli_total += ((64 ^ (64 >> 7)) * cli_scale) per run = 192 * 3 runs = 576.
  const json* data = map_ending(j["maps"], ".bss");
  ASSERT_NE(data, nullptr) << j["maps"].dump();
  ASSERT_EQ(data->size(), 1u);
  EXPECT_EQ((*data)[0]["value"], "4002000000000000");
  EXPECT_TRUE(j["events"].is_array());
}

TEST_F(CliTest, RunObjectHumanOutputNamesTheVerdict) {
  Result r = bpfkit({"run", kObject, "--data-in", file("pkt", std::string(60, '\0'))});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("XDP_PASS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cli_counters"), std::string::npos) << r.out;
}

TEST_F(CliTest, RunObjectBadInputExitsTwo) {
  Result r = bpfkit({"run", kObject, "--prog", "nosuch"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nosuch"), std::string::npos);
  r = bpfkit({"run", file("cut.o", slurp(kObject).substr(0, 200))});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  // XDP test-run needs at least an Ethernet header, as in the kernel (EINVAL).
  r = bpfkit({"run", kObject, "--prog", "cli_xdp_count", "--data-in", file("short", "ab")});
  EXPECT_EQ(r.code, 2) << r.out;
  r = bpfkit({"run", kObject, "--mem", "00"});
  EXPECT_EQ(r.code, 2);
}

TEST_F(CliTest, DisObjectShowsLinkedProgramWithSourceLines) {
  Result r = bpfkit({"dis", kObject, "--prog", "cli_xdp_count"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("int cli_xdp_count("), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[file:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cli_example.bpf.c line_num:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("map[idx:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; cli_counters"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cli_mix"), std::string::npos) << r.out;  // the appended subprogram's header

  json j = bpfkit_json({"dis", kObject, "--prog", "cli_socket_len"});
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["name"], "cli_socket_len");
  bool has_src = false;
  for (const json& insn : j[0]["insns"]) has_src |= insn.contains("src") && insn.contains("line_num");
  EXPECT_TRUE(has_src);
}

TEST_F(CliTest, FirewallExampleOnBundledPackets) {
  json j = bpfkit_json({"run", kFirewall, "--pcap", kPackets, "--all-elements"});
  ASSERT_TRUE(j["runs"].is_array());
  std::vector<int> verdicts;
  for (const json& run : j["runs"]) verdicts.push_back(run["retval"]);
  // examples/make_packets.py: HTTP, telnet (blocked port), DNS, blocklisted source, ICMP, ARP, SMB (blocked port),
  // IPv6, HTTP, blocklisted source.
  EXPECT_EQ(verdicts, (std::vector<int>{2, 1, 2, 1, 2, 2, 1, 2, 2, 1}));
  ASSERT_EQ(j["events"].size(), 4u);
  for (const json& e : j["events"]) {
    EXPECT_EQ(e["map"], "drops");
    EXPECT_EQ(e["type"], "ringbuf");
  }
  // The telnet drop: saddr 10.0.0.2, dport 23, TCP, REASON_BLOCKED_PORT.
  EXPECT_EQ(j["events"][0]["data"], "0a00000217000602");
  EXPECT_EQ(j["maps"]["per_source"].size(), 6u);
  const json& verdict_map = j["maps"]["verdicts"];
  ASSERT_EQ(verdict_map.size(), 5u);
  EXPECT_EQ(verdict_map[1]["key"], "01000000");
  EXPECT_EQ(verdict_map[1]["values"][0], "0400000000000000");  // XDP_DROP on CPU 0
  EXPECT_EQ(verdict_map[2]["key"], "02000000");
  EXPECT_EQ(verdict_map[2]["values"][0], "0600000000000000");  // XDP_PASS
  const json* bss = map_ending(j["maps"], ".bss");
  ASSERT_NE(bss, nullptr);
  EXPECT_EQ((*bss)[0]["value"], "0a000000000000000200000000000000");  // packets_seen 10, non_ipv4 2
}

// Long runs draw progress only on a terminal: piped, stderr stays empty and stdout one JSON document.
TEST_F(CliTest, ManyPacketsPrintNoProgressWhenPiped) {
  const std::string one = slurp(kPackets);
  std::string many = one.substr(0, 24);  // the pcap file header, then its records 1000 times (10000 runs)
  for (int i = 0; i < 1000; ++i) many += one.substr(24);
  const Result r = bpfkit({"run", kFirewall, "--pcap", file("many.pcap", many), "--json"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const json j = json::parse(r.out);
  EXPECT_EQ(j["runs"].size(), 10000u);
}

// A perf event array declared without max_entries lists with the size BPF_MAP_CREATE gets (one entry per possible
// CPU, as libbpf fills it in at load and bpftool then shows it), not the object's 0.
TEST_F(CliTest, MapListShowsPerfEventArrayAtCpuCount) {
  json maps = bpfkit_json({"map", "list", BPFKIT_BINARY_DIR "/bpf/obj_maps.o"});
  const json* perf = find_by_name(maps, "m_perf");
  ASSERT_NE(perf, nullptr);
  EXPECT_EQ((*perf)["type"], "perf_event_array");
  EXPECT_EQ((*perf)["max_entries"], bpfkit::num_possible_cpus());
  const json* ringbuf = find_by_name(maps, "m_ringbuf");
  ASSERT_NE(ringbuf, nullptr);
  EXPECT_EQ((*ringbuf)["max_entries"], 16384);  // rounded up to a power-of-2 number of pages at open, as libbpf does
}

// Each kind of malformed object the issue names, through every object command: exit 2 and one line naming the file.
TEST_F(CliTest, MalformedObjectsExitTwoWithOneLine) {
  std::vector<std::pair<std::string, Bytes>> bad;
  const Bytes maps = read_object("obj_maps");
  const Layout l{maps};
  {
    Bytes b = maps;  // a truncated .BTF section
    const size_t i = l.index(".BTF");
    Elf64_Shdr sh = l.shdr(i);
    sh.sh_size /= 3;
    put(b, l.shdr_offset(i), sh);
    bad.emplace_back("truncated_btf", b);
  }
  {
    Bytes b = maps;  // a section running past the end of the file
    const size_t i = l.index(".maps");
    Elf64_Shdr sh = l.shdr(i);
    sh.sh_offset = b.size() - 2;
    put(b, l.shdr_offset(i), sh);
    bad.emplace_back("section_past_end", b);
  }
  {
    Bytes b = read_object("obj_calls");  // a relocation off an instruction boundary
    const size_t rel = relocation_offsets(b, ".relxdp").at(0);
    auto r = get<Elf64_Rel>(b, rel);
    r.r_offset += 4;
    put(b, rel, r);
    bad.emplace_back("bad_relocation_offset", b);
  }
  const MapTypeIds ids = map_type_ids(maps);
  ASSERT_NE(ids.ptr, 0u);
  {
    Bytes b = maps;  // a BTF PTR to itself
    put<uint32_t>(b, btf_type_offset(b, ids.ptr) + 8, ids.ptr);
    bad.emplace_back("btf_loop", b);
  }
  {
    Bytes b = maps;  // a BTF type id past the last type
    put<uint32_t>(b, btf_type_offset(b, ids.ptr) + 8, 0xfffff);
    bad.emplace_back("btf_bad_id", b);
  }
  {
    Bytes b = maps;  // map type 999
    put<uint32_t>(b, btf_type_offset(b, ids.array) + 12 + 8, 999);
    bad.emplace_back("unknown_map_type", b);
  }
  for (const auto& [name, bytes] : bad) {
    const std::string path = file(name + ".o", std::string(bytes.begin(), bytes.end()));
    for (const std::vector<std::string>& cmd : {std::vector<std::string>{"run", path},
                                                std::vector<std::string>{"prog", "list", path},
                                                std::vector<std::string>{"map", "list", path},
                                                std::vector<std::string>{"dis", path},
                                                std::vector<std::string>{"run", path, "--json"}}) {
      // Relocations only matter to the commands that link programs.
      if (name == "bad_relocation_offset" && cmd[0] == "map") continue;
      SCOPED_TRACE(name + ": " + cmd[0]);
      const Result r = bpfkit(cmd);
      if (name == "bad_relocation_offset") {
        EXPECT_NE(r.err.find("instruction boundary"), std::string::npos) << r.err;
      }
      EXPECT_EQ(r.code, 2) << r.out << r.err;
      EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
      EXPECT_NE(r.err.find(name + ".o"), std::string::npos) << r.err;
    }
  }
}

}  // namespace
