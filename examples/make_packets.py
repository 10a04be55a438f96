#!/usr/bin/env python3
"""Writes examples/packets.pcap: the bundled traffic scripts/demo.sh runs examples/firewall.bpf.c on.

Standard library only, so the demo needs nothing extra. Checksums are real, so the packets are also valid input for
tcpdump, Wireshark or the kernel.
"""
import struct
import sys


def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a: str) -> bytes:
    return bytes(int(x) for x in a.split("."))


def eth(proto: int) -> bytes:
    return bytes.fromhex("020000000002") + bytes.fromhex("020000000001") + struct.pack("!H", proto)


def ipv4(src: str, dst: str, proto: int, payload: bytes) -> bytes:
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0x4000, 64, proto, 0, ip4(src), ip4(dst))
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def l4(src: str, dst: str, proto: int, seg: bytes) -> bytes:
    pseudo = ip4(src) + ip4(dst) + struct.pack("!BBH", 0, proto, len(seg))
    off = 16 if proto == 6 else 6
    c = csum(pseudo + seg)
    return seg[:off] + struct.pack("!H", c) + seg[off + 2:]


def tcp(src, dst, sport, dport, payload=b""):
    seg = struct.pack("!HHIIBBHHH", sport, dport, 1000, 0, 5 << 4, 0x02, 65535, 0, 0) + payload
    return eth(0x0800) + ipv4(src, dst, 6, l4(src, dst, 6, seg))


def udp(src, dst, sport, dport, payload=b""):
    seg = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    return eth(0x0800) + ipv4(src, dst, 17, l4(src, dst, 17, seg))


def icmp_echo(src, dst):
    msg = struct.pack("!BBHHH", 8, 0, 0, 7, 1) + b"bpfkit"
    msg = msg[:2] + struct.pack("!H", csum(msg)) + msg[4:]
    return eth(0x0800) + ipv4(src, dst, 1, msg)


def arp():
    body = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, bytes.fromhex("020000000001"), ip4("10.0.0.1"),
                       b"\0" * 6, ip4("10.0.0.254"))
    return eth(0x0806) + body


def ipv6_udp():
    payload = struct.pack("!HHHH", 5353, 5353, 8, 0)
    hdr = struct.pack("!IHBB16s16s", 6 << 28, len(payload), 17, 255, b"\xfe\x80" + b"\0" * 13 + b"\x01",
                      b"\xff\x02" + b"\0" * 13 + b"\xfb")
    return eth(0x86DD) + hdr + payload


packets = [
    tcp("10.0.0.1", "10.0.0.254", 40000, 80, b"GET / HTTP/1.1\r\n\r\n"),
    tcp("10.0.0.2", "10.0.0.254", 40001, 23),               # telnet: blocked port
    udp("192.168.1.7", "10.0.0.254", 5353, 53, b"\x12\x34" + b"\0" * 10),
    tcp("203.0.113.9", "10.0.0.254", 5555, 443),            # blocklisted source
    icmp_echo("10.0.0.1", "10.0.0.254"),
    arp(),
    udp("10.0.0.3", "10.0.0.254", 137, 445),                # SMB: blocked port
    ipv6_udp(),
    tcp("10.0.0.1", "10.0.0.254", 40000, 80, b"x" * 100),
    udp("198.51.100.7", "10.0.0.254", 123, 123, b"\0" * 48),  # blocklisted source
]

out = sys.argv[1] if len(sys.argv) > 1 else "examples/packets.pcap"
with open(out, "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))  # LINKTYPE_ETHERNET
    for i, p in enumerate(packets):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(p), len(p)) + p)
print(f"{len(packets)} packets -> {out}")
