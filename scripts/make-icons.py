"""Draws the app icons in public/icons/ (run by hand when the mark changes;
needs Pillow: pip install pillow). The mark matches public/favicon.svg: a
"</>" mark on the accent colour. Maskable icons keep it inside the 80% safe zone."""
from pathlib import Path

from PIL import Image, ImageDraw

ACCENT = (11, 92, 173)
WHITE = (255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "public" / "icons"


# The favicon's strokes, in its 64-unit viewBox.
STROKES = [[(24, 20), (12, 32), (24, 44)], [(40, 20), (52, 32), (40, 44)], [(35, 16), (29, 48)]]


def icon(size: int, maskable: bool) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    if maskable:
        draw.rectangle((0, 0, size, size), fill=ACCENT)
        scale = 0.75  # keeps the strokes inside the safe zone
    else:
        draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=size * 14 / 64, fill=ACCENT)
        scale = 1.0
    unit = size / 64 * scale
    offset = size / 2 - 32 * unit
    width = round(5 * unit)
    for stroke in STROKES:
        points = [(offset + x * unit, offset + y * unit) for x, y in stroke]
        draw.line(points, fill=WHITE, width=width, joint="curve")
        for x, y in points:  # round caps
            r = width / 2
            draw.ellipse((x - r, y - r, x + r, y + r), fill=WHITE)
    return img


OUT.mkdir(parents=True, exist_ok=True)
for size in (192, 512):
    icon(size, False).save(OUT / f"icon-{size}.png", optimize=True)
    icon(size, True).save(OUT / f"maskable-{size}.png", optimize=True)
icon(180, True).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
