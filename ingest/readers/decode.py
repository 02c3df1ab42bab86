"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Western encodings.

Real files mix encodings: a UTF-8 article pasted with one cp1252 quote, a Windows export in
cp1252 throughout. Decoding UTF-8 with a cp1252 fallback for each invalid byte reads all three
correctly and never yields mojibake; charset-normalizer decides for text that is not UTF-8 at all.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ingest.errors import BinaryContent, EmptyDocument, UndecodableText

_SNIFF = 8192
# When charset-normalizer reads the bytes as Latin-script text, which 8-bit code page it names
# (cp852, mac_iceland, ...) is a guess among near-twins; cp1252 is what Western legacy files
# really are, with the curly quotes and the euro sign in 0x80-0x9F. Its guess is kept only
# when it finds another script (Cyrillic, Greek, CJK, ...).
_NEUTRAL_BLOCK_WORDS = ("Latin", "Punctuation", "Symbol", "Modifier", "Box", "Block", "Arrows",
                        "Geometric", "Mathematical", "Number", "Shapes", "Control")


def _other_script(alphabets: list[str]) -> bool:
    return any(not any(word in block for word in _NEUTRAL_BLOCK_WORDS) for block in alphabets)


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace").replace("\ufffd", "") or "", error.end


codecs.register_error("ingest-cp1252", _cp1252_fallback)


# Every byte but the control characters (below a tab, between carriage return and space, DEL).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 or b == 127))


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF]
    control = len(sample.translate(None, _NOT_CONTROL))  # the control bytes, counted in C
    return control > max(3, len(sample) // 20)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """The text of ``data`` and any warnings about how it was decoded."""
    if not data.strip():
        raise EmptyDocument()
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise UndecodableText(f"invalid {encoding} after its byte-order mark") from exc
    if _looks_binary(data):
        raise BinaryContent()
    warnings = []
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
        warnings.append("NUL bytes removed")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[: 64 * 1024]).best()
    if best is None:
        raise UndecodableText()
    encoding = best.encoding
    if not _other_script(best.alphabets) or encoding.startswith("utf_8"):
        # Mixed or legacy: valid UTF-8 sequences stay UTF-8, every other byte is read as cp1252.
        has_utf8 = _has_utf8_sequences(data)
        text = data.decode("utf-8", errors="ingest-cp1252")
        warnings.append("invalid UTF-8 bytes read as cp1252" if has_utf8 else "decoded as cp1252")
        return text, warnings
    try:
        return data.decode(encoding), warnings + [f"decoded as {encoding}"]
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableText() from exc


def _has_utf8_sequences(data: bytes) -> bool:
    decoded = data.decode("utf-8", errors="ignore")
    return any(ord(ch) > 127 for ch in decoded)
