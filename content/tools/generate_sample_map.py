"""Draws the township map of the fictional sample county (青溪县) as content/data/map.geojson.

The county is invented, so is its map: an irregular outline (a circle bent by a few sine waves)
around 119.6° E, 28.4° N, cut into one Voronoi cell per township of content/data/regions.csv
from hand-placed seed points, every inner border then made to wander a little (the same
wiggles on both sides of a border, so neighbours still meet). The three 街道 sit close together
in the middle, so their cells are small, as a county town's are. 青溪经济开发区 is an enclave
inside 城关街道: its own small polygon, and a hole in 城关街道's, which exercises holes.

Standard library only, deterministic: the same bytes on every run.
Run from the repository root: python3 content/tools/generate_sample_map.py
"""
import csv
import hashlib
import json
import math
import os

ROOT = os.path.join(os.path.dirname(__file__), "..")
CENTRE = (119.62, 28.41)
# Longitude degrees are shorter than latitude degrees here: shapes are designed in km-like units.
KX = math.cos(math.radians(CENTRE[1]))

# Seed points (offsets in degrees of latitude, east and north of the centre) of each township.
SEEDS = {
    "331190001": (0.000, 0.010),     # 城关街道
    "331190002": (0.055, 0.045),     # 凤鸣街道
    "331190003": (0.030, -0.050),    # 南湖街道
    "331190100": (-0.190, 0.120),    # 溪口镇
    "331190101": (0.200, 0.150),     # 白沙镇
    "331190102": (-0.210, -0.140),   # 云岭镇
    "331190103": (0.210, -0.110),    # 桃源镇
    "331190104": (0.020, 0.230),     # 枫林镇
    "331190200": (-0.020, -0.240),   # 石门乡
}
ENCLAVE = "331190400"        # 青溪经济开发区, inside 城关街道
ENCLAVE_HOST = "331190001"


def outline(points=160):
    """The county's border: a circle of radius ~0.3 bent by sine waves."""
    ring = []
    for i in range(points):
        a = 2 * math.pi * i / points
        r = 0.30 * (1 + 0.12 * math.sin(3 * a + 0.4) + 0.07 * math.sin(7 * a + 1.3)
                    + 0.03 * math.sin(17 * a + 2.1) + 0.015 * math.sin(31 * a))
        ring.append((r * math.cos(a), r * math.sin(a) * 0.85))
    return ring


def clip(polygon, a, b):
    """The part of `polygon` nearer to seed a than to seed b (Sutherland–Hodgman on the bisector)."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    nx, ny = b[0] - a[0], b[1] - a[1]

    def inside(p):
        return (p[0] - mx) * nx + (p[1] - my) * ny <= 0

    def crossing(p, q):
        dp = (p[0] - mx) * nx + (p[1] - my) * ny
        dq = (q[0] - mx) * nx + (q[1] - my) * ny
        t = dp / (dp - dq)
        return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))

    result = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        if inside(current):
            if not inside(previous):
                result.append(crossing(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(crossing(previous, current))
    return result


def key(p):
    return (round(p[0], 9), round(p[1], 9))


def wiggle(p, q, depth=3):
    """A wandering line from p to q, the same for q to p reversed (seeded by the sorted ends)."""
    a, b = sorted([key(p), key(q)])
    digest = hashlib.sha256(repr((a, b)).encode()).digest()
    numbers = [(byte - 127.5) / 127.5 for byte in digest]

    def split(u, v, level, index):
        if level == 0:
            return [u]
        length = math.hypot(v[0] - u[0], v[1] - u[1])
        shift = numbers[index % len(numbers)] * 0.12 * length
        mid = ((u[0] + v[0]) / 2 - (v[1] - u[1]) / length * shift,
               (u[1] + v[1]) / 2 + (v[0] - u[0]) / length * shift)
        return split(u, mid, level - 1, 2 * index + 1) + split(mid, v, level - 1, 2 * index + 2)

    line = split(a, b, depth, 0) + [b]
    return line if key(p) == a else list(reversed(line))


def roughen(ring, border):
    """Every edge longer than the outline's own edges, made to wander; outline edges kept."""
    result = []
    for i, p in enumerate(ring):
        q = ring[(i + 1) % len(ring)]
        on_border = key(p) in border and key(q) in border
        if math.hypot(q[0] - p[0], q[1] - p[1]) > 0.03 and not on_border:
            result.extend(wiggle(p, q)[:-1])
        else:
            result.append(p)
    return result


def blob(centre, radius, points=24):
    ring = []
    for i in range(points):
        a = 2 * math.pi * i / points
        r = radius * (1 + 0.18 * math.sin(2 * a + 0.7) + 0.08 * math.sin(5 * a))
        ring.append((centre[0] + r * math.cos(a), centre[1] + r * math.sin(a)))
    return ring


def to_lnglat(ring, clockwise):
    """Design units to [lng, lat], closed; outer rings counter-clockwise, holes clockwise (RFC 7946)."""
    points = [[round(CENTRE[0] + x / KX, 6), round(CENTRE[1] + y, 6)] for x, y in ring]
    area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))
    if (area < 0) != clockwise:
        points.reverse()
    return points + [points[0]]


def main():
    with open(os.path.join(ROOT, "data", "regions.csv"), encoding="utf-8-sig") as file:
        names = {row["代码"]: row["名称"] for row in csv.DictReader(file)}
    border = outline()
    border_keys = {key(p) for p in border}
    cells = {}
    for code, seed in SEEDS.items():
        cell = border
        for other, other_seed in SEEDS.items():
            if other != code:
                cell = clip(cell, seed, other_seed)
        cells[code] = roughen(cell, border_keys)
    host = SEEDS[ENCLAVE_HOST]
    enclave = blob((host[0] - 0.012, host[1] - 0.004), 0.018)
    features = []
    for code in sorted(SEEDS, key=lambda c: list(names).index(c)):
        rings = [to_lnglat(cells[code], clockwise=False)]
        if code == ENCLAVE_HOST:
            rings.append(to_lnglat(enclave, clockwise=True))
        features.append({"type": "Feature", "properties": {"代码": code, "名称": names[code]},
                         "geometry": {"type": "Polygon", "coordinates": rings}})
    features.append({"type": "Feature", "properties": {"代码": ENCLAVE, "名称": names[ENCLAVE]},
                     "geometry": {"type": "Polygon", "coordinates": [to_lnglat(enclave, clockwise=False)]}})
    collection = {"type": "FeatureCollection", "name": "青溪县乡镇（虚构示例）", "features": features}
    path = os.path.join(ROOT, "data", "map.geojson")
    with open(path, "w", encoding="utf-8") as file:
        json.dump(collection, file, ensure_ascii=False, separators=(",", ":"))
        file.write("\n")
    for code, (x, y) in SEEDS.items():
        print(f"{names[code]}: [{CENTRE[0] + x / KX:.4f}, {CENTRE[1] + y:.4f}]")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


if __name__ == "__main__":
    main()
