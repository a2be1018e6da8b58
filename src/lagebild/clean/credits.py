"""Photo credits inside running text: `… Caption text. Foto: IMAGO/ZUMA Press Next caption …`.

The hard part is where a credit ends and the next caption begins, since both are run
together on one line. A credit is read as a chain of *segments* joined by `/`, `;`, `|`, `,`
or `&`; each segment is either a known agency (longest match in `credit_lexicon`) or a run of
credit-like tokens (capitalised names, acronyms, `imago/`-style lower-case brands before a
slash). The credit ends at the first token that does not continue the chain. When a run of
capitalised tokens is followed by a lower-case word ("… Anna Weber Russland liefert …"), the
caption starts inside the run: at the first token that looks sentence-like (a determiner or
other sentence-initial function word, an inflected adjective such as "Russische", a role noun
such as "Kreml-Chef"), else the credit keeps at most two tokens (a photographer's first and
last name) and the rest, at least the last capitalised word, opens the caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.clean.credit_lexicon import ENTRIES, FIRST_NAMES, QUALIFIERS

# `Foto:` and its relatives, as a label in front of a credit
MARKER = re.compile(
    r"(?<![\w„“‚‘»«\"'])(?:Fotos?|Bild(?:er|quelle)?|Photos?|Quelle\s+Foto|Credits?|Copyright)\s*:\s*"
    r"|©\s*",
)
_TOKEN = re.compile(r"[^\s/;|,&]+")
_SEP_CHARS = set("/;|,&")
_PUNCT_END = ".!?:)]"

_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _entry in sorted(ENTRIES, key=len, reverse=True):
    _entry = tuple(w.rstrip(".,:)]").lstrip("([") for w in _entry)
    _BY_FIRST.setdefault(_entry[0], []).append(_entry)

SENTENCE_STARTERS = set(
    """
