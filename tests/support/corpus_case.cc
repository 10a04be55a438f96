// Case files of the differential corpus: parsing them, and building their values and packets (see corpus_case.h).
// The comparison of outcomes is in corpus_diff.cc.
#include "support/corpus_case.h"

#include <arpa/inet.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace bpfkit::testing::corpus {
namespace {

Error fail(int line, std::string msg) {
  Error e = make_error(std::move(msg));
  e.line = line;
  return e;
}

uint64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ull + uint64_t(ts.tv_nsec);
}

// Splits a line into tokens at whitespace, keeping "quoted strings" and (parenthesised groups) whole, so that
// `ipv4(src=1.2.3.4, dst=5.6.7.8)` and `str:"a b"` are one token each.
Expected<std::vector<std::string>> tokenize(const std::string& line, int lineno) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      cur += c;
      if (c == '\\' && i + 1 < line.size()) cur += line[++i];
      else if (c == '"') quoted = false;
      continue;
    }
    if (c == '#' && depth == 0) break;
    if (c == '"') quoted = true;
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return fail(lineno, "unbalanced ')'");
    if (std::isspace(uint8_t(c)) && depth == 0) {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
      continue;
    }
    cur += c;
  }
  if (quoted) return fail(lineno, "unterminated string");
  if (depth != 0) return fail(lineno, "unbalanced '('");
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

Expected<uint64_t> number(const std::string& s, const RunVars& v, int line) {
  if (s == "$TID") return uint64_t(v.tid);
  if (s == "$TGID") return uint64_t(v.tgid);
  if (s == "$UID") return uint64_t(v.uid);
  if (s == "$GID") return uint64_t(v.gid);
  if (s == "$MONO_NS") return v.mono_ns;
  if (s == "$BOOT_NS") return v.boot_ns;
  if (s == "$USER_PATH") return v.user_path;
  if (s.empty()) return fail(line, "empty number");
  errno = 0;
  char* end = nullptr;
  uint64_t n;
  if (s[0] == '-') n = uint64_t(std::strtoll(s.c_str(), &end, 0));
  else n = std::strtoull(s.c_str(), &end, 0);
  if (errno != 0 || *end != '\0') return fail(line, fmt::format("bad number '{}'", s));
  return n;
}

void put_le(Bytes& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(uint8_t(v >> (8 * i)));
}
void put_be(Bytes& out, uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(uint8_t(v >> (8 * i)));
}

Expected<std::string> unquote(const std::string& s, int line) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return fail(line, fmt::format("expected \"string\": {}", s));
  std::string out;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    out += e == 'n' ? '\n' : e == 't' ? '\t' : e == '0' ? '\0' : e;
  }
  return out;
}

Expected<Bytes> hex_bytes(const std::string& s, int line) {
  Bytes out;
  std::string h;
  for (char c : s) {
    if (c != '_' && c != ':') h += c;
  }
  if (h.size() % 2) return fail(line, fmt::format("odd number of hex digits: {}", s));
  for (size_t i = 0; i < h.size(); i += 2) {
    if (!std::isxdigit(uint8_t(h[i])) || !std::isxdigit(uint8_t(h[i + 1])))
      return fail(line, fmt::format("bad hex: {}", s));
    out.push_back(uint8_t(std::stoul(h.substr(i, 2), nullptr, 16)));
  }
  return out;
}

Expected<Bytes> ip4(const std::string& s, int line) {
  in_addr a{};
  if (inet_pton(AF_INET, s.c_str(), &a) != 1) return fail(line, fmt::format("bad IPv4 address '{}'", s));
  const auto* p = reinterpret_cast<const uint8_t*>(&a);
  return Bytes(p, p + 4);
}
Expected<Bytes> ip6(const std::string& s, int line) {
  in6_addr a{};
  if (inet_pton(AF_INET6, s.c_str(), &a) != 1) return fail(line, fmt::format("bad IPv6 address '{}'", s));
  const auto* p = reinterpret_cast<const uint8_t*>(&a);
  return Bytes(p, p + 16);
}

// ---- packets --------------------------------------------------------------------------------------------------

struct Layer {
  std::string kind;
  std::map<std::string, std::string> params;
  std::vector<std::string> positional;
  Bytes raw;  // kind "raw": bytes given as plain value tokens
};

