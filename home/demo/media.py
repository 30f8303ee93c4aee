"""Demo media generated locally: cover images, portraits and small PDF files.

Everything is deterministic (seeded by the resource slug), so the same data
always produces the same bytes, and nothing is downloaded.
"""

import hashlib
import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFont

COVER_SIZE = (1200, 675)
PORTRAIT_SIZE = (400, 400)
JPEG_QUALITY = 80

# Colour pairs (start, end) of the cover gradients, one palette per resource type.
PALETTES = {
    "fiche": [("#1d4e89", "#00b2ca"), ("#0b3d2e", "#49a078"), ("#22577a", "#80ed99")],
    "recette": [("#7b2d26", "#f4a259"), ("#5c2a9d", "#f25f5c"), ("#8c3b0e", "#ffd166")],
    "atelier": [("#3d1e6d", "#8367c7"), ("#264653", "#e9c46a"), ("#6a040f", "#e85d04")],
}
ACCENTS = ["#ffffff", "#fef9ef", "#ffe66d", "#c7f9cc", "#ffd6e0"]
PORTRAIT_BACKGROUNDS = ["#264653", "#2a9d8f", "#e76f51", "#6d597a", "#355070", "#b56576"]


def _rng(seed):
    return random.Random(int(hashlib.sha1(seed.encode()).hexdigest()[:12], 16))


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def cover_image(seed, kind="fiche"):
    """A 1200×675 JPEG: a diagonal gradient with a few translucent shapes."""
    rng = _rng(seed)
    start, end = rng.choice(PALETTES.get(kind, PALETTES["fiche"]))
    width, height = COVER_SIZE
    # Diagonal gradient: a linear gradient mask, rotated, blends two flat colours.
    # Computed at a fifth of the size then enlarged (a gradient loses nothing). The square
    # is larger than the cover's diagonal, so rotation leaves no empty corner.
    side, small_w, small_h = 280, width // 5, height // 5
    mask = Image.linear_gradient("L").resize((side, side))
    mask = mask.rotate(rng.choice([30, 45, 60, 120, 135, 150]), resample=Image.BILINEAR)
    left, top = (side - small_w) // 2, (side - small_h) // 2
    mask = mask.crop((left, top, left + small_w, top + small_h))
    mask = mask.resize((width, height), Image.BILINEAR)
    image = Image.composite(
        Image.new("RGB", COVER_SIZE, _rgb(end)), Image.new("RGB", COVER_SIZE, _rgb(start)), mask
    )
    overlay = Image.new("RGBA", COVER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(rng.randint(4, 7)):
        colour = (*_rgb(rng.choice(ACCENTS)), rng.randint(40, 110))
        x, y = rng.randint(-100, width), rng.randint(-100, height)
        size = rng.randint(80, 360)
        shape = rng.choice(["circle", "square", "triangle", "ring"])
        if shape == "circle":
            draw.ellipse((x, y, x + size, y + size), fill=colour)
        elif shape == "ring":
            draw.ellipse((x, y, x + size, y + size), outline=colour, width=rng.randint(10, 28))
        elif shape == "square":
            draw.rounded_rectangle((x, y, x + size, y + size), radius=size // 6, fill=colour)
        else:
            draw.polygon([(x, y + size), (x + size // 2, y), (x + size, y + size)], fill=colour)
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    return _jpeg(image)


def initials(name):
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


def portrait_image(name):
    """A 400×400 JPEG: a coloured disc with the person's initials."""
    rng = _rng(name)
    image = Image.new("RGB", PORTRAIT_SIZE, _rgb(rng.choice(PORTRAIT_BACKGROUNDS)))
    draw = ImageDraw.Draw(image)
    width, height = PORTRAIT_SIZE
    draw.ellipse((-60, height - 140, width + 60, height + 260), fill=_rgb("#f1faee"))
    draw.ellipse((60, 40, width - 60, height - 100), fill=_rgb(rng.choice(ACCENTS)))
    font = ImageFont.load_default(size=130)
    draw.text((width / 2, height / 2 - 30), initials(name), font=font, fill="#1d3557", anchor="mm")
    return _jpeg(image)


# Minimal PDF writer -------------------------------------------------------
# One standard font (Helvetica, WinAnsiEncoding covers French accents), A4
# pages, text wrapped by character count. Enough for a printable handout.

PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN = 56
BODY_SIZE, TITLE_SIZE, LEADING = 11, 17, 15
WRAP = 88
# Characters WinAnsi (cp1252) cannot encode, replaced by close equivalents.
PDF_REPLACEMENTS = {"\u2009": " ", "\u202f": " ", "\u2192": "->", "\u2713": "v", "\u2610": "[ ]"}


def _pdf_text(text):
    for char, replacement in PDF_REPLACEMENTS.items():
        text = text.replace(char, replacement)
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _layout(title, lines):
    """Split the text into pages of (font, size, text) lines."""
    items = [("F2", TITLE_SIZE, t) for t in textwrap.wrap(title, 55)] + [("F1", BODY_SIZE, "")]
    for line in lines:
        if not line.strip():
            items.append(("F1", BODY_SIZE, ""))
            continue
        bold = line.startswith("# ")
        text = line[2:] if bold else line
        indent = "    " if text.startswith(("- ", "• ")) or text[:2].strip(".").isdigit() else ""
        wrapped = textwrap.wrap(text, WRAP, subsequent_indent=indent) or [""]
        items.extend(("F2" if bold else "F1", BODY_SIZE + (1 if bold else 0), w) for w in wrapped)
    per_page = (PAGE_HEIGHT - 2 * MARGIN - 30) // LEADING
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def pdf_document(title, lines, footer="Communs — document de démonstration"):
    """Bytes of a valid PDF holding the title and the lines of text."""
    pages = _layout(title, lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, filled once the page objects are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    page_ids = []
    for number, page in enumerate(pages, start=1):
        stream = [b"BT", f"{LEADING} TL".encode(), f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode()]
        for font, size, text in page:
            stream.append(f"/{font} {size} Tf".encode())
            stream.append(b"(" + _pdf_text(text) + b") Tj T*")
        stream.append(b"ET")
        stream.append(f"BT /F1 8 Tf {MARGIN} 30 Td".encode())
        stream.append(b"(" + _pdf_text(f"{footer} — page {number}/{len(pages)}") + b") Tj ET")
        content = b"\n".join(stream)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_id = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        page_ids.append(len(objects))
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    info = b"<< /Title (" + _pdf_text(title) + b") /Producer (Communs) >>"
    objects.append(info)

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def text_document(title, lines):
    """Bytes of a plain UTF-8 text (or Markdown) file."""
    return ("# " + title + "\n\n" + "\n".join(lines) + "\n").encode("utf-8")
