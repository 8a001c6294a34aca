"""Draws the sample photos of the demonstration sites (示范点) and honored organisations.

The sample county is fictional, so its photos are drawings, not photographs. Each site gets its
own drawings, fitting its trade and its captions: a machine shop with an overhead crane, an
electronics line, looms, moulding machines, a tea workshop; an office tower, a park service
centre, a cooperative among tea hills, a logistics yard, a care home with a garden; a study room,
a meeting room, a roadside service point, a classroom; walls of plaques, a duty board, a trophy
cabinet. Shading (gradients, lit and shaded faces, shadows, reflections) keeps them from looking
flat. No people appear. Standard library only (zlib for PNG) and a random generator seeded by
the file name, so every run writes the same bytes.

Run from the repository root: python3 content/tools/generate_sample_photos.py
"""
import math
import os
import random
import struct
import zlib

WIDTH, HEIGHT = 960, 600

RED, DARK_RED, GOLD = (180, 20, 30), (138, 15, 23), (201, 162, 39)
CREAM, GREY, STEEL = (246, 241, 230), (120, 126, 134), (86, 98, 112)
WHITE = (250, 250, 248)


def mix(a, b, t):
    return tuple(int(round(x + (y - x) * t)) for x, y in zip(a, b))


def shade(colour, factor):
    """Lighter (factor > 1) or darker (factor < 1)."""
    if factor >= 1:
        return mix(colour, (255, 255, 255), min(1, factor - 1))
    return tuple(int(c * factor) for c in colour)


