// run OBJ --map-in FILE and --map NAME:KEY=VALUE: maps filled before the first run, from what `run --json` prints
// or one entry at a time, with tests/bpf/mapin_filter.bpf.c (an XDP source filter driven by its maps).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kFilter = BPFKIT_BINARY_DIR "/bpf/mapin_filter.o";
constexpr int kXdpDrop = 1, kXdpPass = 2;

// Ethernet + a 20-byte IPv4 header from a.b.c.d to 10.0.0.2.
std::string ipv4_packet(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  std::string p(14, '\0');
  p[5] = 2, p[11] = 1, p[12] = 0x08, p[13] = 0x00;
  const uint8_t ip[20] = {0x45, 0, 0, 20, 0, 0, 0, 0, 64, 6, 0, 0, a, b, c, d, 10, 0, 0, 2};
  p.append(reinterpret_cast<const char*>(ip), sizeof(ip));
  return p;
}

void put_u32(std::string& s, uint32_t v) {
  for (int i = 0; i < 4; ++i) s.push_back(char(v >> (8 * i)));
}

// A classic little-endian pcap file (Ethernet) holding the packets in order.
std::string pcap_of(const std::vector<std::string>& packets) {
  std::string s;
  put_u32(s, 0xa1b2c3d4);
  s += std::string("\x02\x00\x04\x00", 4);
  put_u32(s, 0), put_u32(s, 0), put_u32(s, 65535), put_u32(s, 1);
  for (const std::string& p : packets) {
    put_u32(s, 0), put_u32(s, 0), put_u32(s, uint32_t(p.size())), put_u32(s, uint32_t(p.size()));
    s += p;
  }
  return s;
}

// Map contents without the order of the walk (hash maps iterate in bucket order).
json normalized(const json& maps) {
  json out = json::object();
  for (auto it = maps.begin(); it != maps.end(); ++it) {
    std::vector<std::string> entries;
    for (const json& e : it.value()) entries.push_back(e.dump());
    std::sort(entries.begin(), entries.end());
    out[it.key()] = entries;
  }
  return out;
}

const json* entry_with_key(const json& entries, const std::string& key) {
  for (const json& e : entries)
    if (e["key"] == key) return &e;
  return nullptr;
}

class MapInTest : public CliTest {
 protected:
  std::string packet_from(uint8_t d) { return file("pkt" + std::to_string(d), ipv4_packet(10, 0, 0, d)); }

  // Runs and checks that the failure is bad input with one stderr line saying all of what.
  void expect_bad_input(const std::vector<std::string>& args, const std::vector<std::string>& what) {
    Result r = bpfkit(args);
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    for (const std::string& w : what) EXPECT_NE(r.err.find(w), std::string::npos) << "no '" << w << "' in " << r.err;
  }
};

// Every map type the dump prints: filled with --map, dumped, fed back with --map-in into a fresh run, dumped again.
TEST_F(MapInTest, EveryDumpedMapTypeRoundTrips) {
  const std::string pkt = packet_from(1);
  json a = bpfkit_json({"run", kFilter, "--prog", "mapin_noop", "--data-in", pkt,
                        "--map", R"(blocked:0a000009={"reason":3,"tag":"ab"})",
                        "--map", "prefixes:180000000a000100=4",
                        "--map", "seen:0a000003=5",
                        "--map", "verdicts:1=7",
                        "--map", "config:2=42",
                        "--map", "pc_hash:5=9",
                        "--map", "lru_pc_hash:3=11",
                        "--map", "outer_arr:1=inner_b",
                        "--map", "outer_hash:7=inner_a",
                        "--map", "jumps:1=mapin_tail",
                        "--map", "inner_b:0=1234",
                        "--map", R"(.rodata:0={"max_per_src":9})",
                        "--map", R"(.data:0={"drop_verdict":1})",
                        "--map", R"(.bss:0={"packets":100})"});
  ASSERT_TRUE(a.contains("maps")) << a.dump();

  // Each map type the object has (but ring buffers, queues and bloom filters, which the dump does not list as
  // entries) has something to restore.
  json list = bpfkit_json({"map", "list", kFilter});
  std::set<std::string> types;
  for (const json& m : list) {
    const std::string type = m["type"];
    if (type == "ringbuf" || type == "queue" || type == "bloom_filter") continue;
    if (m["name"] == "inner_a") continue;  // all zero: left out of the dump, and zero after a fresh load anyway
    EXPECT_FALSE(a["maps"][m["name"].get<std::string>()].empty()) << m["name"];
    types.insert(type);
  }
  for (const char* t : {"hash", "array", "percpu_array", "percpu_hash", "lru_hash", "lru_percpu_hash", "lpm_trie",
                        "prog_array", "array_of_maps", "hash_of_maps"})
    EXPECT_TRUE(types.count(t)) << t;

  const std::string dump = file("a.json", a.dump());
  json b = bpfkit_json({"run", kFilter, "--prog", "mapin_noop", "--data-in", pkt, "--map-in", dump});
  EXPECT_EQ(normalized(b["maps"]), normalized(a["maps"]));
  // And once more from the second run's output: nothing drifts.
  json c = bpfkit_json({"run", kFilter, "--prog", "mapin_noop", "--data-in", pkt, "--map-in", file("b.json", b.dump())});
  EXPECT_EQ(normalized(c["maps"]), normalized(a["maps"]));

  // The slots name what they hold, and the values are the bytes given.
  const json* slot = entry_with_key(b["maps"]["outer_arr"], "01000000");
  ASSERT_NE(slot, nullptr);
  EXPECT_EQ((*slot)["inner_map"], "inner_b");
  slot = entry_with_key(b["maps"]["jumps"], "01000000");
  ASSERT_NE(slot, nullptr);
  EXPECT_EQ((*slot)["prog"], "mapin_tail");
  EXPECT_EQ((*entry_with_key(b["maps"]["blocked"], "0a000009"))["value"], "00000000000000000300000061620000");
  EXPECT_EQ((*entry_with_key(b["maps"]["pc_hash"], "05000000"))["values"][0], "09000000");
}

