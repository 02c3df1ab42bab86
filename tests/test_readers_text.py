import pytest

from ingest.errors import BinaryContent, EmptyDocument
from ingest.readers import read_bytes, sniff_format
from ingest.readers.text import read_text

BODY = "Nvidia investeert “fors” in CoreWeave: €2 miljard, zegt Meta’s topman.\nTweede regel."


def test_read_text_utf8():
    doc = read_text(BODY.encode("utf-8"), "a.txt")
    assert "€2 miljard" in doc.text
    assert doc.warnings == []


def test_read_text_utf8_with_bom():
    doc = read_text(b"\xef\xbb\xbf" + BODY.encode("utf-8"), "a.txt")
    assert doc.text.startswith("Nvidia")
    assert "\ufeff" not in doc.text


def test_read_text_cp1252_is_not_mojibake():
    doc = read_text(BODY.encode("cp1252"), "a.txt")
    assert "€2 miljard" in doc.text
    assert "Meta's topman" in doc.text
    assert "Ã" not in doc.text and "â€" not in doc.text


def test_read_text_latin1():
    text = "Café-eigenaar Zoë kocht aandelen voor 500 euro. Überhaupt een goede koop, zei hij."
    doc = read_text(text.encode("latin-1"), "a.txt")
    assert "Café-eigenaar Zoë" in doc.text


def test_read_text_utf16_with_bom():
    doc = read_text(BODY.encode("utf-16"), "a.txt")
    assert "€2 miljard" in doc.text


def test_read_text_invalid_utf8_byte_is_read_as_cp1252():
    data = "Meta’s deal: €27 miljard".encode("utf-8") + b" en \x80 5 miljard"
    doc = read_text(data, "a.txt")
    assert "Meta's deal: €27 miljard en € 5 miljard" == doc.text
    assert any("cp1252" in w for w in doc.warnings)


def test_read_text_normalises_quotes_and_spaces_one_for_one():
    doc = read_text("Meta’s “Hyperion” kost $27\u00a0miljard\r\nregel twee".encode(), "a.txt")
    assert doc.text == "Meta's \"Hyperion\" kost $27 miljard\nregel twee"


def test_read_text_removes_soft_hyphens_and_zero_width_spaces():
    doc = read_text("kapitaal\u00aduitgaven van Goo\u200bgle".encode(), "a.txt")
    assert doc.text == "kapitaaluitgaven van Google"


def test_read_text_empty_file():
    with pytest.raises(EmptyDocument):
        read_text(b"", "a.txt")


def test_read_text_whitespace_only():
    with pytest.raises(EmptyDocument):
        read_text(b"  \n\n\t  \r\n", "a.txt")


def test_read_text_binary_content():
    data = bytes(range(256)) * 40
    with pytest.raises(BinaryContent):
        read_text(data, "a.txt")


def test_read_text_png_named_txt():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    with pytest.raises(BinaryContent):
        read_text(data, "a.txt")


def test_read_text_stray_nul_bytes_are_removed_with_a_warning():
    data = b"Google garandeerde $3,2 miljard voor TeraWulf.\x00 Dat is veel." * 20
    doc = read_text(data, "a.txt")
    assert "\x00" not in doc.text
    assert any("NUL" in w for w in doc.warnings)


def test_read_text_title_is_first_line_with_words():
    doc = read_text(b"...\n\n# Big Tech en AI\n\nTekst.", "a.md")
    assert doc.title == "Big Tech en AI"


@pytest.mark.parametrize(
    "byline, iso",
    [
        ("vandaag om 15:15 | 3 november 2025 | Redactie", "2025-11-03"),
        ("Published November 3, 2025", "2025-11-03"),
        ("By staff, 14 Oct. 2025", "2025-10-14"),
        ("Gepubliceerd: 2025-02-28 09:00", "2025-02-28"),
        ("Datum 03-11-2025", "2025-11-03"),
    ],
)
def test_read_text_publication_date_from_byline(byline, iso):
    doc = read_text(f"Kop\n{byline}\n\nTekst van het artikel.".encode(), "a.txt")
    assert doc.published == iso


def test_read_text_no_date_from_deep_in_a_paragraph():
    body = "Kop\n" + "Een lange alinea over de wet die op 4 juli 2025 werd ingevoerd. " * 5
    assert read_text(body.encode(), "a.txt").published is None


def test_read_text_no_date_when_none_stated():
    assert read_text(b"Kop\n\nDe markt steeg.", "a.txt").published is None


@pytest.mark.parametrize(
    "data, fmt",
    [(b"%PDF-1.4\n...", "pdf"), (b"  <!DOCTYPE html><html>", "html"), (b"Plain words", "text")],
)
def test_sniff_format_for_standard_input(data, fmt):
    assert sniff_format(data) == fmt


def test_read_bytes_dispatches_on_format():
    assert read_bytes(b"Plain words here.", "-", "text").format == "text"