Layer parse_layer(const std::string& tok) {
  Layer l;
  const size_t open = tok.find('(');
  l.kind = tok.substr(0, open);
  std::string inner = tok.substr(open + 1, tok.size() - open - 2);
  std::string cur;
  bool quoted = false;
  auto flush = [&]() {
    size_t b = cur.find_first_not_of(" \t"), e = cur.find_last_not_of(" \t");
    std::string item = b == std::string::npos ? "" : cur.substr(b, e - b + 1);
    cur.clear();
    if (item.empty()) return;
    const size_t eq = item.find('=');
    if (eq != std::string::npos && item[0] != '"' && item.rfind("hex:", 0) != 0) {
      l.params[item.substr(0, eq)] = item.substr(eq + 1);
    } else {
      l.positional.push_back(item);
    }
  };
  for (size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    if (quoted) {
      cur += c;
      if (c == '\\' && i + 1 < inner.size()) cur += inner[++i];
      else if (c == '"') quoted = false;
      continue;
    }
    if (c == '"') quoted = true;
    if (c == ',') {
      flush();
      continue;
    }
    cur += c;
  }
  flush();
  return l;
}

uint32_t csum_add(uint32_t sum, const uint8_t* p, size_t n) {
  for (size_t i = 0; i + 1 < n; i += 2) sum += uint32_t(p[i]) << 8 | p[i + 1];
  if (n % 2) sum += uint32_t(p[n - 1]) << 8;
  return sum;
}
uint16_t csum_fold(uint32_t sum) {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return uint16_t(~sum);
}

class PacketBuilder {
 public:
  PacketBuilder(std::vector<Layer> layers, const RunVars& vars, int line)
      : layers_(std::move(layers)), vars_(vars), line_(line) {}

  Expected<Bytes> build() {
    Bytes inner;
    for (size_t i = layers_.size(); i-- > 0;) {
      auto hdr = header(i, inner);
      if (!hdr) return hdr.error();
      hdr->insert(hdr->end(), inner.begin(), inner.end());
      inner = std::move(*hdr);
    }
    return inner;
  }

 private:
  Expected<uint64_t> num(const Layer& l, const char* key, uint64_t dflt) {
    auto it = l.params.find(key);
    if (it == l.params.end()) return dflt;
    return number(it->second, vars_, line_);
  }
  bool has(const Layer& l, const char* key) { return l.params.count(key) != 0; }
  Expected<Bytes> addr(const Layer& l, const char* key, const char* dflt, bool v6) {
    auto it = l.params.find(key);
    const std::string s = it == l.params.end() ? dflt : it->second;
    return v6 ? ip6(s, line_) : ip4(s, line_);
  }
  Expected<Bytes> mac(const Layer& l, const char* key, const char* dflt) {
    auto it = l.params.find(key);
    return hex_bytes(it == l.params.end() ? dflt : it->second, line_);
  }
  // The protocol number (or EtherType) of the layer after i, for "next header" fields left to default.
  uint64_t next_proto(size_t i, bool ether) {
    if (i + 1 >= layers_.size()) return ether ? 0x88b5 : 253;  // local experimental values
    const std::string& k = layers_[i + 1].kind;
    if (ether) return k == "ipv4" ? 0x0800 : k == "ipv6" ? 0x86dd : k == "vlan" ? 0x8100 : 0x88b5;
    if (k == "tcp") return 6;
    if (k == "udp") return 17;
    if (k == "icmp") return 1;
    if (k == "ipv4") return 4;
    if (k == "ipv6") return 41;
    if (k == "ext6") return layers_[i + 1].params.count("type") ? std::stoul(layers_[i + 1].params.at("type"), nullptr, 0) : 0;
    return 253;
  }
  // The pseudo-header sum for an L4 layer at i: from the closest IP layer before it.
  Expected<uint32_t> pseudo(size_t i, uint32_t proto, uint32_t len) {
    for (size_t j = i; j-- > 0;) {
      const Layer& l = layers_[j];
      if (l.kind != "ipv4" && l.kind != "ipv6") continue;
      const bool v6 = l.kind == "ipv6";
      auto src = addr(l, "src", v6 ? "fd00::1" : "10.0.0.1", v6);
      auto dst = addr(l, "dst", v6 ? "fd00::2" : "10.0.0.2", v6);
      if (!src) return src.error();
      if (!dst) return dst.error();
      uint32_t sum = csum_add(0, src->data(), src->size());
      sum = csum_add(sum, dst->data(), dst->size());
      return sum + proto + (len & 0xffff) + (len >> 16);
    }
    return uint32_t(0);
  }

  Expected<Bytes> header(size_t i, const Bytes& inner);