TEST_F(MapInTest, PreloadedBlockedSourceChangesTheVerdict) {
  const std::string pkt = packet_from(1);
  json plain = bpfkit_json({"run", kFilter, "--data-in", pkt});
  EXPECT_EQ(plain["retval"], kXdpPass);
  EXPECT_TRUE(plain["events"].empty());

  json blocked = bpfkit_json({"run", kFilter, "--data-in", pkt, "--map", R"(blocked:0a000001={"reason":7})"});
  EXPECT_EQ(blocked["retval"], kXdpDrop);
  ASSERT_EQ(blocked["events"].size(), 1u);
  EXPECT_EQ(blocked["events"][0]["data"], "0a00000107000000");  // the source, then the reason
  EXPECT_EQ((*entry_with_key(blocked["maps"]["blocked"], "0a000001"))["value"], "01000000000000000700000000000000");

  // The same from a file, with a BTF-typed LPM key: 10.0.0.0/24 (addr holds network-order bytes: 0a 00 00 00 is the number 10).
  const std::string f = file("maps.json", R"({"maps": {"prefixes": [{"key": {"prefixlen": 24, "addr": 10},
                                                                       "value": "00000000"}]}})");
  json by_prefix = bpfkit_json({"run", kFilter, "--data-in", pkt, "--map-in", f});
  EXPECT_EQ(by_prefix["retval"], kXdpDrop);
  EXPECT_EQ(by_prefix["events"][0]["data"], "0a00000164000000");  // reason 100: the prefix
}

// .rodata is set before load (libbpf's skeleton pattern), and with --pcap the maps carry state across packets:
// with a budget of 3 packets per source and 1 already seen, packets 1 and 2 pass and the third is dropped.
TEST_F(MapInTest, PcapRunsKeepPreloadedStateAcrossPackets) {
  const std::string pcap = file("p.pcap", pcap_of({ipv4_packet(10, 0, 0, 1), ipv4_packet(10, 0, 0, 1),
                                                    ipv4_packet(10, 0, 0, 5), ipv4_packet(10, 0, 0, 1)}));
  json j = bpfkit_json({"run", kFilter, "--pcap", pcap, "--map", R"(.rodata:0={"max_per_src":3})",
                        "--map", "seen:0a000001=1"});
  ASSERT_EQ(j["runs"].size(), 4u);
  EXPECT_EQ(j["runs"][0]["retval"], kXdpPass);
  EXPECT_EQ(j["runs"][1]["retval"], kXdpPass);
  EXPECT_EQ(j["runs"][2]["retval"], kXdpPass);  // another source, its own budget
  EXPECT_EQ(j["runs"][3]["retval"], kXdpDrop);
  EXPECT_EQ((*entry_with_key(j["maps"]["seen"], "0a000001"))["value"], "0400000000000000");

  // Without the preload nothing is dropped: the budget is 0 (none) in the object.
  json plain = bpfkit_json({"run", kFilter, "--pcap", pcap});
  for (const json& r : plain["runs"]) EXPECT_EQ(r["retval"], kXdpPass);

  // The whole state of one run seeds the next: the first run's maps, fed back, leave the source with no budget.
  json next = bpfkit_json({"run", kFilter, "--pcap", pcap, "--map-in", file("state.json", j.dump())});
  for (size_t i : {0, 1, 3}) EXPECT_EQ(next["runs"][i]["retval"], kXdpDrop) << i;
}