der die das den dem des ein eine einer eines einem einen im in am an auf aus bei beim mit nach
vor seit von vom zu zum zur für gegen um über unter zwischen während wegen trotz laut durch ohne
hinter neben ab bis auch doch aber und oder so nun jetzt dann hier dort da dabei damit dazu
zudem außerdem bereits schon noch nur erst immer allein es er sie wir ich ihr man dies diese
dieser dieses diesem diesen jene jener sein seine seiner seinem seinen ihre ihrem ihren unser
unsere viele mehrere alle beide zahlreiche einige kein keine was wer wie wo warum wann welche
welcher mitten inmitten gestern heute bislang bisher zuletzt zunächst anschließend später
derzeit aktuell als wenn ob weil obwohl nachdem bevor fast rund mehr etwa knapp tausende
hunderte dutzende inzwischen mittlerweile demnach deshalb daher somit stattdessen ebenfalls
the a an this that these those on at after before during since with without from for by as he
she they we it his her their our there here when while why how what who some many several most
all both
""".split()
)
ROLE_NOUN = re.compile(
    r"(präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|chef|chefin|sprecher|"
    r"sprecherin|führer|führerin|könig|königin|papst|general|generalin|kommandeur|botschafter|"
    r"botschafterin|senator|senatorin|abgeordnete|abgeordneter|soldaten|soldat|soldatin|"
    r"polizisten|polizist|demonstranten|demonstrantin|menschen|bürger|kräfte|truppen|regierung|"
    r"armee|militär|behörden|rebellen|milizen|kämpfer|bewohner|anhänger|aktivisten|flüchtlinge|"
    r"kinder|frauen|männer|delegation|kommission|parlament|gericht|staaten|schiffe|boote|"
    r"panzer|raketen|drohnen)$",
    re.I,
)
ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(isch|lich|ig|al|iv|är|ell|ös)(e|en|er|es|em)$")
NAME_PARTICLES = {
    "von",
    "van",
    "de",
    "di",
    "da",
    "del",
    "della",
    "dos",
    "du",
    "la",
    "le",
    "zu",
    "ten",
    "ter",
    "al",
    "el",
    "bin",
    "ibn",
    "der",
    "den",
}


@dataclass
class Tok:
    text: str
    start: int
    end: int
    sep_before: str  # '' (start), ' ' (space only) or the separator characters

    @property
    def key(self) -> str:
        return self.text.lower().rstrip(".,:)]").lstrip("([")

    @property
    def word(self) -> str:
        return self.text.rstrip(".,:)]!?").lstrip("([")


def _tokens(text: str, pos: int, end: int, limit: int = 40) -> list[Tok]:
    """The first `limit` tokens after `pos` (no credit is longer)."""
    out: list[Tok] = []
    last = pos
    for m in _TOKEN.finditer(text, pos, end):
        if len(out) >= limit:
            break
        gap = text[last : m.start()]
        seps = "" if gap == " " else "".join(ch for ch in gap if ch in _SEP_CHARS)
        out.append(Tok(m.group(), m.start(), m.end(), seps or (" " if out else "")))
        last = m.end()
    return out


def _is_cap(tok: Tok) -> bool:
    w = tok.word
    return bool(w) and (w[0].isupper() or w[0] == "©") and any(ch.isalpha() for ch in w)


def _is_caption_like(tok: Tok) -> bool:
    w = tok.word
    if w.lower() in SENTENCE_STARTERS or ADJECTIVE.match(w):
        return True
    last = w.rsplit("-", 1)[-1]
    if ROLE_NOUN.search(last) and not w.isupper():
        return True
    # `US-Soldaten`, `EU-Kommission`, `Kreml-Chef`: a compound with a lower-case tail part
    return (
        "-" in w
        and not w.isupper()
        and last[:1].isupper()
        and last[1:].islower()
        and len(last) > 3
        and w.split("-")[0].isupper()
    )


def _match_known(toks: list[Tok], i: int) -> int:
    """Number of tokens a lexicon entry covers from toks[i] (0 for none)."""
    for entry in _BY_FIRST.get(toks[i].key, ()):
        n = len(entry)
        if i + n > len(toks):
            continue
        if all(toks[i + k].key == entry[k] for k in range(n)) and all(
            toks[i + k].sep_before == " " for k in range(1, n)
        ):
            return n
    return 0


def _ends_sentence(tok: Tok) -> bool:
    return tok.text.endswith((".", "!", "?", ":", ")", "]")) and tok.key not in _DOTTED


_DOTTED = {"u.s", "photothek.net", "abacapress.com", "zumapress.com"}


def _known_before_slash(toks: list[Tok], i: int) -> int:
    """Tokens of a known agency (and up to two more capitalised words) right before a slash:
    `POOL TASS/AP/dpa`, `Pool Sputnik Kremlin/AP/dpa`; 0 for none."""
    n = _match_known(toks, i)
    if not n:
        return 0
    for m in range(i + n, min(i + n + 3, len(toks))):
        if "/" in toks[m].sep_before:
            return m - i
        if toks[m].sep_before != " " or not _is_cap(toks[m]):
            return 0
    return 0


def parse_credit(text: str, pos: int, end: int | None = None) -> int:
    """End offset of the credit starting at `pos` (`pos` itself when there is no credit)."""
    end = len(text) if end is None else end
    toks = _tokens(text, pos, end)
    i = 0
    credit_end = pos
    while i < len(toks):
        t = toks[i]
        if i > 0 and t.sep_before == " ":
            # after a segment only a bracketed qualifier continues: `(Archiv)`, `[M]`, `(2)`
            if t.text.startswith(("(", "[")) and (t.key in QUALIFIERS or t.key.isdigit()):
                credit_end = t.end
                i += 1
                continue
            if t.key == "via" and i + 1 < len(toks) and _match_known(toks, i + 1):
                i += 1  # `Anadolu Agency via Getty Images`
            elif k := _known_before_slash(toks, i):  # `POOL TASS/AP/dpa` goes on
                credit_end = toks[i + k - 1].end
                i += k
                continue
            else:
                break
        n = _match_known(toks, i)
        j = i + n if n else _name_run(toks, i)
        if j == i:
            break
        credit_end = toks[j - 1].end
        i = j
        if _ends_sentence(toks[j - 1]):
            break
    # closing punctuation belongs to the sentence, not to the credit (`dpa.`, `(Foto: dpa)`)
    while credit_end > pos and text[credit_end - 1] in ".,:;)]!?":
        span = text[pos:credit_end]
        if span.lower().rstrip(".").endswith(tuple(_DOTTED)) and span.endswith("."):
            break
        if span.endswith((")", "]")) and span.count("(") + span.count("[") >= span.count(
            ")"
        ) + span.count("]"):
            break
        credit_end -= 1
    return credit_end


def _name_run(toks: list[Tok], i: int) -> int:
    """End index (exclusive) of the credit tokens of an unknown segment starting at toks[i]."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not _is_cap(t):
        # lower-case brand before a slash (`imago/…`, `epd-bild/…`), dpa's `-/` for no name
        before_sep = nxt is not None and nxt.sep_before not in ("", " ")
        if before_sep and (t.text == "-" or t.word.replace("-", "").replace(".", "").isalnum()):
            return i + 1
        if t.key in QUALIFIERS:
            return i + 1
        after_sep = t.sep_before not in ("", " ")
        if not (after_sep and (t.word[:1].isalnum() or t.word[:1] == "@")):
            return i
        # after a separator a segment must follow: a lower-case brand opens it
        # (`IMAGO/dts Nachrichtenagentur`, `IMAGO/serienlicht`)
    j = i
    while j < len(toks):
        cur = toks[j]
        if j > i and cur.sep_before != " ":
            break
        if (
            (j == i and not _is_cap(cur))
            or _is_cap(cur)
            or (
                cur.word.lower() in NAME_PARTICLES
                and j + 1 < len(toks)
                and toks[j + 1].sep_before == " "
                and _is_cap(toks[j + 1])
                and j > i
            )
        ):
            j += 1
            if cur.text.endswith((".", "!", "?", ":")) and len(cur.word) > 1:
                break  # `Max Mustermann. Die …`
            continue
        break
    run = j - i
    follower = toks[j] if j < len(toks) else None
    if follower is not None and (
        follower.sep_before != " "
        or toks[j - 1].text.endswith((".", "!", "?", ":"))
        or (follower.key == "via" and j + 1 < len(toks) and _match_known(toks, j + 1))
    ):
        return j  # the run ends at a separator or its own full stop: all credit
    if follower is None or not follower.word[:1].isalpha() or not follower.word[:1].islower():
        # the text ends, or a quote or a digit follows: the caption may still open inside the
        # run (`AFP/SAUL LOEB US-Präsident Biden`, `Anna Weber Im Jahr 2025 …`)
        k = _caption_start(toks, i, j, names=False)
        return k if k is not None else j
    # a lower-case word follows: the caption's first words are inside the run
    if run == 1:
        return j
    k = _caption_start(toks, i, j)
    if k is not None:
        return k
    if run >= 4:
        return i + 2
    return j - 1