  std::vector<Layer> layers_;
  const RunVars& vars_;
  int line_;
};

#define TRY_NUM(var, expr)              \
  auto var##_r = (expr);                \
  if (!var##_r) return var##_r.error(); \
  const uint64_t var = *var##_r

Expected<Bytes> PacketBuilder::header(size_t i, const Bytes& inner) {
  const Layer& l = layers_[i];
  Bytes h;
  if (l.kind == "eth") {
    auto dst = mac(l, "dst", "02:00:00:00:00:02"), src = mac(l, "src", "02:00:00:00:00:01");
    if (!dst) return dst.error();
    if (!src) return src.error();
    TRY_NUM(type, num(l, "type", next_proto(i, true)));
    h = *dst;
    h.insert(h.end(), src->begin(), src->end());
    put_be(h, type, 2);
  } else if (l.kind == "vlan") {
    TRY_NUM(id, num(l, "id", 1));
    TRY_NUM(type, num(l, "type", next_proto(i, true)));
    put_be(h, id, 2);
    put_be(h, type, 2);
  } else if (l.kind == "ipv4") {
    auto src = addr(l, "src", "10.0.0.1", false), dst = addr(l, "dst", "10.0.0.2", false);
    if (!src) return src.error();
    if (!dst) return dst.error();
    Bytes opts;
    if (has(l, "opts")) {
      auto o = hex_bytes(l.params.at("opts"), line_);
      if (!o) return o.error();
      opts = *o;
      if (opts.size() % 4) return fail(line_, "ipv4 opts must be a multiple of 4 bytes");
    }
    TRY_NUM(tos, num(l, "tos", 0));
    TRY_NUM(id, num(l, "id", 1));
    TRY_NUM(frag, num(l, "frag", 0x4000));  // DF
    TRY_NUM(ttl, num(l, "ttl", 64));
    TRY_NUM(proto, num(l, "proto", next_proto(i, false)));
    const size_t hlen = 20 + opts.size();
    TRY_NUM(len, num(l, "len", hlen + inner.size()));
    put_be(h, 0x40 | (hlen / 4), 1);
    put_be(h, tos, 1);
    put_be(h, len, 2);
    put_be(h, id, 2);
    put_be(h, frag, 2);
    put_be(h, ttl, 1);
    put_be(h, proto, 1);
    put_be(h, 0, 2);
    h.insert(h.end(), src->begin(), src->end());
    h.insert(h.end(), dst->begin(), dst->end());
    h.insert(h.end(), opts.begin(), opts.end());
    TRY_NUM(csum, num(l, "csum", csum_fold(csum_add(0, h.data(), h.size()))));
    h[10] = uint8_t(csum >> 8);
    h[11] = uint8_t(csum);
  } else if (l.kind == "ipv6") {
    auto src = addr(l, "src", "fd00::1", true), dst = addr(l, "dst", "fd00::2", true);
    if (!src) return src.error();
    if (!dst) return dst.error();
    TRY_NUM(flow, num(l, "flow", 0));
    TRY_NUM(next, num(l, "next", next_proto(i, false)));
    TRY_NUM(hop, num(l, "hop", 64));
    put_be(h, 0x60000000u | (flow & 0xfffff), 4);
    put_be(h, inner.size(), 2);
    put_be(h, next, 1);
    put_be(h, hop, 1);
    h.insert(h.end(), src->begin(), src->end());
    h.insert(h.end(), dst->begin(), dst->end());
  } else if (l.kind == "ext6") {
    TRY_NUM(next, num(l, "next", next_proto(i, false)));
    put_be(h, next, 1);
    put_be(h, 0, 1);  // length in 8-byte units beyond the first 8
    put_be(h, 0, 6);
  } else if (l.kind == "tcp" || l.kind == "udp" || l.kind == "icmp") {
    const bool tcp = l.kind == "tcp", udp = l.kind == "udp";
    if (tcp) {
      TRY_NUM(sport, num(l, "sport", 40000));
      TRY_NUM(dport, num(l, "dport", 80));
      TRY_NUM(seq, num(l, "seq", 1));
      TRY_NUM(ack, num(l, "ack", 0));
      TRY_NUM(win, num(l, "win", 65535));
      uint8_t flags = 0;
      const std::string f = l.params.count("flags") ? l.params.at("flags") : "S";
      for (char c : f) {
        const char* all = "FSRPAU";
        const char* p = std::strchr(all, c);
        if (!p) return fail(line_, fmt::format("bad tcp flag '{}'", c));
        flags |= uint8_t(1u << (p - all));
      }
      put_be(h, sport, 2);
      put_be(h, dport, 2);
      put_be(h, seq, 4);
      put_be(h, ack, 4);
      put_be(h, 5 << 4, 1);
      put_be(h, flags, 1);
      put_be(h, win, 2);
      put_be(h, 0, 2);
      put_be(h, 0, 2);
    } else if (udp) {
      TRY_NUM(sport, num(l, "sport", 40000));
      TRY_NUM(dport, num(l, "dport", 53));
      put_be(h, sport, 2);
      put_be(h, dport, 2);
      put_be(h, 8 + inner.size(), 2);
      put_be(h, 0, 2);
    } else {
      TRY_NUM(type, num(l, "type", 8));
      TRY_NUM(code, num(l, "code", 0));
      TRY_NUM(id, num(l, "id", 1));
      TRY_NUM(seq, num(l, "seq", 1));
      put_be(h, type, 1);
      put_be(h, code, 1);
      put_be(h, 0, 2);
      put_be(h, id, 2);
      put_be(h, seq, 2);
    }
    const size_t off = tcp ? 16 : udp ? 6 : 2;
    uint32_t sum = 0;
    if (tcp || udp) {
      auto ps = pseudo(i, tcp ? 6 : 17, uint32_t(h.size() + inner.size()));
      if (!ps) return ps.error();
      sum = *ps;
    }
    sum = csum_add(sum, h.data(), h.size());
    // inner follows h directly, so an odd-length h would shift inner's byte pairs; headers here are all even.
    sum = csum_add(sum, inner.data(), inner.size());
    uint16_t c = csum_fold(sum);
    if (udp && c == 0) c = 0xffff;
    TRY_NUM(csum, num(l, "csum", c));
    h[off] = uint8_t(csum >> 8);
    h[off + 1] = uint8_t(csum);
  } else if (l.kind == "raw") {
    h = l.raw;
  } else if (l.kind == "payload") {
    if (has(l, "len")) {
      TRY_NUM(len, num(l, "len", 0));
      for (uint64_t k = 0; k < len; ++k) h.push_back(uint8_t('a' + k % 26));
    }
    for (const auto& p : l.positional) {
      if (p.rfind("hex:", 0) == 0) {
        auto b = hex_bytes(p.substr(4), line_);
        if (!b) return b.error();
        h.insert(h.end(), b->begin(), b->end());
      } else {
        auto s = unquote(p, line_);
        if (!s) return s.error();
        h.insert(h.end(), s->begin(), s->end());
      }
    }
  } else {
    return fail(line_, fmt::format("unknown packet layer '{}'", l.kind));
  }
  return h;
}

}  // namespace

