#!/usr/bin/env python3
"""The goals of the load test from one Gatling run, read from its binary simulation.log (Gatling 3.12 and later):
all requests, page views, sendings (saves, uploads, submissions), sign-ins and uploads, each with its percentiles, and
the p95 of page views and of all requests in each 15 s of the run. Page views are the GET requests, the pages that
follow a POST (Gatling's "… Redirect 1") and the sign-in page included; a POST is a sending; POST /login is a sign-in.
Percentiles are nearest-rank over every response; Gatling's report, which keeps its samples in a histogram, may
differ from them by a few ms.
Usage: scripts/gatling-summary.py [target/gatling/<run>] [--by-request]   (default: the latest run)"""
import glob
import math
import os
import struct
import sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
run = args[0] if args else max(glob.glob('target/gatling/*/'), key=os.path.getmtime)
data = open(os.path.join(run, 'simulation.log'), 'rb').read()
pos = 0


def read_int():
    global pos
    value = struct.unpack_from('>i', data, pos)[0]
    pos += 4
    return value


def read_long():
    global pos
    value = struct.unpack_from('>q', data, pos)[0]
    pos += 8
    return value


def read_byte():
    global pos
    pos += 1
    return data[pos - 1]


def read_string():
    # length, the string's own bytes, then its coder (0: Latin-1, 1: UTF-16); an empty string is its length alone
    global pos
    length = read_int()
    if length == 0:
        return ''
    raw = data[pos:pos + length]
    pos += length
    return raw.decode('latin-1') if read_byte() == 0 else raw.decode('utf-16-le')


strings = {}


def read_cached_string():
    # a new string comes with its index (from 1); one seen before is its index negated
    index = read_int()
    if index >= 0:
        strings[index] = read_string()
        return strings[index]
    return strings[-index]


if read_byte() != 0:
    sys.exit('%s: not a binary simulation.log of Gatling 3.12 or later' % run)
version, simulation, start, description = read_string(), read_string(), read_long(), read_string()
scenarios = [read_string() for _ in range(read_int())]
for _ in range(read_int()):  # assertions, each a length and its bytes
    length = read_int()
    pos += length

responses = []  # (name, start ms, end ms, ok)
while pos < len(data):
    kind = read_byte()
    if kind == 1:  # response: groups, name, start, end, OK, message
        for _ in range(read_int()):
            read_cached_string()
        name = read_cached_string()
        begin, end, ok = read_int(), read_int(), read_byte()
        read_cached_string()
        responses.append((name, begin, end, ok == 1))
    elif kind == 2:  # user start or end
        read_int(), read_byte(), read_int()
    elif kind == 3:  # group
        for _ in range(read_int()):
            read_cached_string()
        read_int(), read_int(), read_int(), read_byte()
    elif kind == 4:  # error
        read_cached_string(), read_int()
    else:
        sys.exit('%s: unknown record %d at byte %d' % (run, kind, pos))
if not responses:
    sys.exit('%s: no responses' % run)


def percentile(values, q):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def kind_of(name):
    if 'Redirect' in name or not name.startswith('POST'):
        return 'page views'
    return 'sign-ins' if name.startswith('POST /login') else 'sendings'


def row(label, values):
    cells = [percentile(values, q) for q in (0.5, 0.95, 0.99)]
    return '| %s | %d | %s |' % (label, len(values), ' | '.join('-' if c is None else str(c) for c in cells))


first = min(r[1] for r in responses)
seconds = (max(r[2] for r in responses) - first) / 1000
failed = sum(1 for r in responses if not r[3])
print('%s (Gatling %s): %d requests, %d failed, %.1f req/s over %.0f s' % (
    os.path.basename(run.rstrip('/')), version, len(responses), failed, len(responses) / seconds, seconds))
print()
print('| Requests | n | p50 | p95 | p99 |')
print('|---|---:|---:|---:|---:|')
print(row('all', [e - b for _, b, e, _ in responses]))
for kind in ('page views', 'sendings', 'sign-ins'):
    print(row(kind, [e - b for n, b, e, _ in responses if kind_of(n) == kind]))
print(row('uploads', [e - b for n, b, e, _ in responses
                      if n.startswith('POST') and 'file' in n and 'Redirect' not in n]))
print()
windows = range(0, int(seconds) + 1, 15)
print('| seconds | ' + ' | '.join('%d–%d' % (w, w + 15) for w in windows) + ' |')
print('|---|' + '---:|' * len(windows))
for label, keep in (('page views p95', lambda n: kind_of(n) == 'page views'), ('all p95', lambda n: True)):
    cells = []
    for w in windows:
        values = [e - b for n, b, e, _ in responses if keep(n) and first + w * 1000 <= b < first + (w + 15) * 1000]
        cells.append('-' if not values else str(percentile(values, 0.95)))
    print('| %s | %s |' % (label, ' | '.join(cells)))
if '--by-request' in sys.argv:
    print()
    names = {}
    for n, b, e, _ in responses:
        names.setdefault(n, []).append(e - b)
    print('| Request | n | p50 | p95 | p99 |')
    print('|---|---:|---:|---:|---:|')
    for n, values in sorted(names.items(), key=lambda item: -percentile(item[1], 0.95)):
        print(row(n, values))
