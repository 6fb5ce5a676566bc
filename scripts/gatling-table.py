#!/usr/bin/env python3
"""Prints the per-request statistics of a Gatling HTML report as the Markdown table of docs/BENCHMARKS.md.
Usage: scripts/gatling-table.py [target/gatling/<run>]   (default: the latest run)"""
import glob, html, os, re, sys

run = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob('target/gatling/*/'), key=os.path.getmtime)
page = open(os.path.join(run, 'index.html'), encoding='utf-8').read()
body = page.split('<tbody>', 1)[1]
print('| Request | n | KO | req/s | p50 | p95 | p99 | max |')
print('|---|---:|---:|---:|---:|---:|---:|---:|')
for row in body.split('<tr')[1:]:
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if not cells:
        continue
    label = html.unescape(name.group(1)) if name else 'All requests'
    print('| {} | {} | {} | {} | {} | {} | {} | {} |'.format(label, cells['2'], cells['4'], cells['6'],
          cells['8'], cells['10'], cells['11'], cells['12']))
