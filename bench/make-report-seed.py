#!/usr/bin/env python3
"""The default seed with a large Reporting history, for bench/report.sh: 52 weeks of installs on 12 Jira
versions and FEEDBACK uninstall/disable feedback records (default 5,000: 100 pages of 50) spread over 52 weeks.
Deterministic (a fixed random seed), so every run measures the same data."""
import random
import sys

source, target = sys.argv[1], sys.argv[2]
feedback_count = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
text = open(source, encoding="utf-8").read()
start = text.index("    installs:\n")
end = text.index("\nfaults:")
rng = random.Random(21)
versions = ["9.4.0", "9.12.0", "9.12.5", "10.0.0", "10.0.1", "10.1.0", "10.2.0", "10.3.0", "10.3.3", "10.4.0", "10.4.1", "10.5.0"]
lines = ["    installs:", "      jira:"]
for index, version in enumerate(versions):
    base = 50 + 40 * index
    weeks = ", ".join(str(max(0, base + rng.randint(-10, 10) - week)) for week in range(52))
    lines.append(f"        {version}: [{weeks}]")
lines.append("    feedback:")
reasons = ["bugs", "performance", "expectations", "cost", "alternative", "temporary", "other"]
for _ in range(feedback_count):
    days = rng.randint(1, 360)
    version = "1.3.0" if days <= 21 else ("1.2.0" if days <= 120 else "1.1.0")
    kind = "uninstall" if rng.random() < 0.8 else "disable"
    lines.append(f"      - {{daysAgo: {days}, version: {version}, type: {kind}, reason: {rng.choice(reasons)}}}")
open(target, "w", encoding="utf-8").write(text[:start] + "\n".join(lines) + "\n" + text[end:])
