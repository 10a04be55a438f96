// Reading the --fib JSON file into a FibTable.
#include "cli/fib_file.h"

#include <arpa/inet.h>

#include <cerrno>
#include <cstdio>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/io.h"
#include "support/json_depth.h"

namespace bpfkit::cli {
namespace {

using nlohmann::json;

struct Bad {
  std::string what;
};

const json& field(const json& j, const char* name, const std::string& where) {
  if (!j.is_object() || !j.contains(name)) throw Bad{fmt::format("{}: missing \"{}\"", where, name)};
  return j.at(name);
}

uint32_t number(const json& j, const std::string& where, uint64_t max = UINT32_MAX) {
  if (!j.is_number_unsigned() || j.get<uint64_t>() > max) throw Bad{fmt::format("{}: not a number in [0, {}]", where, max)};
  return uint32_t(j.get<uint64_t>());
}

// An address; family out. IPv4 if it parses as one, else IPv6.
FibAddr address(const json& j, const std::string& where, uint8_t* family) {
  if (!j.is_string()) throw Bad{where + ": not an address string"};
  const std::string s = j.get<std::string>();
  FibAddr a{};
  if (inet_pton(AF_INET, s.c_str(), a.data()) == 1) {
    *family = kAfInet;
  } else if (inet_pton(AF_INET6, s.c_str(), a.data()) == 1) {
    *family = kAfInet6;
  } else {
    throw Bad{fmt::format("{}: \"{}\" is not an IPv4 or IPv6 address", where, s)};
  }
  return a;
}

std::array<uint8_t, 6> mac(const json& j, const std::string& where) {
  std::array<uint8_t, 6> m{};
  unsigned b[6];
  char tail;
  if (!j.is_string() || std::sscanf(j.get<std::string>().c_str(), "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2],
                                    &b[3], &b[4], &b[5], &tail) != 6)
    throw Bad{where + ": not a MAC address (aa:bb:cc:dd:ee:ff)"};
  for (int i = 0; i < 6; ++i) m[size_t(i)] = uint8_t(b[i]);
  return m;
}

FibTable parse(const json& doc) {
  FibTable t;
  if (!doc.is_object()) throw Bad{"the top level is not an object"};
  for (const auto& [key, value] : doc.items())
    if (key != "devices" && key != "routes" && key != "neighbours") throw Bad{fmt::format("unknown key \"{}\"", key)};
  const json none = json::array();
  const auto list = [&](const char* name) -> const json& {
    const json& l = doc.contains(name) ? doc.at(name) : none;
    if (!l.is_array()) throw Bad{fmt::format("\"{}\" is not a list", name)};
    return l;
  };
  size_t i = 0;
  for (const json& d : list("devices")) {
    const std::string w = fmt::format("devices[{}]", i++);
    FibDevice dev;
    dev.ifindex = number(field(d, "ifindex", w), w + ".ifindex");
    if (d.contains("mac")) dev.mac = mac(d.at("mac"), w + ".mac");
    if (d.contains("mtu")) dev.mtu = number(d.at("mtu"), w + ".mtu", 0xffff);
    if (d.contains("forwarding")) {
      if (!d.at("forwarding").is_boolean()) throw Bad{w + ".forwarding: not true or false"};
      dev.forwarding = d.at("forwarding").get<bool>();
    }
    uint8_t fam = 0;
    if (d.contains("ipv4")) {
      dev.ipv4 = address(d.at("ipv4"), w + ".ipv4", &fam);
      if (fam != kAfInet) throw Bad{w + ".ipv4: not an IPv4 address"};
      dev.has_ipv4 = true;
    }
    if (d.contains("ipv6")) {
      dev.ipv6 = address(d.at("ipv6"), w + ".ipv6", &fam);
      if (fam != kAfInet6) throw Bad{w + ".ipv6: not an IPv6 address"};
      dev.has_ipv6 = true;
    }
    t.devices.push_back(dev);
  }
  i = 0;
  for (const json& r : list("routes")) {
    const std::string w = fmt::format("routes[{}]", i++);
    FibRoute route;
    const json& dst = field(r, "dst", w);
    if (!dst.is_string()) throw Bad{w + ".dst: not a string"};
    std::string s = dst.get<std::string>();
    const size_t slash = s.find('/');
    route.dst = address(json(s.substr(0, slash)), w + ".dst", &route.family);
    const uint32_t max_len = route.family == kAfInet ? 32 : 128;
    route.prefix_len = uint8_t(max_len);
    if (slash != std::string::npos) {
      const std::string len = s.substr(slash + 1);
      if (len.empty() || len.size() > 3 || len.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(len) > max_len)
        throw Bad{fmt::format("{}.dst: bad prefix length in \"{}\"", w, s)};
      route.prefix_len = uint8_t(std::stoul(len));
    }
    route.ifindex = number(field(r, "dev", w), w + ".dev");
    if (r.contains("via")) {
      uint8_t fam = 0;
      route.gateway = address(r.at("via"), w + ".via", &fam);
      if (fam != route.family) throw Bad{w + ".via: not of the destination's family"};
      route.has_gateway = true;
    }
    if (r.contains("metric")) route.metric = number(r.at("metric"), w + ".metric");
    if (r.contains("table")) route.table = number(r.at("table"), w + ".table");
    if (r.contains("type")) {
      const json& ty = r.at("type");
      const std::string v = ty.is_string() ? ty.get<std::string>() : "";
      if (v == "unicast") route.type = FibRoute::Unicast;
      else if (v == "blackhole") route.type = FibRoute::Blackhole;
      else if (v == "unreachable") route.type = FibRoute::Unreachable;
      else if (v == "prohibit") route.type = FibRoute::Prohibit;
      else if (v == "local") route.type = FibRoute::Local;
      else throw Bad{w + ".type: not unicast, blackhole, unreachable, prohibit or local"};
    }
    t.routes.push_back(route);
  }
  i = 0;
  for (const json& n : list("neighbours")) {
    const std::string w = fmt::format("neighbours[{}]", i++);
    FibNeighbour nb;
    nb.ip = address(field(n, "ip", w), w + ".ip", &nb.family);
    nb.ifindex = number(field(n, "dev", w), w + ".dev");
    nb.mac = mac(field(n, "mac", w), w + ".mac");
    t.neighbours.push_back(nb);
  }
  return t;
}

}  // namespace

Expected<FibTable> read_fib_file(const std::string& path) {
  Expected<std::vector<uint8_t>> bytes = read_file(path);
  if (!bytes) return std::move(bytes).error();
  if (json_nesting_depth(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size())) >
      kMaxJsonDepth)
    return make_error(fmt::format("JSON nested more than {} levels", kMaxJsonDepth)).in_object(path).with_errno(EINVAL);
  const json doc = json::parse(bytes->begin(), bytes->end(), nullptr, false);
  if (doc.is_discarded()) return make_error("not valid JSON").in_object(path).with_errno(EINVAL);
  try {
    return parse(doc);
  } catch (const Bad& b) {
    return make_error(b.what).in_object(path).with_errno(EINVAL);
  }
}

}  // namespace bpfkit::cli
