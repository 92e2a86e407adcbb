#!/usr/bin/env python3
"""Writes N guides of the seeds' family (other companies, regions, currencies) into DIR for benchmarks."""
import os, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
random.seed(n)
os.makedirs(out, exist_ok=True)
here = os.path.dirname(os.path.abspath(__file__))
seeds = os.path.join(here, '..', 'seeds')
texts = [open(os.path.join(seeds, f), encoding='utf-8').read() for f in sorted(os.listdir(seeds))]
guides = [t for t in texts if 'Global Negotiation Guide' in t]
for i in range(n):
    t = guides[i % len(guides)]
    if t.startswith('---'):
        t = t.replace('role: ', f'role: bench-{i}-', 1)
    else:
        t = t.replace(' Global Negotiation Guide', f' {i} Global Negotiation Guide', 1)
    with open(os.path.join(out, f'guide-{i:05d}.md'), 'w', encoding='utf-8') as f:
        f.write(t)
