"""Unicode and whitespace: NFC, typographic quotes kept, invisible characters dropped."""

from __future__ import annotations

import re
import unicodedata

# removed outright: zero-width characters, soft hyphen, BOM, bidi marks
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
# spaces of every width become a plain space (quotes „“ ‚‘ »« and dashes stay as they are)
_SPACES = re.compile(
    "[\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf¤¶¼Ÿ„–—œ]|â€[\x9c\x9d™œž“”˜¦]")
_MULTISPACE = re.compile(r" {2,}")
_PARA_BREAK = re.compile(r"\n\s*\n\s*")


def fix_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 read as cp1252 ('Ã¤' for 'ä'), when that is clearly what happened."""
    if len(_MOJIBAKE.findall(text)) < 2:
        return text, False
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, False
    return fixed, True


def normalize(text: str) -> str:
    """NFC, one kind of space, no control characters, no trailing spaces, paragraphs kept
    (blank-line separated), single newlines inside a paragraph kept as line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
    )
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = _CONTROL.sub("", text)
    text = _MULTISPACE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _PARA_BREAK.sub("\n\n", text).strip()


def inline(text: str) -> str:
    """One line: for titles, teasers, captions and credits."""
    return " ".join(normalize(text).split())


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]
