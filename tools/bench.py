#!/usr/bin/env python3
"""make bench: times dangjian builds of synthetic content at county and city scale (and, with
BENCH_PROVINCE=1, province scale) and Hugo building the same number of pages, on this machine.

Release build only; every figure is the median of BENCH_RUNS runs (default 3). Prints one
Markdown table: scale, pages, wall, per-step times, peak RSS, output size and largest file, a
rebuild with nothing changed, a rebuild after one report changed (and how many files it wrote),
and Hugo on the same page count with the ratio. BENCH_GROWTH=1 adds a table of full builds at
10k, 30k, 100k and 300k enterprises with the fitted exponent of time against size.
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
    pages = int(re.search(r"(\d+) 个页面", process.stdout).group(1))
    kept = re.search(r"其中 (\d+) 个与上次相同", process.stdout)
    files = int(re.search(r"共 (\d+) 个文件", process.stdout).group(1))
    rewritten = 0 if "网站已是最新" in process.stdout else files - (int(kept.group(1)) if kept else 0)
    return wall, rss, steps, pages, rewritten


def state_file(output):
    return os.path.join(os.path.dirname(output), "." + os.path.basename(output) + ".dangjian-state")


def wait_for_background_deletion(output):
    """The replaced site is deleted by a background process: let it finish before timing again."""
    parent, name = os.path.dirname(output), os.path.basename(output)
    for _ in range(600):
        if not any(entry.startswith(f".{name}.discarded-") for entry in os.listdir(parent)):
            return
        time.sleep(0.1)


def median_build(content, output, fresh, change=None):
    """Median of RUNS builds; `change` edits the content before each and undoes it after."""
    results = []
    for run in range(RUNS):
        if fresh:
            # Into a new folder: deleting a tree just before a build makes ext4 slower to create
            # inodes for a while (its allocator avoids recently freed ones), which a user's first
            # build never meets. The old folders go after the runs.
            shutil.rmtree(output, ignore_errors=True)
            if os.path.exists(state_file(output)):
                os.remove(state_file(output))
            target = f"{output}-fresh{run}"
        else:
            target = output
        wait_for_background_deletion(target)
        undo = change() if change else None
        results.append(run_build(content, target))
        if undo:
            undo()
            run_build(content, target)
    if fresh:
        os.rename(f"{output}-fresh{RUNS - 1}", output)
        os.rename(state_file(f"{output}-fresh{RUNS - 1}"), state_file(output))
        for run in range(RUNS - 1):
            shutil.rmtree(f"{output}-fresh{run}", ignore_errors=True)
            os.remove(state_file(f"{output}-fresh{run}"))
    for name in os.listdir(WORK):
        if name.endswith(".dangjian-lock") and "-fresh" in name:
            os.remove(os.path.join(WORK, name))
    walls = [r[0] for r in results]
    best = sorted(results, key=lambda r: r[0])[len(results) // 2]
    return statistics.median(walls), max(r[1] for r in results), best[2], best[3], best[4]


def change_one_report(content):
    """Appends a sentence to the first report; returns the function that restores it."""
    folder = os.path.join(content, "reports")
    report = os.path.join(folder, sorted(name for name in os.listdir(folder) if name.endswith(".md"))[0])
    with open(report, encoding="utf-8") as original:
        text = original.read()

    def change():
        with open(report, "w", encoding="utf-8") as edited:
            edited.write(text + "\n基准测试新增的一句。\n")

        def undo():
            with open(report, "w", encoding="utf-8") as restored:
                restored.write(text)
        return undo
    return change


def largest_file_megabytes(path):
    largest = 0
    for folder, _, files in os.walk(path):
        for name in files:
            largest = max(largest, os.path.getsize(os.path.join(folder, name)))
    return largest / 1_000_000


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


def growth():
    """Full builds at growing sizes and the exponent k of time ∝ size^k (least squares on logs)."""
    import math
    sizes = [10_000, 30_000, 100_000, 300_000]
    print("\n| enterprises × 3 years | pages | wall | render | write | peak RSS | output |")
    print("|---|---|---|---|---|---|---|")
    points = []
    for enterprises in sizes:
        content = os.path.join(WORK, f"growth-{enterprises}-content")
        output = os.path.join(WORK, f"growth-{enterprises}-site")
        if not os.path.isdir(content):
            subprocess.run([BIN, "sample", "--enterprises", str(enterprises), "--output", content], check=True,
                           capture_output=True)
        wall, rss, steps, pages, _ = median_build(content, output, fresh=True)
        megabytes = folder_megabytes(output)
        points.append((math.log(enterprises), math.log(wall)))
        print(f"| {enterprises:,} | {pages:,} | {wall:.2f} s | {steps.get('render', 0):.2f} s "
              f"| {steps.get('write', 0):.2f} s | {rss:.0f} MB | {megabytes:.0f} MB |")
        shutil.rmtree(output, ignore_errors=True)
        os.remove(state_file(output))
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
    print(f"\nGrowth: wall ∝ enterprises^{slope:.2f}")


def main():
    os.makedirs(WORK, exist_ok=True)
    rows = []
    for name, enterprises in SCALES:
        content = os.path.join(WORK, f"{name}-content")
        output = os.path.join(WORK, f"{name}-site")
        if not os.path.isdir(content):
            subprocess.run([BIN, "sample", "--enterprises", str(enterprises), "--output", content], check=True,
                           capture_output=True)
        wall, rss, steps, pages, _ = median_build(content, output, fresh=True)
        rebuild = median_build(content, output, fresh=False)[0]
        one, _, _, _, rewritten = median_build(content, output, fresh=False, change=change_one_report(content))
        hugo = hugo_seconds(pages)
        rows.append((name, enterprises, pages, wall, steps, rss, folder_megabytes(output),
                     largest_file_megabytes(output), rebuild, one, rewritten, hugo))
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True).stdout.strip()
    print(f"Machine: {os.cpu_count()} cores, {cpu}; median of {RUNS} runs; release build.\n")
    print("| scale | enterprises × 3 years | pages | wall | load | aggregate | plan | render | write | peak RSS "
          "| output (largest file) | rebuild, nothing changed | rebuild, one report changed | Hugo, same pages "
          "| Hugo ÷ dangjian |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, enterprises, pages, wall, steps, rss, megabytes, largest, rebuild, one, rewritten, hugo in rows:
        step = lambda key: f"{steps.get(key, 0):.2f} s"
        hugo_text = f"{hugo:.2f} s" if hugo else "not installed"
        ratio = f"{hugo / wall:.2f}" if hugo else "—"
        print(f"| {name} | {enterprises:,} | {pages:,} | {wall:.2f} s | {step('load')} | {step('aggregate')} "
              f"| {step('plan')} | {step('render')} | {step('write')} | {rss:.0f} MB "
              f"| {megabytes:.0f} MB ({largest:.1f} MB) | {rebuild:.2f} s ({rebuild / wall:.0%}) "
              f"| {one:.2f} s, {rewritten} files written | {hugo_text} | {ratio} |")
    if os.environ.get("BENCH_GROWTH"):
        growth()


if __name__ == "__main__":
    main()