TEST_F(MapInTest, BadFilesAndEntriesAreOneLineAndExit2) {
  const std::string pkt = packet_from(1);
  auto run_file = [&](const std::string& text, const std::vector<std::string>& what) {
    SCOPED_TRACE(text);
    expect_bad_input({"run", kFilter, "--data-in", pkt, "--map-in", file("bad.json", text)}, what);
  };
  run_file("not json", {"bad.json", "not JSON", "line 1"});
  run_file(R"({"retval": 2})", {"bad.json", "\"maps\""});
  run_file(R"({"maps": {"nosuch": []}})", {"bad.json", "no map 'nosuch'"});
  run_file(R"({"maps": {"blocked": [{"key": "0a000001", "value": "00000000000000000000000000000000"},
                                         {"key": "0a00", "value": "00"}]}})",
           {"map 'blocked' entry 1", "key", "2 bytes of hex, expected 4"});
  run_file(R"({"maps": {"seen": [{"key": "0a0000zz", "value": "0100000000000000"}]}})",
           {"map 'seen' entry 0", "key", "invalid hex digit 'z'"});
  run_file(R"({"maps": {"blocked": [{"key": 1, "value": {"nosuch": 1}}]}})",
           {"map 'blocked' entry 0", "value", "no member 'nosuch'"});
  run_file(R"({"maps": {"drops": []}})", {"map 'drops'", "ringbuf", "cannot be preloaded"});
  run_file(R"({"maps": {"verdicts": [{"key": "00000000", "values": []}]}})",
           {"map 'verdicts' entry 0", "per-CPU values"});
  run_file(R"({"maps": {"jumps": [{"key": 0, "value": "63000000"}]}})", {"map 'jumps' entry 0", "not a loaded program"});

  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map", "blocked:0a000001"}, {"--map", "'='"});
  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map", "nosuch:1=2"}, {"--map", "no map 'nosuch'"});
  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map", "seen:1=zz"}, {"--map", "value", "neither 8 bytes of hex"});
  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map", "lru_pc_hash:70000=1"}, {"key", "16 bits"});
  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map", ".rodata:1=0"}, {"key 0"});
  expect_bad_input({"run", kFilter, "--data-in", pkt, "--map-in", (dir_ / "missing.json").string()}, {"missing.json"});
  // .kconfig is the loader's to fill (from --kconfig), as libbpf refuses to set it.
  expect_bad_input({"run", BPFKIT_BINARY_DIR "/bpf/rt_kconfig.o", "--map-in",
                    file("kconfig.json", R"({"maps": {".kconfig": [{"key": "00000000", "value": "00"}]}})")},
                   {"'.kconfig'", "--kconfig"});
}

}  // namespace

