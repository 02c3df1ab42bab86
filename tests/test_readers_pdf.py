import pytest
from conftest import shared_path
from pdf_factory import column_page, make_pdf

from ingest.errors import BrokenPDF, EncryptedPDF, NoTextLayer
from ingest.readers import read_path
from ingest.readers.pdf import join_broken_words, read_pdf

PARAGRAPH = [
    "Hyperscalers verhogen hun kapitaal-",
    "uitgaven dit jaar opnieuw fors, zo blijkt uit de",
    "cijfers van Microsoft, Google en Meta over het derde",
    "kwartaal. De bouw van AI-",
    "datacenters slokt het grootste deel op.",
]


def _page(lines, header="Beursbrief | Kwartaalanalyse", number=None):
    placed = [(72.0, 760.0, header)] if header else []
    placed += [(72.0, 700.0 - 14 * i, text) for i, text in enumerate(lines)]
    if number is not None:
        placed.append((300.0, 40.0, str(number)))
    return placed


def test_read_pdf_joins_pages_in_order():
    data = make_pdf([_page(["Eerste pagina tekst."]), _page(["Tweede pagina tekst."])])
    text = read_pdf(data, "a.pdf").text
    assert text.index("Eerste pagina") < text.index("Tweede pagina")


def test_read_pdf_undoes_end_of_line_hyphenation():
    text = read_pdf(make_pdf([_page(PARAGRAPH)]), "a.pdf").text
    assert "kapitaaluitgaven" in text
    assert "AI-datacenters" in text  # a compound hyphen after a capital stays


def test_join_broken_words_keeps_hyphen_after_capital_or_digit():
    assert join_broken_words("kapitaal-\nuitgaven") == "kapitaaluitgaven"
    assert join_broken_words("AI-\ndatacenters") == "AI-datacenters"
    assert join_broken_words("20%-\nbelang") == "20%-\nbelang"


def test_read_pdf_drops_running_headers_and_page_numbers():
    topics = ["obligaties", "aandelen", "valuta", "grondstoffen"]
    pages = [_page([f"Vandaag gaat het over {topic}.", "De markt was rustig.", "Analisten zijn "
                    f"voorzichtig over {topic}."], number=n) for n, topic in enumerate(topics, 1)]
    doc = read_pdf(make_pdf(pages), "a.pdf")
    assert "Beursbrief | Kwartaalanalyse" not in doc.text
    assert "\n3\n" not in f"\n{doc.text}\n"
    assert "Vandaag gaat het over valuta." in doc.text
    assert doc.pages == 4


def test_read_pdf_reads_two_columns_column_by_column():
    left = [f"Links regel {i} over de obligatiemarkt en rentes" for i in range(20)]
    right = [f"Rechts regel {i} over de aandelenmarkt en koersen" for i in range(20)]
    text = read_pdf(make_pdf([column_page(left, right, head="Kop boven beide kolommen")]), "a.pdf").text
    assert text.startswith("Kop boven beide kolommen")
    assert text.index("Links regel 19") < text.index("Rechts regel 0")
    assert "Links regel 3" in text and "Rechts regel 3" in text


def test_read_pdf_title_is_first_line():
    doc = read_pdf(make_pdf([_page(["Nvidia zet in op neoclouds", "Tekst."], header=None)]), "a.pdf")
    assert doc.title == "Nvidia zet in op neoclouds"


def test_read_pdf_image_only_needs_ocr():
    with pytest.raises(NoTextLayer, match="OCR"):
        read_pdf(make_pdf([_page([]), _page([])], image_only=True), "a.pdf")


def test_read_pdf_truncated_file_is_broken():
    data = make_pdf([_page(["Tekst die wordt afgebroken."])])
    with pytest.raises(BrokenPDF):
        read_pdf(data[:60], "a.pdf")


def test_read_pdf_not_a_pdf_is_broken():
    with pytest.raises(BrokenPDF):
        read_pdf(b"%PDF-1.4 but then nothing useful at all", "a.pdf")


def test_read_pdf_encrypted_with_user_password():
    pypdf = pytest.importorskip("pypdf")
    import io

    reader = pypdf.PdfReader(io.BytesIO(make_pdf([_page(["Geheime tekst."])])))
    writer = pypdf.PdfWriter()
    writer.append_pages_from_reader(reader)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(EncryptedPDF):
        read_pdf(out.getvalue(), "a.pdf")


# Real files from public PDF test suites (../shared/peer-suites/pdfs), when present.
@pytest.mark.parametrize(
    "name, error",
    [
        ("08_password-example.pdf", EncryptedPDF),
        ("10_empty.pdf", BrokenPDF),
        ("11_cyclic-toc.pdf", BrokenPDF),
        ("12_issue6108.pdf", BrokenPDF),
        ("13_congress.pdf", NoTextLayer),
        ("14_issue-203-decimalize.pdf", NoTextLayer),
        ("15_issue-297-example.pdf", BrokenPDF),
    ],
)
def test_read_pdf_peer_suite_failures_are_named(name, error):
    with pytest.raises(error):
        read_path(shared_path("peer-suites", "pdfs", name))


def test_read_pdf_peer_suite_owner_password_only_opens():
    doc = read_path(shared_path("peer-suites", "pdfs", "09_r6-owner-password.pdf"))
    assert "pdfencryptiontest" in doc.text


def test_read_pdf_peer_suite_three_columns():
    doc = read_path(shared_path("peer-suites", "pdfs", "01_federal-register-2020-17221.pdf"))
    # Column by column: a sentence that runs down one column stays whole.
    assert "You may examine the AD docket on the internet" in doc.text
    assert doc.pages == 15


def test_read_pdf_peer_suite_dutch_invoice():
    doc = read_path(shared_path("peer-suites", "pdfs", "04_issue-1062-filters.pdf"))
    assert "Factuur" in doc.text