// The $USER_PATH string lives in writable memory that is written right before each run. The kernel's
// bpf_probe_read_user() must not fault (copy_from_user_nofault), so a page that is not mapped at that moment
// reads as -EFAULT: a .rodata page of the test binary that nothing had touched yet did, in the ASan build. A page
// just written is present.
namespace {
char g_user_path[sizeof kUserPath];
}  // namespace

RunVars RunVars::sample() {
  std::memcpy(g_user_path, kUserPath, sizeof kUserPath);
  RunVars v;
  v.tid = uint32_t(gettid());
  v.tgid = uint32_t(getpid());
  v.uid = uint32_t(getuid());
  v.gid = uint32_t(getgid());
  v.mono_ns = clock_ns(CLOCK_MONOTONIC);
  v.boot_ns = clock_ns(CLOCK_BOOTTIME);
  v.user_path = reinterpret_cast<uintptr_t>(g_user_path);
  return v;
}

Expected<Bytes> Value::build(const RunVars& vars) const {
  Bytes out;
  std::vector<Layer> layers;
  auto flush_layers = [&]() -> Expected<void> {
    if (layers.empty()) return {};
    auto pkt = PacketBuilder(std::move(layers), vars, line).build();
    layers.clear();
    if (!pkt) return pkt.error();
    out.insert(out.end(), pkt->begin(), pkt->end());
    return {};
  };
  for (const std::string& tok : tokens) {
    if (tok.find('(') != std::string::npos && tok.back() == ')') {
      layers.push_back(parse_layer(tok));
      continue;
    }
    // Plain tokens after packet layers are payload: they count in the lengths and checksums of the layers.
    if (!layers.empty()) {
      Value v;
      v.line = line;
      v.tokens = {tok};
      auto b = v.build(vars);
      if (!b) return b.error();
      Layer raw;
      raw.kind = "raw";
      raw.raw = std::move(*b);
      layers.push_back(std::move(raw));
      continue;
    }
    const size_t colon = tok.find(':');
    if (colon == std::string::npos) return fail(line, fmt::format("bad value token '{}'", tok));
    const std::string kind = tok.substr(0, colon), arg = tok.substr(colon + 1);
    if (kind == "hex") {
      auto b = hex_bytes(arg, line);
      if (!b) return b.error();
      out.insert(out.end(), b->begin(), b->end());
    } else if (kind == "str" || kind == "strz") {
      auto s = unquote(arg, line);
      if (!s) return s.error();
      out.insert(out.end(), s->begin(), s->end());
      if (kind == "strz") out.push_back(0);
    } else if (kind == "ip") {
      auto b = ip4(arg, line);
      if (!b) return b.error();
      out.insert(out.end(), b->begin(), b->end());
    } else if (kind == "ip6") {
      auto b = ip6(arg, line);
      if (!b) return b.error();
      out.insert(out.end(), b->begin(), b->end());
    } else if (kind == "mac") {
      auto b = hex_bytes(arg, line);
      if (!b || b->size() != 6) return fail(line, fmt::format("bad MAC '{}'", arg));
      out.insert(out.end(), b->begin(), b->end());
    } else if (kind == "zero") {
      auto n = number(arg, vars, line);
      if (!n) return n.error();
      out.insert(out.end(), *n, 0);
    } else {
      static const std::map<std::string, std::pair<int, bool>> ints = {
          {"u8", {1, false}},  {"u16", {2, false}},  {"u32", {4, false}},  {"u64", {8, false}},
          {"i8", {1, false}},  {"i16", {2, false}},  {"i32", {4, false}},  {"i64", {8, false}},
          {"be16", {2, true}}, {"be32", {4, true}}, {"be64", {8, true}}};
      auto it = ints.find(kind);
      if (it == ints.end()) return fail(line, fmt::format("unknown value kind '{}'", kind));
      auto n = number(arg, vars, line);
      if (!n) return n.error();
      if (it->second.second) put_be(out, *n, it->second.first);
      else put_le(out, *n, it->second.first);
    }
  }
  if (auto r = flush_layers(); !r) return r.error();
  return out;
}

