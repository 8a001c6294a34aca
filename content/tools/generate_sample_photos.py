"""Draws the sample photos of the demonstration sites (示范点) as simple illustrations.

The sample county is fictional, so its photos are drawings, not photographs: a workshop with a
pioneer post sign, a party-members' service centre, an honours wall, a study room. No people
appear. Standard library only (zlib for PNG), deterministic: the same bytes on every run.

Run from the repository root: python3 content/tools/generate_sample_photos.py
"""
import os
import struct
import zlib

WIDTH, HEIGHT = 960, 600


class Canvas:
    def __init__(self, width, height, colour):
        self.width, self.height = width, height
        self.pixels = [bytearray(bytes(colour) * width) for _ in range(height)]

    def rect(self, x0, y0, x1, y1, colour):
        x0, x1 = max(0, int(x0)), min(self.width, int(x1))
        for y in range(max(0, int(y0)), min(self.height, int(y1))):
            self.pixels[y][x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)

    def vertical_gradient(self, y0, y1, top, bottom):
        for y in range(int(y0), int(y1)):
            t = (y - y0) / max(1, (y1 - y0 - 1))
            colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom))
            self.pixels[y][:] = bytes(colour) * self.width

    def circle(self, cx, cy, r, colour):
        for y in range(max(0, int(cy - r)), min(self.height, int(cy + r) + 1)):
            dy = y - cy
            half = int((r * r - dy * dy) ** 0.5) if r * r >= dy * dy else -1
            if half >= 0:
                self.rect(cx - half, y, cx + half + 1, y + 1, colour)

    def star(self, cx, cy, r, colour):
        """A five-pointed star, filled by testing each pixel against its ten edges."""
        import math
        points = []
        for i in range(10):
            angle = -math.pi / 2 + i * math.pi / 5
            radius = r if i % 2 == 0 else r * 0.4
            points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
        for y in range(int(cy - r), int(cy + r) + 1):
            crossings = []
            for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
                if (y0 <= y < y1) or (y1 <= y < y0):
                    crossings.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
            crossings.sort()
            for a, b in zip(crossings[::2], crossings[1::2]):
                self.rect(a, y, b + 1, y + 1, colour)

    def png(self):
        raw = b"".join(b"\x00" + bytes(row) for row in self.pixels)
        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


RED, DARK_RED, GOLD = (180, 20, 30), (138, 15, 23), (201, 162, 39)
CREAM, GREY, STEEL = (246, 241, 230), (120, 126, 134), (86, 98, 112)


def workshop(accent):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    c.vertical_gradient(0, 330, (222, 230, 238), (198, 208, 219))
    for x in range(0, WIDTH, 160):  # roof trusses
        c.rect(x, 0, x + 12, 330, (170, 180, 192))
    c.rect(0, 330, WIDTH, HEIGHT, (188, 188, 180))
    c.rect(0, 440, WIDTH, 452, (224, 196, 40))  # safety line
    for i, x in enumerate(range(80, WIDTH - 120, 220)):  # machines
        c.rect(x, 250, x + 150, 420, STEEL)
        c.rect(x + 12, 262, x + 138, 330, (140, 156, 172))
        c.circle(x + 40, 380, 18, (60, 66, 74))
        c.rect(x + 90, 360, x + 130, 372, accent if i % 2 == 0 else GOLD)
    c.rect(300, 60, 660, 150, RED)  # banner: 党员先锋岗
    c.rect(312, 72, 648, 138, DARK_RED)
    c.star(360, 105, 26, GOLD)
    for x in range(410, 630, 44):
        c.rect(x, 92, x + 30, 118, GOLD)
    return c


def service_centre(accent):
    c = Canvas(WIDTH, HEIGHT, CREAM)
    c.vertical_gradient(0, 420, (176, 208, 236), (226, 238, 248))
    c.rect(0, 420, WIDTH, HEIGHT, (150, 166, 120))
    c.rect(180, 150, 780, 430, (236, 228, 214))
    c.rect(180, 140, 780, 160, (200, 190, 176))
    for row in range(2):
        for x in range(220, 740, 90):
            c.rect(x, 190 + row * 110, x + 56, 260 + row * 110, (120, 160, 196))
    c.rect(430, 330, 530, 430, (110, 72, 50))
    c.rect(260, 90, 700, 138, RED)
    c.star(290, 114, 18, GOLD)
    for x in range(330, 680, 36):
        c.rect(x, 104, x + 24, 126, GOLD)
    c.rect(820, 120, 826, 430, GREY)  # flag pole and flag
    c.rect(826, 120, 900, 168, accent)
    c.star(846, 138, 10, GOLD)
    return c


