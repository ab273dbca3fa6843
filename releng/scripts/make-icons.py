#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Renders Linksmith's icons (PNG at 1x and 2x) from simple vector shapes, with
supersampling, using only the Python standard library. Run it after changing a shape:
    python3 releng/scripts/make-icons.py bundles/org.linksmith.ui/icons
    python3 releng/scripts/make-icons.py --app releng/org.linksmith.explorer.branding/icons
"""
import math
import os
import struct
import sys
import zlib

def png(path, w, h, pixels):
    raw = b"".join(b"\x00" + bytes(v for px in pixels[y * w:(y + 1) * w] for v in px) for y in range(h))
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

# shapes in a 0..1 square; each returns coverage test for a point
def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)

def polyline(points, width):
    return lambda x, y: any(seg_dist(x, y, *points[i], *points[i + 1]) <= width / 2 for i in range(len(points) - 1))

def polygon(points):
    def inside(x, y):
        c = False
        j = len(points) - 1
        for i in range(len(points)):
            xi, yi = points[i]
            xj, yj = points[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                c = not c
            j = i
        return c
    return inside

def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1

def render(layers, size, ss=6):
    out = []
    for py in range(size):
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + 0.5) / ss) / size
                    y = (py + (sy + 0.5) / ss) / size
                    col = None
                    for shape, rgba in layers:
                        if shape(x, y):
                            col = rgba
                    if col:
                        a = col[3] / 255
                        acc[0] += col[0] * a; acc[1] += col[1] * a; acc[2] += col[2] * a; acc[3] += a
            n = ss * ss
            a = acc[3] / n
            if a == 0:
                out.append((0, 0, 0, 0))
            else:
                out.append((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(a * 255)))
    return out

WHITE = (255, 255, 255, 255)
BLUE = (36, 99, 197, 255)
PURPLE = (126, 58, 168, 255)
GREEN = (32, 128, 64, 255)
YELLOW = (245, 190, 30, 255)
DARK = (60, 40, 0, 255)
RED = (200, 40, 40, 255)

def arrow(color, bar=False):
    # a bent arrow: up from the bottom left, then right, with a head pointing right
    body = [(0.22, 0.95), (0.22, 0.45), (0.62, 0.45)]
    head = [(0.55, 0.12), (0.98, 0.45), (0.55, 0.78)]
    layers = [(polyline(body, 0.42), WHITE), (polygon([(0.45, 0.0), (1.0, 0.45), (0.45, 0.92)]), WHITE),
              (polyline(body, 0.22), color), (polygon(head), color)]
    if bar:
        layers += [(rect(0.0, 0.82, 0.5, 1.0), WHITE), (rect(0.04, 0.86, 0.42, 0.98), color)]
    return layers

ICONS = {
    # overlays (7x8 in Eclipse's 1x; we draw 8x8 and 16x16)
    "ovr16/symlink_ovr": (8, arrow(BLUE)),
    "ovr16/junction_ovr": (8, arrow(PURPLE, bar=True)),
    "ovr16/hardlink_ovr": (8, [(rect(0.0, 0.08, 1.0, 0.92), WHITE), (rect(0.08, 0.18, 0.92, 0.42), GREEN),
                               (rect(0.08, 0.58, 0.92, 0.82), GREEN)]),
    "ovr16/broken_ovr": (8, [(polygon([(0.5, -0.05), (1.06, 1.0), (-0.06, 1.0)]), WHITE),
                             (polygon([(0.5, 0.08), (0.96, 0.94), (0.04, 0.94)]), YELLOW),
                             (rect(0.43, 0.32, 0.57, 0.66), DARK), (rect(0.43, 0.74, 0.57, 0.86), DARK)]),
    # a link icon for menus, dialogs and the preference page
    "obj16/link": (16, [(polyline([(0.2, 0.62), (0.38, 0.8)], 0.34), BLUE),
                        (polyline([(0.62, 0.2), (0.8, 0.38)], 0.34), BLUE),
                        (polyline([(0.2, 0.62), (0.38, 0.8)], 0.16), WHITE),
                        (polyline([(0.62, 0.2), (0.8, 0.38)], 0.16), WHITE),
                        (polyline([(0.36, 0.64), (0.64, 0.36)], 0.12), BLUE)]),
    "obj16/broken_link": (16, [(circle(0.5, 0.5, 0.46), RED), (polyline([(0.3, 0.3), (0.7, 0.7)], 0.14), WHITE),
                               (polyline([(0.3, 0.7), (0.7, 0.3)], 0.14), WHITE)]),
}

# the Explorer's window and about icons: the link on a rounded blue square
def app_icon():
    return [(polygon([(0.12, 0.04), (0.88, 0.04), (0.96, 0.12), (0.96, 0.88), (0.88, 0.96), (0.12, 0.96),
                      (0.04, 0.88), (0.04, 0.12)]), BLUE),
            (polyline([(0.24, 0.6), (0.4, 0.76)], 0.26), WHITE),
            (polyline([(0.6, 0.24), (0.76, 0.4)], 0.26), WHITE),
            (polyline([(0.24, 0.6), (0.4, 0.76)], 0.1), BLUE),
            (polyline([(0.6, 0.24), (0.76, 0.4)], 0.1), BLUE),
            (polyline([(0.38, 0.62), (0.62, 0.38)], 0.1), WHITE)]

APP_ICONS = {"linksmith16": 16, "linksmith32": 32, "linksmith48": 48, "linksmith64": 64, "linksmith128": 128}

def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--app":
        for name, size in APP_ICONS.items():
            base = os.path.join(sys.argv[2], name)
            png(base + ".png", size, size, render(app_icon(), size, 4))
            print("wrote", base + ".png")
        return
    root = sys.argv[1] if len(sys.argv) > 1 else "bundles/org.linksmith.ui/icons"
    for name, (size, layers) in ICONS.items():
        base = os.path.join(root, name)
        os.makedirs(os.path.dirname(base), exist_ok=True)
        png(base + ".png", size, size, render(layers, size))
        png(base + "@2x.png", size * 2, size * 2, render(layers, size * 2))
        print("wrote", base + ".png", base + "@2x.png")

if __name__ == "__main__":
    main()