std::string Step::describe() const {
  static const char* names[] = {"update", "delete", "push", "slot", "run"};
  std::string s = fmt::format("line {}: {}", line, names[int(kind)]);
  if (kind == Kind::Run) return s + " " + prog;
  if (kind == Kind::Slot) return fmt::format("{} {}[{}] = {}", s, map, index, prog);
  return s + " " + map;
}

const KnownDiff* Case::known_diff(const std::string& what) const {
  for (const auto& k : known_diffs) {
    if (k.what == what) return &k;
  }
  return nullptr;
}

Expected<Case> parse_case(const std::string& text, const std::string& name) {
  Case c;
  c.name = name;
  std::istringstream in(text);
  std::string line;
  int lineno = 0;
  Step* run = nullptr;  // the run step indented lines belong to
  while (std::getline(in, line)) {
    ++lineno;
    auto toks_r = tokenize(line, lineno);
    if (!toks_r) return toks_r.error();
    std::vector<std::string>& t = *toks_r;
    if (t.empty()) continue;
    const bool indented = std::isspace(uint8_t(line[0]));
    const std::string& d = t[0];
    auto rest = [&](size_t from) {
      Value v;
      v.line = lineno;
      v.tokens.assign(t.begin() + long(std::min(from, t.size())), t.end());
      return v;
    };
    // Trailing flags=N on update/push.
    auto take_flags = [&](uint64_t& flags) -> Expected<void> {
      if (t.size() > 1 && t.back().rfind("flags=", 0) == 0) {
        auto n = number(t.back().substr(6), RunVars{}, lineno);
        if (!n) return n.error();
        flags = *n;
        t.pop_back();
      }
      return {};
    };
    if (indented) {
      if (!run) return fail(lineno, "indented line outside a run");
      if (d == "expect") {
        auto e = parse_expectation(t, lineno, c.steps.size() - 1);
        if (!e) return e.error();
        c.expectations.push_back(std::move(*e));
      } else if (d == "data") run->data = rest(1);
      else if (d == "ctx") run->ctx = rest(1);
      else if (d == "repeat" && t.size() == 2) run->repeat = uint32_t(std::stoul(t[1], nullptr, 0));
      else if (d == "flags" && t.size() == 2) run->flags = std::stoull(t[1], nullptr, 0);
      else if (d == "cpu" && t.size() == 2) run->cpu = uint32_t(std::stoul(t[1], nullptr, 0));
      else if (d == "data_size_out" && t.size() == 2) run->data_size_out = uint32_t(std::stoul(t[1], nullptr, 0));
      else if (d == "ctx_size_out" && t.size() == 2) run->ctx_size_out = uint32_t(std::stoul(t[1], nullptr, 0));
      else return fail(lineno, fmt::format("unknown run input '{}'", d));
      continue;
    }
    run = nullptr;
    Step s;
    s.line = lineno;
    if (d == "update") {
      s.kind = Step::Kind::Update;
      if (auto r = take_flags(s.flags); !r) return r.error();
      auto arrow = std::find(t.begin(), t.end(), "=>");
      if (t.size() < 2 || arrow == t.end()) return fail(lineno, "update MAP KEY => VALUE");
      s.map = t[1];
      s.key.line = s.value.line = lineno;
      s.key.tokens.assign(t.begin() + 2, arrow);
      s.value.tokens.assign(arrow + 1, t.end());
    } else if (d == "delete" && t.size() >= 3) {
      s.kind = Step::Kind::Delete;
      s.map = t[1];
      s.key = rest(2);
    } else if (d == "push" && t.size() >= 3) {
      s.kind = Step::Kind::Push;
      if (auto r = take_flags(s.flags); !r) return r.error();
      s.map = t[1];
      s.value = rest(2);
    } else if (d == "slot" && t.size() == 4) {
      s.kind = Step::Kind::Slot;
      s.map = t[1];
      s.index = uint32_t(std::stoul(t[2], nullptr, 0));
      s.prog = t[3];
    } else if (d == "probe" && t.size() >= 3) {
      c.probes.push_back(Probe{t[1], rest(2)});
      continue;
    } else if (d == "run" && t.size() == 2) {
      s.kind = Step::Kind::Run;
      s.prog = t[1];
    } else if (d == "expect") {
      auto e = parse_expectation(t, lineno, std::nullopt);
      if (!e) return e.error();
      c.expectations.push_back(std::move(*e));
      continue;
    } else if (d == "known_diff") {
      const size_t colon = line.find(':');
      if (colon == std::string::npos) return fail(lineno, "known_diff WHAT: REASON");
      std::string what = line.substr(line.find("known_diff") + 10, colon - line.find("known_diff") - 10);
      what.erase(0, what.find_first_not_of(' '));
      what.erase(what.find_last_not_of(' ') + 1);
      c.known_diffs.push_back(KnownDiff{what, line.substr(colon + 1)});
      continue;
    } else {
      return fail(lineno, fmt::format("unknown or malformed step '{}'", d));
    }
    c.steps.push_back(std::move(s));
    if (c.steps.back().kind == Step::Kind::Run) run = &c.steps.back();
  }
  return c;
}

