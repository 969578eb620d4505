"""Small images for the synthetic site: charts (SVG, PNG) and portraits (JPEG).

Drawn from a seeded ``random.Random``, so the same seed gives the same bytes
(with the same Pillow version: its encoders are deterministic).
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

# Muted colours a chart or a studio backdrop might use.
PALETTE = (
    (38, 84, 124),
    (239, 71, 111),
    (255, 209, 102),
    (6, 214, 160),
    (17, 138, 178),
    (120, 94, 240),
    (220, 120, 60),
    (90, 110, 90),
)
SKIN = ((236, 200, 170), (198, 150, 110), (150, 100, 70), (95, 65, 45))


def chart_svg(rng: random.Random, title: str) -> str:
    """A bar chart of twelve months as a standalone SVG document."""
    width, height, bars = 480, 240, 12
    colour = "#{:02x}{:02x}{:02x}".format(*rng.choice(PALETTE))
    rects = []
    for month in range(bars):
        value = rng.randint(20, 200)
        x = 30 + month * 37
        rects.append(
            f'  <rect x="{x}" y="{220 - value}" width="28" height="{value}" '
            f'fill="{colour}"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img">\n'
        f"  <title>{title}</title>\n"
        f'  <line x1="24" y1="220" x2="470" y2="220" stroke="#333"/>\n'
        + "\n".join(rects)
        + "\n</svg>\n"
    )


def chart_png(rng: random.Random) -> bytes:
    """A small line chart as a PNG."""
    image = Image.new("RGB", (320, 180), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    draw.line([(16, 164), (308, 164)], fill=(60, 60, 60), width=1)
    points = [(16 + i * 24, rng.randint(20, 150)) for i in range(13)]
    draw.line(points, fill=rng.choice(PALETTE), width=3)
    return _encode(image, "PNG")


def portrait_jpeg(rng: random.Random) -> bytes:
    """A plain portrait: a backdrop, a head and shoulders, no one in particular."""
    width, height = 360, 450
    image = Image.new("RGB", (width, height), rng.choice(PALETTE))
    draw = ImageDraw.Draw(image)
    skin = rng.choice(SKIN)
    draw.ellipse([(40, 300), (320, 560)], fill=rng.choice(PALETTE))
    head = rng.randint(64, 84)
    draw.ellipse([(180 - head, 200 - head * 1.2), (180 + head, 200 + head)], fill=skin)
    return _encode(image, "JPEG")


def _encode(image: Image.Image, kind: str) -> bytes:
    buffer = io.BytesIO()
    if kind == "JPEG":
        image.save(buffer, kind, quality=85)
    else:
        image.save(buffer, kind)
    return buffer.getvalue()
