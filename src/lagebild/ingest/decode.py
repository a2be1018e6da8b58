"""Bytes to text: binary detection, UTF-8 first, then legacy encodings via charset-normalizer."""

from __future__ import annotations

import codecs
import re

from lagebild.ingest.errors import IngestFailure

# magic numbers of common binary formats, for a clearer refusal
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ", "xz-compressed file"),
    (b"7z\xbc\xaf", "7-zip archive"),
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) document"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"SQLite format 3", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

# single-byte Latin encodings charset-normalizer may propose for Western text; German and
# other Western European news is far more often cp1252 (a superset of latin-1's printables)
_LATIN_GUESSES = {
    "cp1252",
    "cp1250",
    "latin_1",
    "iso8859_15",
    "iso8859_2",
    "iso8859_9",
    "cp1254",
    "cp1257",
    "mac_latin2",
    "mac_roman",
    "mac_iceland",
    "cp850",
    "cp437",
    "iso8859_4",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_16",
}


# every byte except the control bytes that do not occur in text (translate deletes these)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


def binary_kind(head: bytes) -> str | None:
    """Name the binary format of `head` (the first few KB), or None for text."""
    if not head:
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    control = len(sample.translate(None, _NOT_CONTROL))
    if control / len(sample) > 0.05:
        return "binary data (control bytes)"
    return None


_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)


def declared_charset(head: bytes) -> str | None:
    """The charset a page or XML file declares in its first bytes, if Python knows it."""
    m = _DECLARED.search(head[:4096])
    if not m:
        return None
    name = (m[1] or m[2]).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(
    data: bytes, source: str = "", sniff: bool = True, declared: str | None = None
) -> tuple[str, list[str]]:
    """Decode `data` to str; returns (text, warnings). Raises IngestFailure for binary data.
    `declared` (a charset named by the page or the HTTP header) is used when UTF-8 fails."""
    if sniff:
        kind = binary_kind(data[:8192])
        if kind:
            raise IngestFailure(f"binary file refused: {kind}", source)
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # mostly valid UTF-8 with a few broken bytes: keep UTF-8, replace the broken bytes
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 3 * bad:
        warnings.append(
            f"invalid UTF-8: {bad} broken byte sequence(s) replaced (first at byte {first_bad})"
        )
        return text, warnings
    if declared and codecs.lookup(declared).name not in ("utf-8", "ascii"):
        warnings.append(f"not UTF-8: decoded as declared {declared}")
        return data.decode(declared, errors="replace"), warnings
    encoding = guess_legacy(data)
    if encoding is None:
        raise IngestFailure("undecodable text: not UTF-8 and no legacy encoding fits", source)
    warnings.append(f"not UTF-8: decoded as {encoding}")
    return data.decode(encoding, errors="replace"), warnings


def guess_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    guess = best.encoding if best is not None else None
    if guess is None or guess in _LATIN_GUESSES:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"  # decodes any byte; cp1252's five holes are C1 controls here
    return guess


def decode_line(line: bytes, source: str = "") -> tuple[str, list[str]]:
    """Decode one record of a streamed file (fast path for UTF-8)."""
    try:
        return line.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if b"\x00" in line:
        raise IngestFailure("binary data (NUL bytes) in record", source)
    return decode(line, source, sniff=False)
