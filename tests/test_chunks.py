from decimal import Decimal

from extractors.types import Amount
from ingest.chunks import chunks, shifted


def _check_cover(text, size):
    pieces = list(chunks(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= size for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    return pieces


def test_chunks_short_text_is_one_piece():
    assert list(chunks("Kort stuk.", 100)) == [(0, "Kort stuk.")]


def test_chunks_cut_at_blank_lines_first():
    text = ("Alinea een met woorden. " * 3 + "\n\n") * 10
    pieces = _check_cover(text, 200)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_chunks_single_long_line_cut_at_sentences():
    text = "Nvidia investeert $5 miljard in Intel. " * 500
    pieces = _check_cover(text, 1000)
    assert all(p.endswith(". ") for _, p in pieces[:-1])


def test_chunks_unbroken_run_is_still_cut():
    _check_cover("9" * 10_001, 1000)


def test_chunks_no_piece_holds_a_run_longer_than_a_word_can_be():
    from ingest.chunks import LONGEST_RUN

    text = "Kop\n\n" + "$" * (5 * LONGEST_RUN + 3) + " en dan gewone woorden."
    pieces = _check_cover(text, 100_000)
    assert max(len(run) for _, p in pieces for run in p.split()) <= LONGEST_RUN


def test_shifted_moves_offsets():
    amount = Amount("$5 miljard", 10, 20, "money", Decimal(5e9), "USD")
    [moved] = shifted([amount], 100)
    assert (moved.start, moved.end, moved.text) == (110, 120, "$5 miljard")
