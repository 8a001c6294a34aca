#!/usr/bin/env python3
"""make bench: times dangjian builds of synthetic content at county and city scale (and, with
BENCH_PROVINCE=1, province scale) and Hugo building the same number of pages, on this machine.

Release build only; every figure is the median of BENCH_RUNS runs (default 3). Prints one
Markdown table: scale, pages, wall, per-step times, peak RSS, output size, a rebuild with
nothing changed, and Hugo on the same page count with the ratio.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "dangjian")
WORK = os.path.join(ROOT, ".bench")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SCALES = [("county", 3_373), ("city", 33_732)]
if os.environ.get("BENCH_PROVINCE"):
    SCALES.append(("province", 167_968))


def run_build(content, output):
    """One build: wall seconds, peak RSS in MB, step times and page count."""
    start = time.monotonic()
    process = subprocess.run(
        ["/usr/bin/time", "-f", "%M", BIN, "build", "--content", content, "--templates",
         os.path.join(ROOT, "Templates"), "--output", output],
        capture_output=True, text=True)
    wall = time.monotonic() - start
    if process.returncode != 0:
        sys.exit(f"build failed:\n{process.stderr[-2000:]}")
    rss = int(process.stderr.strip().splitlines()[-1]) / 1024
    steps = {m.group(1): float(m.group(2)) / 1000
             for m in re.finditer(r"\[\d/5\] (\w+) .*? … ([0-9.]+) ms", process.stdout)}
    pages = int(re.search(r"写入 (\d+) 个页面", process.stdout).group(1))
    return wall, rss, steps, pages


def median_build(content, output, fresh):
    results = []
    for _ in range(RUNS):
        if fresh:
            shutil.rmtree(output, ignore_errors=True)
        results.append(run_build(content, output))
    walls = [r[0] for r in results]
    best = sorted(results, key=lambda r: r[0])[len(results) // 2]
    return statistics.median(walls), max(r[1] for r in results), best[2], best[3]


def folder_megabytes(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, name)) for name in files)
    return total / 1_000_000


def hugo_seconds(pages):
    """Hugo building `pages` Markdown pages (≈2 KB of Chinese each) with a minimal layout."""
    if shutil.which("hugo") is None:
        return None
    site = os.path.join(WORK, f"hugo-{pages}")
    if not os.path.isdir(site):
        os.makedirs(os.path.join(site, "content", "p"))
        os.makedirs(os.path.join(site, "layouts", "_default"))
        with open(os.path.join(site, "config.toml"), "w") as config:
            config.write('baseURL = "http://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
        layout = "<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>"
        for name in ["single.html", "list.html"]:
            with open(os.path.join(site, "layouts", "_default", name), "w") as out:
                out.write(layout)
        body = "两新组织党建工作情况，组织覆盖率和工作覆盖率稳步提高。" * 40
        for index in range(pages):
            with open(os.path.join(site, "content", "p", f"{index}.md"), "w") as page:
                page.write(f"---\ntitle: 页面{index}\n---\n\n{body}\n")
    walls = []
    for _ in range(RUNS):
        shutil.rmtree(os.path.join(site, "public"), ignore_errors=True)
        start = time.monotonic()
        subprocess.run(["hugo", "--quiet", "-s", site], check=True, capture_output=True)
        walls.append(time.monotonic() - start)
    return statistics.median(walls)


def main():
    os.makedirs(WORK, exist_ok=True)
    rows = []
    for name, enterprises in SCALES:
        content = os.path.join(WORK, f"{name}-content")
        output = os.path.join(WORK, f"{name}-site")
        if not os.path.isdir(content):
            subprocess.run([BIN, "sample", "--enterprises", str(enterprises), "--output", content], check=True,
                           capture_output=True)
        wall, rss, steps, pages = median_build(content, output, fresh=True)
        rebuild, _, _, _ = median_build(content, output, fresh=False)
        hugo = hugo_seconds(pages)
        rows.append((name, enterprises, pages, wall, steps, rss, folder_megabytes(output), rebuild, hugo))
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip()
    print(f"Machine: {os.cpu_count()} cores, {cpu}; median of {RUNS} runs; release build.\n")
    print("| scale | enterprises × 3 years | pages | wall | load | aggregate | plan | render | write | peak RSS "
          "| output | rebuild, nothing changed | Hugo, same pages | dangjian ÷ Hugo |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, enterprises, pages, wall, steps, rss, megabytes, rebuild, hugo in rows:
        step = lambda key: f"{steps.get(key, 0):.2f} s"
        hugo_text = f"{hugo:.2f} s" if hugo else "not installed"
        ratio = f"{wall / hugo:.1f}×" if hugo else "—"
        print(f"| {name} | {enterprises:,} | {pages:,} | {wall:.2f} s | {step('load')} | {step('aggregate')} "
              f"| {step('plan')} | {step('render')} | {step('write')} | {rss:.0f} MB | {megabytes:.0f} MB "
              f"| {rebuild:.2f} s ({rebuild / wall:.0%}) | {hugo_text} | {ratio} |")


if __name__ == "__main__":
    main()
