"""Tiny PDFs written by hand for reader tests: text placed at exact positions, no library."""

from __future__ import annotations


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[tuple[float, float, str]]], size: float = 10,
             image_only: bool = False) -> bytes:
    """A PDF whose pages hold ``(x, y, text)`` lines in Helvetica; ``y`` counts from the bottom.

    ``image_only`` draws a filled rectangle instead of text on every page, as a scan would.
    """
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, lines in zip(page_ids, pages):
        if image_only:
            stream = b"0.5 g 72 72 468 648 re f"
        else:
            stream = b"".join(
                b"BT /F1 %d Tf %.1f %.1f Td (" % (size, x, y) + _escape(text) + b") Tj ET\n"
                for x, y, text in lines
            )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_id + 1} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def column_page(left: list[str], right: list[str], head: str | None = None) -> list[tuple[float, float, str]]:
    """A two-column page: ``left`` lines at x=72, ``right`` lines at x=320, an optional headline."""
    lines = []
    y = 720.0
    if head:
        lines.append((72.0, y, head))
        y -= 30
    for i, text in enumerate(left):
        lines.append((72.0, y - 14 * i, text))
    for i, text in enumerate(right):
        lines.append((320.0, y - 14 * i, text))
    return lines