class Canvas:
    def __init__(self, width, height, colour):
        self.width, self.height = width, height
        self.pixels = [bytearray(bytes(colour) * width) for _ in range(height)]

    def rect(self, x0, y0, x1, y1, colour):
        x0, x1 = max(0, int(x0)), min(self.width, int(x1))
        if x1 <= x0:
            return
        for y in range(max(0, int(y0)), min(self.height, int(y1))):
            self.pixels[y][x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)

    def vertical_gradient(self, x0, y0, x1, y1, top, bottom):
        for y in range(int(y0), int(y1)):
            t = (y - y0) / max(1, (y1 - y0 - 1))
            self.rect(x0, y, x1, y + 1, mix(top, bottom, t))

    def horizontal_gradient(self, x0, y0, x1, y1, left, right):
        for x in range(int(x0), int(x1)):
            t = (x - x0) / max(1, (x1 - x0 - 1))
            self.rect(x, y0, x + 1, y1, mix(left, right, t))

    def polygon(self, points, colour):
        ys = [p[1] for p in points]
        for y in range(max(0, int(min(ys))), min(self.height, int(max(ys)) + 1)):
            crossings = []
            for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
                if (y0 <= y < y1) or (y1 <= y < y0):
                    crossings.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
            crossings.sort()
            for a, b in zip(crossings[::2], crossings[1::2]):
                self.rect(a, y, b + 1, y + 1, colour)

    def ellipse(self, cx, cy, rx, ry, colour):
        for y in range(max(0, int(cy - ry)), min(self.height, int(cy + ry) + 1)):
            dy = (y - cy) / ry
            if dy * dy <= 1:
                half = rx * math.sqrt(1 - dy * dy)
                self.rect(cx - half, y, cx + half + 1, y + 1, colour)

    def circle(self, cx, cy, r, colour):
        self.ellipse(cx, cy, r, r, colour)

    def star(self, cx, cy, r, colour):
        points = []
        for i in range(10):
            angle = -math.pi / 2 + i * math.pi / 5
            radius = r if i % 2 == 0 else r * 0.4
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        self.polygon(points, colour)

    def line(self, x0, y0, x1, y1, width, colour):
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy) or 1
        nx, ny = -dy / length * width / 2, dx / length * width / 2
        self.polygon([(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)], colour)

    def box(self, x0, y0, x1, y1, colour, depth=14):
        """A block seen slightly from above and the left: a lit top, a front with a gradient, a shaded side."""
        self.rect(x0 + depth, y1, x1 + depth + 6, y1 + 8, shade(colour, 0.35))  # shadow on the floor
        self.polygon([(x0, y0), (x0 + depth, y0 - depth), (x1 + depth, y0 - depth), (x1, y0)], shade(colour, 1.35))
        self.polygon([(x1, y0), (x1 + depth, y0 - depth), (x1 + depth, y1 - depth), (x1, y1)], shade(colour, 0.7))
        self.vertical_gradient(x0, y0, x1, y1, shade(colour, 1.12), shade(colour, 0.88))

    def window(self, x0, y0, x1, y1, sky, frame=(235, 235, 232)):
        self.rect(x0 - 3, y0 - 3, x1 + 3, y1 + 3, frame)
        self.vertical_gradient(x0, y0, x1, y1, shade(sky, 1.25), sky)
        self.line(x0 + (x1 - x0) * 0.2, y1, x0 + (x1 - x0) * 0.6, y0, max(3, (x1 - x0) // 8), shade(sky, 1.45))

    def banner(self, x0, y0, x1, y1, colour=RED, words=6):
        self.rect(x0 + 4, y0 + 4, x1 + 4, y1 + 4, shade(colour, 0.5))
        self.rect(x0, y0, x1, y1, colour)
        self.rect(x0 + 6, y0 + 6, x1 - 6, y1 - 6, shade(colour, 0.85))
        h = y1 - y0
        self.star(x0 + h * 0.6, (y0 + y1) / 2, h * 0.3, GOLD)
        step = (x1 - x0 - h * 1.4) / words
        for i in range(words):
            x = x0 + h * 1.2 + i * step
            self.rect(x, y0 + h * 0.3, x + step * 0.7, y1 - h * 0.3, GOLD)

    def flag(self, x, y, colour=RED):
        self.rect(x, y, x + 5, y + 250, (170, 172, 176))
        for i in range(60):
            wave = 5 * math.sin(i / 9)
            self.rect(x + 5 + i, y + 4 + wave, x + 6 + i, y + 44 + wave, shade(colour, 0.9 + 0.2 * math.sin(i / 7)))
        self.star(x + 18, y + 16, 8, GOLD)

    def tree(self, x, y, size, green=(70, 130, 70)):
        self.rect(x - size * 0.08, y, x + size * 0.08, y + size * 0.9, (110, 80, 55))
        self.ellipse(x + size * 0.1, y + size * 0.95, size * 0.6, size * 0.12, shade((120, 140, 100), 0.7))
        self.circle(x, y - size * 0.2, size * 0.5, shade(green, 0.85))
        self.circle(x - size * 0.2, y - size * 0.35, size * 0.35, green)
        self.circle(x + size * 0.15, y - size * 0.45, size * 0.3, shade(green, 1.2))

    def mirrored(self):
        """The drawing seen from the other side: every row reversed."""
        for y, row in enumerate(self.pixels):
            pixels = [row[i:i + 3] for i in range(0, len(row), 3)]
            self.pixels[y] = bytearray(b"".join(reversed(pixels)))
        return self

    def png(self):
        raw = b"".join(b"\x00" + bytes(row) for row in self.pixels)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


# ── Interiors with machines ──────────────────────────────────────────────────────────────────────

def hall(c, rng, wall, floor, windows=True):
    """Back wall with high windows, a floor in perspective with lane lines."""
    c.vertical_gradient(0, 0, WIDTH, 330, shade(wall, 1.1), shade(wall, 0.9))
    if windows:
        for x in range(40 + rng.randrange(30), WIDTH - 100, 150):
            c.window(x, 40, x + 100, 120, (150, 190, 225))
    c.vertical_gradient(0, 330, WIDTH, HEIGHT, shade(floor, 0.95), shade(floor, 1.15))
    for k in range(-4, 6):
        c.line(WIDTH / 2 + k * 60, 330, WIDTH / 2 + k * 230, HEIGHT, 2, shade(floor, 0.85))


def machine_shop(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    hall(c, rng, (205, 212, 220), (170, 172, 165))
    c.rect(0, 150, WIDTH, 168, (230, 180, 30))  # overhead crane beam
    c.rect(0, 168, WIDTH, 174, shade((230, 180, 30), 0.6))
    hook = rng.randrange(200, 760)
    c.rect(hook - 30, 174, hook + 30, 200, (60, 64, 70))
    c.rect(hook - 2, 200, hook + 2, 260, (40, 40, 44))
    colours = [STEEL, (70, 110, 140), (96, 120, 92), (130, 100, 70)]
    rng.shuffle(colours)
    for i, x in enumerate(range(60, WIDTH - 180, 230)):
        top = 300 + rng.randrange(-20, 20)
        c.box(x, top, x + 170, 460, colours[i % len(colours)])
        c.rect(x + 20, top + 25, x + 90, top + 70, (40, 60, 80))  # control screen
        c.rect(x + 25, top + 30, x + 85, top + 45, (120, 200, 160))
        c.circle(x + 130, top + 60, 16, (50, 52, 58))
        c.rect(x + 110, 480, x + 160, 488, (224, 196, 40))
    c.rect(0, 500, WIDTH, 510, (224, 196, 40))
    c.banner(300, 210, 660, 270)
    return c


def electronics_line(rng):
    c = Canvas(WIDTH, HEIGHT, WHITE)
    c.vertical_gradient(0, 0, WIDTH, 300, (236, 242, 248), (214, 224, 236))
    for x in range(0, WIDTH, 120):  # ceiling lights
        c.rect(x + 20, 20, x + 100, 30, (255, 255, 240))
    c.vertical_gradient(0, 300, WIDTH, HEIGHT, (190, 205, 215), (225, 232, 238))
    c.polygon([(80, 560), (880, 560), (620, 330), (340, 330)], (70, 78, 90))  # conveyor in perspective
    c.polygon([(110, 540), (850, 540), (605, 345), (355, 345)], (40, 46, 56))
    for row in range(8):
        t = row / 8
        y = 350 + 185 * t * t + 20 * t
        half = 120 + 250 * t
        for k in range(-2, 3):
            x = WIDTH / 2 + k * half / 2.6
            w, h = 20 + 30 * t, 8 + 14 * t
            c.rect(x - w / 2, y, x + w / 2, y + h, (30, 130, 70))
            c.rect(x - w / 4, y + h / 4, x + w / 5, y + h / 2, GOLD)
    for side in (-1, 1):  # workstations with monitors
        for k in range(3):
            x = WIDTH / 2 + side * (260 + k * 110)
            y = 300 + k * 60
            c.box(x - 40, y, x + 40, y + 60, (200, 205, 212), depth=8)
            c.rect(x - 25, y - 50, x + 25, y - 12, (30, 40, 60))
            c.rect(x - 20, y - 45, x + 20, y - 17, (90, 160, 220))
    c.banner(330, 60, 630, 110, colour=(30, 90, 160) if rng.random() < 0.5 else RED)
    return c


def loom_hall(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    hall(c, rng, (228, 220, 206), (186, 176, 160))
    threads = [(200, 40, 50), (240, 200, 60), (60, 110, 170), (240, 240, 235), (90, 150, 90), (150, 60, 120)]
    for i, x in enumerate(range(50, WIDTH - 150, 210)):
        c.box(x, 330, x + 160, 470, (90, 100, 110))
        rng.shuffle(threads)
        for k in range(40):
            c.rect(x + 8 + k * 3.6, 200, x + 10 + k * 3.6, 330, threads[k // 8 % len(threads)])
        c.rect(x, 190, x + 160, 204, (70, 74, 80))
        for s in range(4):
            c.ellipse(x + 25 + s * 36, 490, 14, 8, threads[s])
    c.banner(320, 120, 640, 170, colour=DARK_RED, words=5)
    return c


def moulding_shop(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    hall(c, rng, (214, 218, 210), (160, 168, 170))
    for i, y in enumerate((260, 380)):
        x = 60 + i * 80
        c.box(x, y, x + 560, y + 70, (60, 120, 150) if i == 0 else (120, 130, 60))
        c.polygon([(x + 420, y - 20), (x + 480, y - 20), (x + 460, y + 5), (x + 440, y + 5)], (180, 180, 186))
        c.rect(x + 430, y - 60, x + 470, y - 20, (190, 192, 196))
    for k, colour in enumerate([(220, 60, 60), (60, 120, 220), (240, 200, 40), (60, 170, 90)]):
        x = 700 + (k % 2) * 110
        y = 300 + (k // 2) * 130
        c.box(x, y, x + 80, y + 70, (200, 200, 196), depth=10)
        for d in range(60):
            c.circle(x + 8 + rng.random() * 64, y + 6 + rng.random() * 14, 4, colour)
    c.banner(260, 90, 600, 140)
    return c


def tea_workshop(rng):
    c = Canvas(WIDTH, HEIGHT, (232, 222, 200))
    c.vertical_gradient(0, 0, WIDTH, 320, (214, 196, 160), (190, 170, 136))
    for x in range(0, WIDTH, 48):  # wooden wall
        c.rect(x, 0, x + 3, 320, (160, 130, 96))
    c.window(680, 60, 900, 200, (170, 210, 160))
    c.vertical_gradient(0, 320, WIDTH, HEIGHT, (150, 120, 90), (176, 146, 112))
    for x in (180, 440):  # drying pans on stoves
        c.box(x - 110, 360, x + 110, 470, (130, 90, 70))
        c.ellipse(x, 360, 100, 30, (60, 60, 64))
        c.ellipse(x, 362, 86, 22, (90, 130, 60))
        for k in range(25):
            c.ellipse(x - 70 + rng.random() * 140, 355 + rng.random() * 12, 6, 3, (60, 110, 50))
    for k in range(3):  # bamboo baskets
        x = 640 + k * 100
        c.ellipse(x, 500, 46, 18, (200, 170, 100))
        c.ellipse(x, 496, 38, 12, (110, 150, 70))
        for s in range(-40, 41, 10):
            c.rect(x + s, 490, x + s + 2, 512, (170, 140, 80))
    c.banner(140, 90, 520, 140, colour=(40, 110, 70), words=5)
    return c


# ── Buildings outside ────────────────────────────────────────────────────────────────────────────

def sky_and_ground(c, rng, sky_top, sky_bottom, ground, horizon=430):
    c.vertical_gradient(0, 0, WIDTH, horizon, sky_top, sky_bottom)
    for k in range(rng.randrange(2, 5)):  # clouds
        x, y = rng.randrange(60, WIDTH - 60), rng.randrange(40, 160)
        for d in range(4):
            c.ellipse(x + d * 30 - 45, y + (d % 2) * 8, 40, 16, shade(sky_bottom, 1.3))
    c.vertical_gradient(0, horizon, WIDTH, HEIGHT, shade(ground, 1.1), shade(ground, 0.85))


def office_tower(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    sky_and_ground(c, rng, (120, 170, 220), (200, 225, 245), (150, 150, 150))
    c.polygon([(330, 80), (600, 60), (600, 440), (330, 440)], (90, 130, 170))  # glass curtain wall
    for y in range(90, 430, 26):
        c.line(330, y + 4, 600, y - 14 * (y - 60) / 380, 2, (200, 220, 240))
    c.polygon([(600, 60), (700, 100), (700, 440), (600, 440)], (60, 90, 120))
    for y in range(110, 430, 30):
        c.rect(610, y, 690, y + 14, (100, 140, 180))
    c.rect(300, 400, 730, 440, (225, 225, 220))
    c.banner(360, 410, 640, 436, words=6)
    c.flag(770, 180)
    for x in (120, 220, 850):
        c.tree(x, 420, 60)
    return c


def park_centre(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    sky_and_ground(c, rng, (150, 190, 230), (225, 236, 246), (190, 186, 176))
    c.box(140, 170, 820, 430, (236, 226, 208), depth=24)
    for row in range(3):
        for x in range(180, 780, 80):
            c.window(x, 200 + row * 70, x + 50, 240 + row * 70, (110, 150, 190))
    c.rect(420, 360, 540, 430, (90, 60, 40))
    c.rect(425, 365, 478, 430, (130, 170, 200))
    c.rect(482, 365, 535, 430, (130, 170, 200))
    c.banner(260, 120, 700, 165)
    c.flag(860, 150)
    for k in range(6):  # plaza tiles
        c.rect(0, 470 + k * 22, WIDTH, 472 + k * 22, (170, 166, 156))
    return c


def tea_cooperative(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    c.vertical_gradient(0, 0, WIDTH, 300, (170, 205, 230), (230, 240, 235))
    for k, (cx, top, colour) in enumerate([(200, 200, (110, 160, 100)), (700, 170, (90, 145, 90)), (450, 260, (120, 170, 100))]):
        for y in range(top, HEIGHT):
            half = (y - top) * 2.2
            c.rect(cx - half, y, cx + half, y + 1, shade(colour, 0.95 + 0.1 * math.sin(y / 6)))
        for y in range(top + 20, HEIGHT, 18):  # tea rows
            half = (y - top) * 2.0
            c.rect(cx - half, y, cx + half, y + 6, shade(colour, 0.7))
    c.box(560, 330, 800, 450, (240, 232, 214), depth=18)
    c.polygon([(540, 330), (680, 260), (820, 330)], (150, 60, 50))
    c.window(590, 360, 650, 410, (140, 180, 200))
    c.rect(690, 380, 740, 450, (110, 80, 60))
    c.rect(600, 300, 760, 322, RED)
    c.star(615, 311, 7, GOLD)
    c.flag(830, 220)
    return c


def logistics_yard(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    sky_and_ground(c, rng, (140, 180, 215), (220, 230, 240), (150, 150, 146), horizon=400)
    shed = rng.choice([(200, 204, 206), (186, 200, 214), (214, 200, 180)])
    c.box(60, 200, 560, 400, shed, depth=20)  # warehouse with dock doors
    for x in range(90, 540, rng.choice([90, 110, 150])):
        c.vertical_gradient(x, 280, x + 80, 400, (120, 124, 128), (90, 94, 98))
    c.box(600, 250, 800, 400, (236, 226, 208), depth=16)  # office with the service point sign
    c.window(630, 290, 700, 340, (120, 160, 200))
    c.rect(600, 215, 800, 240, RED)
    c.star(616, 227, 8, GOLD)
    colours = [(200, 60, 50), (40, 100, 170), (230, 160, 40), (70, 130, 80)]
    rng.shuffle(colours)
    for k in range(rng.randrange(2, 4)):  # trucks
        x = 80 + k * 260
        c.box(x, 450, x + 150, 530, colours[k], depth=10)
        c.box(x + 150, 475, x + 200, 530, shade(colours[k], 0.8), depth=10)
        c.window(x + 160, 482, x + 190, 500, (150, 190, 220))
        for wx in (x + 30, x + 120, x + 175):
            c.circle(wx, 535, 13, (40, 40, 44))
            c.circle(wx, 535, 5, (150, 150, 150))
    return c


def care_home(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    sky_and_ground(c, rng, (250, 210, 170) if rng.random() < 0.5 else (160, 200, 235), (250, 236, 214), (130, 170, 100))
    c.box(200, 250, 760, 420, (245, 236, 220), depth=20)
    c.polygon([(180, 250), (480, 170), (780, 250)], rng.choice([(170, 80, 60), (70, 90, 120), (120, 70, 60)]))
    for x in range(240, 720, 90):
        c.window(x, 290, x + 55, 340, (150, 180, 200))
    c.rect(440, 350, 520, 420, (120, 86, 60))
    c.rect(330, 225, 630, 245, RED)
    c.star(345, 235, 7, GOLD)
    for x in (90, 840, 140):
        c.tree(x, 400, 70, (80, 140, 70))
    for x in (300, 600):  # benches
        c.rect(x, 480, x + 90, 488, (140, 100, 70))
        c.rect(x + 5, 488, x + 10, 505, (90, 70, 50))
        c.rect(x + 80, 488, x + 85, 505, (90, 70, 50))
    for k in range(30):  # flowers
        c.circle(rng.randrange(20, WIDTH - 20), rng.randrange(520, 590), 4, [(230, 80, 90), (250, 200, 60), (240, 240, 240)][k % 3])
    return c


def factory_gate(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    sky_and_ground(c, rng, (130, 175, 220), (215, 230, 245), (160, 160, 156))
    c.box(80, 170, 880, 380, (214, 218, 222), depth=22)
    for x in range(110, 860, 95):
        c.window(x, 200, x + 60, 250, (120, 160, 200))
    c.rect(380, 300, 580, 380, (90, 96, 104))
    for x in range(385, 575, 12):
        c.rect(x, 305, x + 6, 380, (120, 126, 134))
    c.banner(250, 120, 710, 165)
    for k in range(3):
        c.flag(150 + k * 40, 330 - k * 4)
    return c


# ── Rooms ────────────────────────────────────────────────────────────────────────────────────────

def room_shell(c, rng, wall, floor):
    c.vertical_gradient(0, 0, WIDTH, 380, shade(wall, 1.05), shade(wall, 0.92))
    c.vertical_gradient(0, 380, WIDTH, HEIGHT, shade(floor, 0.9), shade(floor, 1.1))
    c.rect(0, 374, WIDTH, 382, shade(wall, 0.7))


def study_room(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    room_shell(c, rng, (238, 232, 222), (176, 140, 106))
    c.rect(300, 50, 660, 250, (40, 48, 60))
    c.vertical_gradient(316, 66, 644, 234, (200, 40, 48), (150, 20, 30))
    c.star(480, 150, 44, GOLD)
    for row in range(2):
        for x in range(150 + row * 40, 840, 230):
            y = 400 + row * 90
            c.box(x, y, x + 170, y + 18, (140, 100, 70), depth=8)
            c.rect(x + 10, y + 18, x + 20, y + 70, (110, 76, 50))
            c.rect(x + 150, y + 18, x + 160, y + 70, (110, 76, 50))
            c.rect(x + 30, y - 10, x + 60, y, WHITE)  # open books
            c.rect(x + 100, y - 10, x + 130, y, WHITE)
    side = rng.choice([(30, 230), (730, 930)])
    for x in range(side[0], side[1], 40):  # bookshelf
        c.box(x, 120, x + 34, 330, [(160, 40, 40), (60, 90, 140), (200, 170, 60), (70, 120, 80)][(x // 40) % 4], depth=4)
    return c


def meeting_room(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    room_shell(c, rng, (226, 232, 238), (150, 156, 166))
    c.rect(80, 80, 420, 300, (250, 250, 250))  # whiteboard with a diagram
    c.rect(80, 80, 420, 86, (160, 165, 170))
    for k, colour in enumerate([(200, 50, 50), (50, 100, 200), (60, 150, 80)]):
        c.rect(110, 120 + k * 50, 110 + rng.randrange(120, 280), 138 + k * 50, colour)
    c.window(520, 60, 880, 300, (150, 190, 220))
    c.ellipse(480, 470, 300, 70, shade((120, 90, 70), 0.6))  # round table
    c.ellipse(480, 455, 300, 70, (150, 110, 80))
    c.ellipse(480, 450, 280, 60, (170, 128, 94))
    for k in range(8):
        a = math.pi * (0.1 + k * 0.8 / 7)
        c.box(480 + 330 * math.cos(a) - 22, 455 - 90 * math.sin(a) + 40, 480 + 330 * math.cos(a) + 22, 455 - 90 * math.sin(a) + 80, (60, 70, 90), depth=6)
    c.rect(420, 430, 540, 440, RED)
    return c


def roadside_point(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    room_shell(c, rng, (236, 230, 214), (190, 186, 176))
    c.window(520, 70, 900, 330, (150, 190, 220))
    c.box(620, 260, 820, 320, (200, 60, 50), depth=10)  # a truck seen through the window
    c.circle(660, 322, 10, (40, 40, 44))
    c.circle(790, 322, 10, (40, 40, 44))
    c.rect(60, 80, 440, 300, (250, 246, 236))  # notice board
    c.rect(60, 80, 440, 120, RED)
    c.star(90, 100, 12, GOLD)
    for row in range(3):
        for col in range(3):
            c.rect(80 + col * 120, 140 + row * 52, 180 + col * 120, 180 + row * 52, [(220, 230, 240), (240, 230, 200), (220, 240, 220)][(row + col) % 3])
    c.box(120, 420, 500, 450, (150, 110, 80), depth=10)  # counter with leaflets and a kettle
    for k in range(5):
        c.rect(150 + k * 40, 404, 180 + k * 40, 420, [WHITE, (240, 220, 160), (200, 220, 240)][k % 3])
    c.ellipse(430, 400, 22, 20, (190, 192, 196))
    return c


def classroom(rng):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    room_shell(c, rng, (246, 234, 214), (196, 160, 120))
    c.rect(200, 60, 760, 260, (50, 80, 60))  # blackboard
    c.rect(200, 60, 760, 68, (120, 90, 60))
    for k in range(4):
        c.rect(240, 100 + k * 36, 240 + rng.randrange(200, 420), 106 + k * 36, (230, 230, 220))
    c.rect(420, 26, 540, 52, RED)
    c.star(440, 39, 9, GOLD)
    for row in range(3):
        for x in range(100 + row * 30, 860, 150):
            y = 360 + row * 75
            c.box(x, y, x + 110, y + 14, (230, 210, 170), depth=6)
            c.rect(x + 30, y + 28, x + 80, y + 36, (170, 120, 80))  # chair
            c.rect(x + 32, y + 36, x + 36, y + 60, (140, 100, 70))
            c.rect(x + 74, y + 36, x + 78, y + 60, (140, 100, 70))
    for x in (40, 880):
        c.tree(x, 300, 40, (90, 150, 80))  # potted plants
    return c


# ── Walls of honour ──────────────────────────────────────────────────────────────────────────────

def plaque_wall(rng):
    c = Canvas(WIDTH, HEIGHT, (236, 226, 210))
    c.vertical_gradient(0, 0, WIDTH, 470, (240, 232, 218), (220, 208, 190))
    c.vertical_gradient(0, 470, WIDTH, HEIGHT, (150, 110, 80), (120, 86, 60))
    c.rect(120, 50, 840, 104, DARK_RED)
    c.star(480, 77, 20, GOLD)
    rows, cols = rng.choice([(3, 5), (3, 4), (2, 5)])
    for row in range(rows):
        for col in range(cols):
            w, h = 600 / cols, 330 / rows
            x, y = 140 + col * (w + 10), 130 + row * (h + 8)
            c.rect(x + 5, y + 5, x + w - 5, y + h - 5, shade(GOLD, 0.6))
            c.rect(x, y, x + w - 10, y + h - 10, GOLD)
            c.vertical_gradient(x + 6, y + 6, x + w - 16, y + h - 16, (252, 248, 232), (236, 226, 196))
            c.rect(x + 18, y + 18, x + w - 28, y + 28, DARK_RED)
            c.rect(x + 18, y + 40, x + w - 50, y + 46, GREY)
    return c


def duty_board(rng):
    c = Canvas(WIDTH, HEIGHT, (220, 224, 228))
    c.vertical_gradient(0, 0, WIDTH, 480, (226, 230, 234), (200, 204, 210))
    c.vertical_gradient(0, 480, WIDTH, HEIGHT, (170, 172, 165), (150, 152, 146))
    c.rect(90, 50, 870, 440, (250, 250, 250))
    c.rect(90, 50, 870, 120, RED)
    c.star(130, 85, 22, GOLD)
    for k in range(8):
        c.rect(180 + k * 70, 72, 230 + k * 70, 98, GOLD)
    for row in range(3):
        for col in range(6):
            x, y = 120 + col * 124, 140 + row * 96
            c.rect(x, y, x + 104, y + 80, [(250, 230, 200), (230, 240, 250), (235, 245, 230)][(row + col) % 3])
            c.rect(x + 8, y + 8, x + 40, y + 48, (210, 60, 60) if (row + col) % 4 == 0 else (90, 120, 160))
            c.rect(x + 48, y + 14, x + 96, y + 20, GREY)
            c.rect(x + 48, y + 30, x + 86, y + 35, GREY)
    c.box(120, 470, 840, 490, (150, 152, 156), depth=6)
    return c


def trophy_cabinet(rng):
    c = Canvas(WIDTH, HEIGHT, (230, 222, 210))
    c.vertical_gradient(0, 0, WIDTH, 500, (236, 228, 214), (214, 204, 188))
    c.vertical_gradient(0, 500, WIDTH, HEIGHT, (140, 100, 74), (116, 82, 60))
    c.box(130, 80, 830, 500, (120, 80, 56), depth=20)
    c.vertical_gradient(150, 100, 810, 480, (220, 232, 236), (190, 204, 210))
    for shelf in range(3):
        y = 220 + shelf * 130
        c.rect(150, y, 810, y + 10, (150, 110, 80))
        for k in range(5):
            x = 190 + k * 128 + rng.randrange(-10, 10)
            if (k + shelf) % 2 == 0:  # a cup
                c.rect(x + 20, y - 20, x + 50, y, shade(GOLD, 0.8))
                c.ellipse(x + 35, y - 60, 30, 38, GOLD)
                c.ellipse(x + 28, y - 72, 8, 14, shade(GOLD, 1.4))
            else:  # a certificate on a stand
                c.rect(x, y - 90, x + 80, y - 4, RED)
                c.rect(x + 8, y - 82, x + 72, y - 12, (250, 244, 226))
                c.star(x + 40, y - 58, 12, GOLD)
    c.line(200, 110, 380, 470, 10, (235, 242, 246))  # reflection on the glass
    return c


SCENES = {
    "machine_shop": machine_shop, "electronics_line": electronics_line, "loom_hall": loom_hall,
    "moulding_shop": moulding_shop, "tea_workshop": tea_workshop, "office_tower": office_tower,
    "park_centre": park_centre, "tea_cooperative": tea_cooperative, "logistics_yard": logistics_yard,
    "care_home": care_home, "factory_gate": factory_gate, "study_room": study_room, "meeting_room": meeting_room,
    "roadside_point": roadside_point, "classroom": classroom, "plaque_wall": plaque_wall, "duty_board": duty_board,
    "trophy_cabinet": trophy_cabinet,
}

# slug → {file: scene}: each site's photos (their captions are in the showcase pages).
PHOTOS = {
    "boyuan-it": {"study": "study_room", "centre": "office_tower", "honours": "plaque_wall"},
    "hengda-machinery": {"workshop": "machine_shop", "honours": "duty_board"},
    "huaxin-electronics": {"workshop": "electronics_line", "centre": "park_centre", "study": "meeting_room"},
    "logistics-association": {"centre": "logistics_yard", "study": "roadside_point"},
    "minghui-plastics": {"workshop": "moulding_shop"},
    "nanhu-yikang": {"study": "classroom", "centre": "care_home"},
    "ruifeng-textile": {"workshop": "loom_hall", "honours": "trophy_cabinet"},
    "yunling-tea": {"centre": "tea_cooperative", "workshop": "tea_workshop"},
}

# Photos of honored organisations, under static/ (named in data/honors.csv's 照片 column).
HONOR_PHOTOS = {
    "photos/2025-hengda.png": "factory_gate",
    "photos/2025-nanhu-yikang.png": "care_home:mirror",
    "photos/2025-guangyuan.png": "logistics_yard:mirror",
}


def draw(scene, seed):
    """A scene drawn with its own random choices; "scene:mirror" draws it from the other side."""
    name, _, variant = scene.partition(":")
    canvas = SCENES[name](random.Random(seed))
    return (canvas.mirrored() if variant == "mirror" else canvas).png()


def main():
    for slug, files in sorted(PHOTOS.items()):
        folder = os.path.join("content", "showcase", slug)
        os.makedirs(folder, exist_ok=True)
        for name, scene in sorted(files.items()):
            with open(os.path.join(folder, name + ".png"), "wb") as f:
                f.write(draw(scene, slug + "/" + name))
    for path, scene in sorted(HONOR_PHOTOS.items()):
        target = os.path.join("content", "static", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(draw(scene, path))


if __name__ == "__main__":
    main()
