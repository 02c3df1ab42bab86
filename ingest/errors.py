"""Named failures. The command line turns each into one line naming the file and the reason."""

from __future__ import annotations


class IngestError(Exception):
    """A user-facing failure for one input: the message says what is wrong, never how."""

    reason = "cannot be read"

    def __init__(self, detail: str | None = None):
        super().__init__(detail or self.reason)


class MissingPath(IngestError):
    reason = "no such file or directory"


class NoSupportedFiles(IngestError):
    reason = "directory holds no supported files (.txt, .md, .pdf, .html, .htm)"


class UnsupportedFormat(IngestError):
    reason = "unsupported file type"


class EmptyDocument(IngestError):
    reason = "file is empty"


class BinaryContent(IngestError):
    reason = "binary content, not text"


class UndecodableText(IngestError):
    reason = "text encoding could not be determined"


class TooLarge(IngestError):
    reason = "file is larger than the size limit"


class EncryptedPDF(IngestError):
    reason = "PDF is encrypted (password-protected)"


class BrokenPDF(IngestError):
    reason = "PDF is damaged or not a PDF"


class NoTextLayer(IngestError):
    reason = "PDF has no text layer (image-only; it would need OCR)"


class NoArticleText(IngestError):
    reason = "no article text found"


class UnreadableFile(IngestError):
    reason = "file cannot be read"


class DatabaseError(IngestError):
    reason = "knowledge base cannot be opened"


class CorpusNotFound(IngestError):
    reason = "no annotated corpus here (expected a directory with dev/, test/ or seeds/)"


class AnnotationError(IngestError):
    reason = "annotation cannot be read"


class AnnotationTextMissing(AnnotationError):
    """The text an annotation points to elsewhere (``text:``) is absent: skipped, not an error."""

    reason = "the annotated text file is not present"


class FloorsError(IngestError):
    reason = "floors file cannot be read"


class UnknownEntity(IngestError):
    reason = "no such entity in the knowledge base"


class BadQuery(IngestError):
    reason = "the query cannot be run"


class FxTableError(IngestError):
    reason = "FX table cannot be read"