def honours_wall(accent):
    c = Canvas(WIDTH, HEIGHT, (236, 226, 210))
    c.rect(0, 470, WIDTH, HEIGHT, (150, 110, 80))
    c.rect(120, 60, 840, 110, accent)
    c.star(480, 85, 20, GOLD)
    for row in range(3):
        for col in range(5):
            x, y = 140 + col * 138, 140 + row * 105
            c.rect(x, y, x + 112, y + 80, GOLD)
            c.rect(x + 6, y + 6, x + 106, y + 74, (250, 244, 226))
            c.rect(x + 20, y + 22, x + 92, y + 30, DARK_RED)
            c.rect(x + 20, y + 42, x + 80, y + 48, GREY)
            c.rect(x + 20, y + 56, x + 70, y + 60, GREY)
    return c


def study_room(accent):
    c = Canvas(WIDTH, HEIGHT, (240, 236, 228))
    c.rect(0, 400, WIDTH, HEIGHT, (176, 140, 106))
    c.rect(300, 60, 660, 260, (40, 48, 60))  # screen
    c.rect(316, 76, 644, 244, accent)
    c.star(480, 150, 44, GOLD)
    for x in range(120, 840, 240):  # tables and chairs
        c.rect(x, 330, x + 180, 350, (130, 90, 60))
        c.rect(x + 10, 350, x + 22, 430, (110, 76, 50))
        c.rect(x + 158, 350, x + 170, 430, (110, 76, 50))
        for cx in (x + 30, x + 110):
            c.rect(cx, 380, cx + 40, 392, (90, 96, 104))
            c.rect(cx + 2, 392, cx + 8, 440, (90, 96, 104))
            c.rect(cx + 32, 392, cx + 38, 440, (90, 96, 104))
    for x in range(40, 260, 50):  # bookshelf
        c.rect(x, 120, x + 36, 300, [(160, 40, 40), (60, 90, 140), (200, 170, 60), (70, 120, 80)][(x // 50) % 4])
    return c


SCENES = {"workshop": workshop, "centre": service_centre, "honours": honours_wall, "study": study_room}
ACCENTS = [RED, (30, 90, 160), (40, 120, 70), (150, 60, 130), (190, 110, 20)]

# slug → the scenes shown on its page, in order (their captions are in the showcase pages).
PHOTOS = {
    "boyuan-it": ['study', 'centre', 'honours'],
    "hengda-machinery": ['workshop', 'honours'],
    "huaxin-electronics": ['workshop', 'centre', 'study'],
    "logistics-association": ['centre', 'study'],
    "minghui-plastics": ['workshop'],
    "nanhu-yikang": ['study', 'centre'],
    "ruifeng-textile": ['workshop', 'honours'],
    "yunling-tea": ['centre', 'workshop'],
}


# Photos of honored organisations, under static/ (named in data/honors.csv's 照片 column).
HONOR_PHOTOS = {
    "photos/2025-hengda.png": ("workshop", 1),
    "photos/2025-nanhu-yikang.png": ("centre", 2),
    "photos/2025-guangyuan.png": ("centre", 4),
}


def main(photos):
    for index, (slug, scenes) in enumerate(sorted(photos.items())):
        folder = os.path.join("content", "showcase", slug)
        os.makedirs(folder, exist_ok=True)
        for scene in scenes:
            canvas = SCENES[scene](ACCENTS[index % len(ACCENTS)])
            with open(os.path.join(folder, scene + ".png"), "wb") as f:
                f.write(canvas.png())
    for path, (scene, accent) in sorted(HONOR_PHOTOS.items()):
        target = os.path.join("content", "static", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(SCENES[scene](ACCENTS[accent]).png())


if __name__ == "__main__":
    main(PHOTOS)