Expected<Case> load_case(const std::string& case_path, const std::string& object_path) {
  std::ifstream f(case_path);
  if (!f) return make_error(fmt::format("cannot read {}", case_path));
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string name = std::filesystem::path(case_path).stem().string();
  auto c = parse_case(ss.str(), name);
  if (!c) {
    c.error().object = case_path;
    return c.error();
  }
  c->case_path = case_path;
  c->object_path = object_path;
  return c;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(BPFKIT_SOURCE_DIR "/tests/bpf/corpus", ec)) {
    if (e.path().extension() == ".case") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}
std::string case_path(const std::string& name) { return BPFKIT_SOURCE_DIR "/tests/bpf/corpus/" + name + ".case"; }
std::string object_path(const std::string& name) { return BPFKIT_BINARY_DIR "/bpf/" + name + ".o"; }

std::optional<std::string> host_kconfig_path() {
  utsname u{};
  if (uname(&u) == 0) {
    std::string boot = fmt::format("/boot/config-{}", u.release);
    if (access(boot.c_str(), R_OK) == 0) return boot;
  }
  if (access("/proc/config.gz", R_OK) == 0) return std::string("/proc/config.gz");
  return std::nullopt;
}

Bytes pad_perf_record(Bytes record) {
  const size_t padded = (record.size() + 4 + 7) / 8 * 8 - 4;
  record.resize(padded, 0);
  return record;
}

}  // namespace bpfkit::testing::corpus
