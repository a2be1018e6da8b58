"""Taking an article apart: title, teaser, body, captions, credits and boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from lagebild.clean.credits import split_credits
from lagebild.clean.normalize import inline, paragraphs

DUMP_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})[ \t]*([^\n]*)")

# a paragraph (or the end of one) that starts the trailer: everything from it on is boilerplate
TRAILER = re.compile(
    r"(?:^|(?<=[.!?“”\"»«]\s))(?:Weitere Nachrichten|Mehr Nachrichten|Mehr zum Thema|Lesen Sie auch|"
    r"Lesen Sie mehr|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel|"
    r"Weitere Themen|Mehr aus dem Ressort|Zur Startseite|Empfehlungen der Redaktion|"
    r"Mehr lesen|Related articles|Read more|More news)\b\s*:?",
)

_AGENCY = (
    r"(?:dpa|afp|ap|reuters|rtr|kna|epd|dts|ots|rnd|sid|apa|sda|aa|idea|efe|ansa|xinhua|tass|"
    r"interfax|belga|anp|pap|ukrinform|evangelisch\.de)"
)
# `Berlin (dpa) - `, `Washington/Kiew (AFP/dpa) – ` at the start of the body
DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w.’'\-]*(?:[ /][A-ZÄÖÜ][\w.’'\-]*){0,3})\s*"
    r"\((?P<agency>(?i:" + _AGENCY + r"(?:\s*/\s*" + _AGENCY + r"){0,3}))\)\s*[-–—:]\s+"
)
# `Von Anna Weber` / `Von Anna Weber und Jan Berg, Brüssel` as its own first paragraph
BYLINE = re.compile(
    r"^Von [A-ZÄÖÜ][\w.’'\-]+(?: (?:und |von |van |de )?[A-ZÄÖÜ][\w.’'\-]+){0,5}"
    r"(?:,\s*[A-ZÄÖÜ][\w.’'\- ]{1,30})?$"
)
# agency copy's closing lines: `(dpa/mst)`, `Mit Material von AFP`, `© dpa-infocom, dpa:…`
END_LINE = re.compile(
    r"^(?:\(?(?i:" + _AGENCY + r")(?:\s*[/,]\s*[\w.\-]{1,12}){0,5}\)?"
    r"|(?:Mit )?Material (?:von|der|aus)\b.{0,100}"
    r"|©?\s*dpa-infocom\b.*|.*\bdpa:\d{6}-\d{2,4}-\d+/\d+.*"
    r"|(?:Alle Rechte vorbehalten|Copyright\b|©).{0,150})$"
)
END_ATTRIBUTION = re.compile(r"\s*\((?i:" + _AGENCY + r")(?:\s*/\s*[\w.\-]{1,12}){0,5}\)\s*$")


@dataclass
class Parts:
    title: str | None = None
    teaser: str | None = None
    body: list[str] = field(default_factory=list)  # clean paragraphs
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    date: Date | None = None
    warnings: list[str] = field(default_factory=list)
    dateline: dict[str, str] | None = None
    byline: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)


def cut_trailer(paras: list[str]) -> tuple[list[str], list[str]]:
    """Split off the trailer (`Weitere Nachrichten: …`) and all that follows it. Near the end a
    trailer paragraph cuts the rest; earlier (`Lesen Sie auch: …` between paragraphs) only that
    paragraph goes; inside a paragraph only the last one is cut."""
    kept: list[str] = []
    boiler: list[str] = []
    n = len(paras)
    for i, para in enumerate(paras):
        m = TRAILER.search(para)
        if not m:
            kept.append(para)
        elif m.start() == 0 and i >= n - 3:
            boiler.extend(paras[i:])
            break
        elif m.start() == 0:
            boiler.append(para)
        elif i == n - 1:
            kept.append(para[: m.start()].strip())
            boiler.append(para[m.start() :].strip())
        else:
            kept.append(para)
    return kept, boiler


def strip_agency_frame(paras: list[str], parts: Parts) -> list[str]:
    """Byline and dateline off the start, agency sign-off lines off the end (to boilerplate)."""
    paras = list(paras)
    if paras and BYLINE.match(paras[0]) and len(paras) > 1:
        parts.byline = paras.pop(0)
    if paras and (m := DATELINE.match(paras[0])):
        parts.dateline = {"place": m["place"], "agency": m["agency"]}
        paras[0] = paras[0][m.end() :]
    tail: list[str] = []
    while paras and END_LINE.match(paras[-1]):
        tail.insert(0, paras.pop())
    if paras and (m := END_ATTRIBUTION.search(paras[-1])) and m.start() > 0:
        tail.insert(0, paras[-1][m.start() :].strip())
        paras[-1] = paras[-1][: m.start()]
    parts.boilerplate = tail + parts.boilerplate
    return [p for p in paras if p.strip()]


def split_teaser(parts: Parts) -> None:
    """A credit at the end of a teaser (`… Foto: dpa`) goes to the credits."""
    if parts.teaser:
        split = split_credits(parts.teaser)
        if split.credits:
            parts.teaser = " ".join(split.parts) or None
            parts.credits.extend(split.credits)


def split_body(paras: list[str], parts: Parts) -> None:
    """Credits out of the running text; caption text stays in the body as its own paragraph."""
    split_teaser(parts)
    paras = strip_agency_frame(paras, parts)
    for para in paras:
        split = split_credits(" ".join(para.split()))  # paragraphs are normalised already
        parts.body.extend(split.parts)
        parts.captions.extend(split.captions)
        parts.credits.extend(split.credits)


def parse_dump(text: str) -> Parts:
    """`date YYYY-MM-DD <teaser>` / title paragraph / body with `Foto: CREDIT` / trailer."""
    parts = Parts()
    m = DUMP_HEADER.match(text)
    rest = text
    if m:
        try:
            parts.date = Date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            parts.warnings.append(f"invalid date in dump header: {m[1]}-{m[2]}-{m[3]}")
        parts.teaser = inline(m[4]) or None
        rest = text[m.end() :]
        if parts.teaser is None and rest.startswith("\n") and not rest.startswith("\n\n"):
            # `date YYYY-MM-DD` alone on its line, the teaser right below it
            first, _, rest = rest.lstrip("\n").partition("\n\n")
            parts.teaser = inline(first) or None
    else:
        parts.warnings.append("dump header `date YYYY-MM-DD` missing")
    paras, parts.boilerplate = cut_trailer(paragraphs(rest))
    if paras:
        parts.title = inline(paras[0])
        paras = paras[1:]
    split_body(paras, parts)
    return parts


def _title_like(para: str) -> bool:
    line = inline(para)
    return 0 < len(line) <= 200 and "\n" not in para.strip() and not line.endswith((".", ",", ";"))


def parse_text(
    text: str, title: str | None = None, teaser: str | None = None, repeated: tuple = ()
) -> Parts:
    """Plain text. Without a given title, a short first paragraph that does not end like a
    sentence is the title. Leading paragraphs equal to the title, the teaser or one of
    `repeated` (a page's own headline and description) are dropped."""
    parts = Parts(title=inline(title) if title else None, teaser=inline(teaser) if teaser else None)
    paras, parts.boilerplate = cut_trailer(paragraphs(text))
    if parts.title is None and len(paras) > 1 and _title_like(paras[0]):
        parts.title = inline(paras[0])
        paras = paras[1:]
    # title and lead repeated as the first paragraphs (HTML pages, feeds)
    for given in (parts.title, *repeated, parts.teaser, *repeated):
        if given and paras and _same(paras[0], given):
            paras = paras[1:]
    split_body(paras, parts)
    return parts


def _same(a: str, b: str) -> bool:
    return inline(a).rstrip(".!? ").casefold() == inline(b).rstrip(".!? ").casefold()