namespace {

using namespace bpfkit::testing;
using nlohmann::json;

const std::string kTyped = BPFKIT_BINARY_DIR "/bpf/mapin_typed.o";
const std::string kTypedKey = R"({"addr":167772161,"port":80,"proto":6})";
const std::string kTypedValue = R"({"delta":-5,"color":"GREEN","flags":5,"level":17,"name":"eth0","as_u32":258,)"
                                R"("pair":[{"lo":1,"hi":2}],"on":true,"big":-9000000000})";

// The value printed after "value: " on the text dump's line for map NAME (bpftool's BTF JSON).
json printed_value(const std::string& out, const std::string& map) {
  const size_t at = out.find("map " + map + " ");
  if (at == std::string::npos) return json();
  const size_t v = out.find("value: ", at);
  const size_t end = out.find('\n', v);
  if (v == std::string::npos) return json();
  return json::parse(out.substr(v + 7, end - v - 7), nullptr, false);
}

class MapInTypedTest : public CliTest {
 protected:
  std::string pkt() { return file("pkt", std::string(14, '\0')); }
};

// Typed JSON in, Btf::format_value (bpftool's formatting, separate code) out: every member as written.
TEST_F(MapInTypedTest, StructEnumBitfieldsUnionAndStrings) {
  Result r = bpfkit({"run", kTyped, "--data-in", pkt(), "--map", "typed:" + kTypedKey + "=" + kTypedValue});
  ASSERT_EQ(r.code, 0) << r.err;
  json v = printed_value(r.out, "typed");
  ASSERT_TRUE(v.is_object()) << r.out;
  EXPECT_EQ(v["delta"], -5);
  EXPECT_EQ(v["color"], "GREEN");
  EXPECT_EQ(v["flags"], 5);
  EXPECT_EQ(v["level"], 17);
  EXPECT_EQ(v["name"], "eth0");
  EXPECT_EQ(v["pair"][0]["lo"], 1);
  EXPECT_EQ(v["pair"][0]["hi"], 2);
  EXPECT_EQ(v["pair"][1]["lo"], 0);
  EXPECT_EQ(v["on"], true);
  EXPECT_EQ(v["big"], -9000000000LL);
  EXPECT_NE(r.out.find(R"(key: {"addr":167772161,"port":80,"proto":6,"pad":0})"), std::string::npos) << r.out;

  // What the text dump prints goes back in as typed JSON and gives the same bytes.
  json first = bpfkit_json({"run", kTyped, "--data-in", pkt(), "--map", "typed:" + kTypedKey + "=" + kTypedValue});
  json again = bpfkit_json({"run", kTyped, "--data-in", pkt(), "--map", "typed:" + kTypedKey + "=" + v.dump()});
  EXPECT_EQ(again["maps"]["typed"], first["maps"]["typed"]);
  // The fields land where clang put them: delta first (s32 -5), color second (GREEN = 2), then the bitfield byte
  // (flags in bits 0-2, level in bits 3-7: 5 | 17 << 3 = 0x8d).
  EXPECT_EQ(first["maps"]["typed"][0]["value"].get<std::string>().substr(0, 18), "fbffffff020000008d");
}

TEST_F(MapInTypedTest, GlobalDataVariablesNotNamedKeepTheirValues) {
  for (const std::string& v : {std::string(R"({"offset":-7})"), std::string(R"([{"offset":-7}])")}) {
    Result r = bpfkit({"run", kTyped, "--data-in", pkt(), "--map", ".data:0=" + v});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find(R"([{"offset":-7},{"label":"abc"}])"), std::string::npos) << r.out;
  }
}

TEST_F(MapInTypedTest, ValuesThatDoNotFitTheirTypeAreBadInput) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"color":"PURPLE"})", "not an enumerator"},
      {R"({"flags":8})", "member 'flags': 8 does not fit in unsigned 3 bits"},
      {R"({"name":"much too long"})", "char[8]"},
      {R"({"delta":1.5})", "not an integer"},
      {R"({"delta":3000000000})", "does not fit in signed 32 bits"},
      {R"({"pair":[{},{},{}]})", "3 elements for an array of 2"},
      {R"({"nosuch":1})", "no member 'nosuch'"},
      {R"([1,2])", "expected an object"},
  };
  for (const auto& [value, what] : cases) {
    SCOPED_TRACE(value);
    Result r = bpfkit({"run", kTyped, "--data-in", pkt(), "--map", "typed:" + kTypedKey + "=" + value});
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(what), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("value"), std::string::npos) << r.err;
  }
}

}  // namespace

namespace {

// Queues, stacks and bloom filters have no keys: NAME=VALUE pushes (the queue's records come back as events).
TEST_F(MapInTest, KeylessMapsTakePushedValues) {
  json j = bpfkit_json({"run", kFilter, "--prog", "mapin_noop", "--data-in", packet_from(1), "--map", "pending=5",
                        "--map", "pending=0600000000", "--map", "bloom=77"},
                       2);
  // 0600000000 is 5 bytes: neither the value size in hex nor JSON.
  json ok = bpfkit_json({"run", kFilter, "--prog", "mapin_noop", "--data-in", packet_from(1), "--map", "pending=5",
                         "--map", "pending=06000000", "--map", "bloom=77"});
  std::vector<std::string> queued;
  for (const json& e : ok["events"])
    if (e["map"] == "pending") queued.push_back(e["data"]);
  EXPECT_EQ(queued, (std::vector<std::string>{"05000000", "06000000"}));
  expect_bad_input({"run", kFilter, "--data-in", packet_from(1), "--map", "bloom:1=2"}, {"has no keys"});
}

}  // namespace
