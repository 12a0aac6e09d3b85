#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Clusterwright authors
"""Reference answers for tst_net_oracle, computed with Python's ipaddress.

Usage: oracle.py CASES_FILE  (answers go to stdout, one line per case)

Each case is a line of tab-separated fields, the first naming the operation.
Only the standard library is used. Clusterwright is stricter than ipaddress
on purpose; the policy_* functions apply those differences and nothing else:
  - zone ids ("fe80::1%eth0") are rejected;
  - a prefix needs exactly one '/' and a decimal length without leading
    zeros (ipaddress also takes "/024", netmasks such as "/255.255.255.0",
    and a bare address as a /32 or /128).
ipaddress has no ranges, so "first-last" is split here and each side is
parsed by ipaddress.
"""

import ipaddress
import re
import sys

_LENGTH = re.compile(r'0|[1-9][0-9]*')


def policy_address(text):
    return '%' not in text


def policy_prefix(text):
    if '%' in text or text.count('/') != 1:
        return False
    return _LENGTH.fullmatch(text.split('/')[1]) is not None


def parse_address(text):
    if not policy_address(text):
        return None
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def parse_range(text):
    """(first, last) or None, with the rules of IpRange::parse."""
    if '-' in text:
        sides = text.split('-')
        if len(sides) != 2:
            return None
        first, last = parse_address(sides[0]), parse_address(sides[1])
        if first is None or last is None or first.version != last.version:
            return None
        return (first, last) if first <= last else None
    if '/' in text and policy_prefix(text):
        try:
            network = ipaddress.ip_network(text, strict=True)
        except ValueError:
            return None
        return (network.network_address, network.broadcast_address)
    return None


def parse_prefix(text):
    """(interface, network) or None; host bits allowed."""
    if not policy_prefix(text):
        return None
    try:
        return ipaddress.ip_interface(text), ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None


def flag(value):
    return '1' if value else '0'


def range_text(first, last):
    return f'{first}-{last}'


def op_addr(text):
    address = parse_address(text)
    return 'err' if address is None else f'ok\t{address}'


def op_prefix(text):
    parsed = parse_prefix(text)
    if parsed is None:
        return 'err'
    interface, network = parsed
    try:
        ipaddress.ip_network(text, strict=True)
        strict = True
    except ValueError:
        strict = False
    host_bits = interface.ip != network.network_address
    return '\t'.join(['ok', interface.with_prefixlen, str(network.network_address),
                      str(network.broadcast_address), str(network.num_addresses),
                      flag(host_bits), flag(strict)])


def op_range(text):
    parsed = parse_range(text)
    if parsed is None:
        return 'err'
    first, last = parsed
    return f'ok\t{range_text(first, last)}\t{int(last) - int(first) + 1}'


def subnet_of(inner, outer):
    return inner.version == outer.version and inner.subnet_of(outer)


def op_ppair(a_text, b_text, address_text):
    a, b = parse_prefix(a_text)[1], parse_prefix(b_text)[1]
    address = parse_address(address_text)
    if subnet_of(b, a):
        inter = str(b)
    elif subnet_of(a, b):
        inter = str(a)
    else:
        inter = 'none'
    return '\t'.join([flag(address in a), flag(subnet_of(b, a)), flag(subnet_of(a, b)),
                      flag(a.version == b.version and a.overlaps(b)), inter])


def range_contains(outer, inner):
    return (outer[0].version == inner[0].version
            and outer[0] <= inner[0] and inner[1] <= outer[1])


def ranges_overlap(a, b):
    return a[0].version == b[0].version and a[0] <= b[1] and b[0] <= a[1]


def op_rpair(a_text, b_text, address_text):
    a, b = parse_range(a_text), parse_range(b_text)
    address = parse_address(address_text)
    point = (address, address)
    if ranges_overlap(a, b):
        inter = range_text(max(a[0], b[0]), min(a[1], b[1]))
    else:
        inter = 'none'
    return '\t'.join([flag(range_contains(a, point)), flag(range_contains(a, b)),
                      flag(range_contains(b, a)), flag(ranges_overlap(a, b)), inter])


def op_nextfree(subnet_text, after_text, used_text):
    network = parse_prefix(subnet_text)[1]
    after = None if after_text == '-' else parse_address(after_text)
    used = set() if used_text == '-' else {parse_address(u) for u in used_text.split(',')}
    for host in network.hosts():
        if after is not None and host <= after:
            continue
        if host not in used:
            return str(host)
    return 'none'


def op_pairs(ranges_text):
    ranges = [parse_range(text) for text in ranges_text.split(' ')]
    # Brute force on purpose: the C++ side must match every pair.
    pairs = [f'{i},{j}' for i in range(len(ranges)) for j in range(i + 1, len(ranges))
             if ranges_overlap(ranges[i], ranges[j])]
    return ' '.join(pairs) if pairs else '-'


OPERATIONS = {
    'addr': op_addr,
    'prefix': op_prefix,
    'range': op_range,
    'ppair': op_ppair,
    'rpair': op_rpair,
    'nextfree': op_nextfree,
    'pairs': op_pairs,
}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: oracle.py CASES_FILE')
    out = []
    with open(sys.argv[1], encoding='utf-8', newline='\n') as cases:
        for line in cases:
            fields = line.rstrip('\n').split('\t')
            out.append(OPERATIONS[fields[0]](*fields[1:]))
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
