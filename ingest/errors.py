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