def _caption_start(toks: list[Tok], i: int, j: int, names: bool = True) -> int | None:
    """The first token of toks[i+1:j] that opens a caption: a sentence-like token (with a
    genitive in front) or, with `names`, a given name (after the credit's own first and last
    name: `Michael Kappeler Friedrich Merz sagte`, `Nordbild Friedrich Merz sagte`)."""
    min_name = i + 2 if toks[i].word in FIRST_NAMES else i + 1
    for k in range(i + 1, j):
        if names and k >= min_name and toks[k].word in FIRST_NAMES:
            return k
        if _is_caption_like(toks[k]):
            # a genitive in front belongs to the caption: `Chinas Außenminister`
            if (
                k - 1 >= min_name  # keep a two-word name whole: `Lena Haas Kreml-Chef Putin`
                and toks[k].word.lower() not in SENTENCE_STARTERS
                and toks[k - 1].word.endswith("s")
                and not toks[k - 1].word.isupper()
            ):
                return k - 1
            return k
    return None


@dataclass
class Split:
    """A stretch of running text cut at its photo credits."""

    parts: list[str]  # text pieces (captions and plain text), credits removed
    captions: list[str]  # the pieces that a credit closed
    credits: list[str]


def split_credits(paragraph: str) -> Split:
    """Cut one paragraph at every `Foto: CREDIT`; the text before each credit is a caption.
    A bracketed credit inside a sentence (`… (Foto: dpa) …`) is only taken out."""
    parts: list[str] = []
    captions: list[str] = []
    credits: list[str] = []
    pending = ""  # text of the current piece before a bracketed credit
    cursor = 0
    search = 0
    markers = list(MARKER.finditer(paragraph))
    for idx, m in enumerate(markers):
        if m.start() < search:
            continue  # inside text already taken
        nxt = markers[idx + 1] if idx + 1 < len(markers) else None
        credit_end = parse_credit(paragraph, m.end(), nxt.start() if nxt else None)
        if credit_end == m.end():
            search = m.end()  # `Foto:` not followed by a credit: leave it as text
            continue
        credits.append(" ".join(paragraph[m.end() : credit_end].split()).strip(" ,;/|"))
        before = paragraph[cursor : m.start()]
        if before.rstrip().endswith(("(", "[")) and paragraph[credit_end : credit_end + 1] in ")]":
            pending += before.rstrip()[:-1].rstrip() + " "
            cursor = search = credit_end + 1
            continue
        caption = " ".join((pending + before).split()).rstrip(" -–—|").strip()
        pending = ""
        if caption:
            parts.append(caption)
            captions.append(caption)
        rest = credit_end
        while rest < len(paragraph) and paragraph[rest] in ".;,":
            rest += 1  # `Foto: dpa.` ends the sentence, not a new one
        cursor = search = rest
    tail = " ".join((pending + paragraph[cursor:]).split())
    if tail:
        parts.append(tail)
    return Split(parts, captions, credits)
