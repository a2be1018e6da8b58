"""Sentence splitting for German news, on spaCy's German tokens.

A sentence ends at final punctuation (". ! ? …"), with the closing quotes and brackets that
follow it, and at every line break (headlines, captions, list items, datelines without final
punctuation). A period that belongs to a word is no boundary unless the next word shows that a
sentence begins:
- ordinals ("am 28. Oktober", "zum 3. Mal", "die 2. Bundesliga", "Ludwig XIV."): a boundary only
  where nothing marks an ordinal (no article or preposition before, no month or counted noun
  after) and a capitalised word follows ("landete auf Platz 3. Im Finale ...");
- years, times, scores, dates with year, other numbers with digits ("im November 2001.",
  "um 17:35.", "zum 1:0.", "Discount24."): a boundary before any capitalised word or quote;
- abbreviations: titles and the like that need a word after them ("Dr.", "Nr.", "ca.", "z. B.",
  "J. F. Kennedy") never end a sentence; others ("Mio.", "Inc.", "usw.") only before a word that
  typically begins a sentence ("... 5 Mio. Die Regierung ...");
- "?" or "!" inside brackets within a sentence ("500 (verunsicherte?) Kunden") is no boundary.
A sentence-final period the tokenizer left on a number ("2001.") is split off as its own token.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSING = {"“", "”", '"', "»", "«", "‘", "’", "'", "''", ")", "]", "›", "‹"}
OPENING = {"„", "“", '"', "»", "«", "‚", "‘", "'", "``", "(", "[", "›", "‹", "-", "–"}
OPENING |= {"·", "•", "▪", "■", "►", "▶", "*", "—"}  # list bullets begin a sentence
# quotes that may open or close: after a space they open the next sentence
EITHER_WAY = {'"', "'", "»", "«", "“", "”", "‘", "’", "›", "‹"}
MONTHS = {
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jänner",
    "jan.",
    "feb.",
    "mär.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "okt.",
    "nov.",
    "dez.",
}
# nouns counted by an ordinal ("der 3. Platz", "zum 40. Mal", "im 19. Jahrhundert")
COUNTED = MONTHS | set(
    (
        "jahrhundert jahrhunderts jh. jhd. jahrtausend mal platz platzes rang runde spieltag "
        "spieltags minute sekunde etappe tag tages stock stockwerk klasse liga bundesliga "
        "geburtstag geburtstags jahrestag todestag sitzung kapitel lauf halbzeit weltkrieg "
        "weltkriegs staffel folge auflage ausgabe amtszeit legislaturperiode wahlgang durchgang "
        "satz quartal semester armee division kompanie bataillon korps flotte parteitag "
        "kongress symphonie sinfonie mannschaft bezirk bezirks gebot gebots artikel absatz "
        "änderung verfassungszusatz klasse woche monat jahr lebensjahr jubiläum saison "
        "spielzeit tour tournee versuch anlauf ordnung grades fc fsv sc vfl vfb"
    ).split()
)
# words before an ordinal number ("am 28. Oktober", "seine 3. Amtszeit")
ORDINAL_BEFORE = set(
    (
        "der die das den dem des ein eine einen einem einer eines am vom zum zur im beim ins "
        "ab bis seit von vor nach zu an auf für mit um über unter gegen bei in aus "
        "ihr ihre ihrem ihren ihres ihrer sein seine seinem seinen seines seiner unser unsere "
        "unserem unseren jede jeder jedes jeden jedem diese dieser dieses diesem diesen "
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag"
    ).split()
)
# determiners only: a year ("2001.") is an ordinal only after one of these ("die 1000. Folge")
YEAR_ORDINAL_BEFORE = ORDINAL_BEFORE - set(
    "ab bis seit von vor nach zu an auf für mit um über unter gegen bei in aus".split()
)
# capitalised words that typically begin a sentence (after an ordinal or abbreviation)
SENT_STARTERS = set(
    (
        "der die das den dem des ein eine einen einem einer es er sie wir ich ihr man im am "
        "zum zur in an auf bei mit nach seit von vor aus für gegen ohne um durch über unter "
        "doch aber und oder denn auch so dann da damit dabei dazu dort hier heute gestern "
        "morgen nun jetzt noch schon wie was wer wo warum wann als wenn weil dass ob laut "
        "diese dieser dieses diesen zudem außerdem bislang bisher demnach zuvor "
        "bereits besonders allerdings jedoch dennoch trotzdem deshalb deswegen daher darum "
        "somit also zwar sogar nur erst bald inzwischen mittlerweile unterdessen indes "
        "derweil seitdem danach davor anschließend später zunächst zuerst schließlich "
        "letztlich endlich immerhin jedenfalls vielleicht wahrscheinlich offenbar "
        "offensichtlich angeblich tatsächlich natürlich ebenfalls ebenso gleichzeitig "
        "zugleich stattdessen vielmehr insgesamt während nachdem obwohl trotz wegen bis ab "
        "hinzu darüber darauf daraufhin dafür dagegen damals neben zwischen angesichts "
        "aufgrund dank gegenüber statt weder sowohl entweder sondern falls sobald solange "
        "sofern bevor wobei womit wodurch wofür worauf wen wem wessen welche welcher welches "
        "wieso weshalb wozu hat habe haben ist sind war waren wird werden wurde wurden kann "
        "können soll sollen muss müssen will wollen gibt gab kein keine keinen jeder jede "
        "jedes alle viele einige mehrere beide weitere andere sein seine ihre unser unsere "
        "mein meine unsere nicht nichts etwa rund fast knapp mehr gut nie immer derzeit "
        "zuletzt erstmals künftig zumindest ja nein hinter innerhalb außerhalb"
    ).split()
)
# abbreviations that need a word after them: never the end of a sentence
NEVER_FINAL = set(
    (
        "Dr. Prof. Dipl. Dipl.-Ing. Ing. Hr. Hrn. Fr. Frl. St. Nr. Abs. Abt. Art. Bd. Bsp. "
        "Fa. Fam. Gebr. Hg. Hrsg. Mr. Mrs. Ms. Pkt. Str. Tel. Univ. Vol. a. ca. bzw. bspw. "
        "bzgl. d.h. e.g. ebd. ehem. entspr. evtl. gem. geb. gegr. ggf. ggfs. ggü. i.A. i.V. "
        "inkl. incl. insb. lt. max. min. mind. o.g. s. sog. stellv. u. u.a. v. vgl. vs. z. "
        "z.B. z.b. z.Bsp. z.T. zzgl. abzgl. Gen. Kpt. Oberstlt. Lt. Sgt."
    ).split()
)
# abbreviations the tokenizer splits off their period ("Mill" "."): read as abbreviations
SPLIT_ABBREVS = set(
    (
        "Mill Mrd Mio Tsd Gen Kpt Lt Sgt Ltd Corp Bros Mass Abg Min Sek Zi Kl Bhf Hbf Reg "
        "Dt Anm Verf Tab Abb ff Jh Jhd Chr usw etc bzw ca vgl ggf evtl inkl sog Nr Str"
    ).split()
)
# words that begin a sentence even after a name's initial ("... sagt Manuela J. Sie ist ...")
CLEAR_STARTERS = set("er sie es wir ich man der die das dies diese dieser doch aber dann".split())
# words a line of running text cannot end with: a line break after them is hard wrapping
WRAP_WORDS = set(
    (
        "der die das den dem des ein eine einen einem einer eines in im an am auf aus bei beim "
        "mit nach seit von vom vor zu zum zur für gegen ohne um durch über unter zwischen und "
        "oder sowie als wie dass ob weil wenn aber sondern"
    ).split()
)
ROMAN = re.compile(r"^[IVXLC]{1,6}\.$")
ORDINAL = re.compile(r"^\d{1,3}\.$")
SHORT_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.$")
NUMBERISH = re.compile(r"\d")  # years, times, scores, dates with year, "Discount24."


def split_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    split_off: list[int] = []  # tokens like "2001." that end a sentence: split the period off
    sent_start = 0
    i = 0
    while i < n:
        t = doc[i]
        text = t.text
        boundary = False
        glued = False
        if "\n" in text and t.is_space:
            boundary = not (i > 0 and _wrapped(doc, i - 1))
        elif "\n" in t.whitespace_:
            # a line break after this token (captions, headlines without final punctuation),
            # unless a long line breaks after an article or preposition (hard-wrapped text)
            boundary = not _wrapped(doc, i)
        if _is_final(text):
            if (
                text == "."
                and i > 0
                and not doc[i - 1].whitespace_
                and (doc[i - 1].text in SPLIT_ABBREVS)
            ):
                # "126 Mill. Euro": the tokenizer split an abbreviation's period off
                boundary = boundary or _starter(_next_word(doc, i))
            elif text in ("?", "!") and _inside_brackets(doc, sent_start, i):
                boundary = boundary or False
            elif _glued_inside(doc, i):
                boundary = boundary or False  # "BahnMarkt.EU", "Bertel.O.Steen", "02...45"
            else:
                boundary = True
        elif text.endswith(".") and len(text) > 1 and not boundary:
            boundary = _word_period_ends(doc, i)
            glued = boundary
        if boundary:
            if glued and NUMBERISH.search(text) and not ROMAN.match(text):
                split_off.append(i)
            j = i + 1
            # closing quotes and brackets stay with this sentence, and so does "(...)"
            while j < n:
                if (doc[j].text in CLOSING or _is_final(doc[j].text)) and not (
                    doc[j].text in EITHER_WAY and doc[j - 1].whitespace_
                ):
                    j += 1
                elif _omission(doc, j):
                    j += 3
                else:
                    break
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                nxt = doc[j]
                # "… 3. und …" or a lower-case continuation is no new sentence, unless a line break
                line_break = any(
                    "\n" in doc[k].text or "\n" in doc[k].whitespace_ for k in range(i, j)
                )
                cont = nxt.text[:1].islower() or (
                    nxt.is_punct and nxt.text not in OPENING and nxt.text not in CLOSING
                )
                if (line_break or not cont) and not _punct_line(doc, j):
                    starts[j] = True
                    sent_start = j
            i = j
            continue
        i += 1
    # all at once (as `token.is_sent_start = ...` would set them: 1 or -1)
    flags = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], flags)
    if split_off:
        _split_periods(doc, split_off)
    return doc


def _is_final(text: str) -> bool:
    return (
        text in FINAL
        or (len(text) > 1 and text[-1] in "!?" and not text[0].isalnum())
        or (text[:2] == ".." and not text.strip("."))
    )


def _word_period_ends(doc: Doc, i: int) -> bool:
    """Does the token at i, a word with its period ("28.", "2001.", "Dr.", "Mio."), end a
    sentence?"""
    text = doc[i].text
    nxt = _next_word(doc, i)
    if nxt is None:
        return True
    if nxt.text[:1].islower():
        return False
    prev = doc[i - 1].lower_ if i > 0 else ""
    if i == 0 or doc[i - 1].is_punct or doc[i - 1].is_space:
        prev = ""
    nlow = nxt.lower_
    if ORDINAL.match(text) or ROMAN.match(text) or SHORT_DATE.match(text):
        if _starter(nxt):
            return True
        if nlow in COUNTED or not prev or prev in ORDINAL_BEFORE:
            return False
        if i > 1 and doc[i - 1].text.islower() and doc[i - 2].lower_ in ORDINAL_BEFORE:
            return False  # article, adjective, ordinal: "ein volles 13. Monatsgehalt"
        if ROMAN.match(text) or SHORT_DATE.match(text):
            return False  # "Ludwig XIV. Kaiser ...", "am 28.4. Termin": too unsure
        return nxt.text[:1].isupper() or nxt.text in OPENING
    if NUMBERISH.search(text[:-1]) and not text[:-1].isalpha():
        # years, times, scores, dates with a year, words with digits
        if nlow in COUNTED or prev in YEAR_ORDINAL_BEFORE and not _starter(nxt):
            return False
        return nxt.text[:1].isupper() or nxt.text in OPENING
    if len(text) == 2 and text[0].isupper():
        # "J. F. Kennedy", but "sagt Manuela J. Sie ist ..."
        return nxt.text[:1].isupper() and nlow in CLEAR_STARTERS
    if text in NEVER_FINAL or (len(text) == 2 and text[0].isalpha()):
        return False  # "Dr. Müller", "z. B."
    return _starter(nxt)


def _starter(tok) -> bool:
    """A word that typically begins a sentence (or an opening quote)."""
    if tok is None:
        return True
    if tok.text in ("„", "»", "«", '"', "``", "‚"):
        return True
    return tok.text[:1].isupper() and tok.lower_ in SENT_STARTERS


def _inside_brackets(doc: Doc, start: int, i: int) -> bool:
    """'?'/'!' directly before ')' whose '(' opened after the sentence's first word."""
    if i + 1 >= len(doc) or doc[i + 1].text != ")":
        return False
    for k in range(i - 1, start, -1):
        if doc[k].text == "(":
            return k > start
        if doc[k].text == ")":
            return False
    return False


def _wrapped(doc: Doc, i: int) -> bool:
    """A line break after token i that is hard wrapping: the line holds at least six words and
    ends with an article, preposition or conjunction ("... sehr erfolgreich in den⏎europäischen")."""
    if doc[i].lower_ not in WRAP_WORDS or not doc[i].text[:1].islower():
        return False
    words = 0
    for k in range(i, -1, -1):
        if "\n" in doc[k].text or (k < i and "\n" in doc[k].whitespace_):
            break
        words += doc[k].is_alpha
        if words >= 6:
            return True
    return False


def _glued_inside(doc: Doc, i: int) -> bool:
    """A period or ellipsis with a word glued to both sides that is no sentence start:
    "BahnMarkt.EU", "Bertel.O.Steen", "02...45" (but "Straße.Foto" is)."""
    if i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    prev, nxt = doc[i - 1].text, doc[i + 1].text
    if not prev[-1:].isalnum() or not nxt[:1].isalnum():
        return False
    return not (nxt[:1].isupper() and nxt[1:2].islower())


def _omission(doc: Doc, j: int) -> bool:
    """'(...)' or '[…]' marking left-out text."""
    return (
        j + 2 < len(doc)
        and doc[j].text in ("(", "[")
        and doc[j + 1].text in ("...", "…")
        and doc[j + 2].text in (")", "]")
    )


def _punct_line(doc: Doc, j: int) -> bool:
    """Does a line of punctuation only ("+", ":", "-----") begin at token j?"""
    k = j
    while k < len(doc):
        t = doc[k]
        if not t.is_space:
            if any(c.isalnum() for c in t.text):
                return False
            if "\n" in t.whitespace_:
                return True
        elif "\n" in t.text:
            return True
        k += 1
    return True


def _next_word(doc: Doc, i: int):
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j]
    return None


def _split_periods(doc: Doc, positions: list[int]) -> None:
    """'2001.' -> '2001' '.' for tokens that end a sentence."""
    with doc.retokenize() as retok:
        for i in positions:
            tok = doc[i]
            retok.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    for k, i in enumerate(sorted(positions)):
        doc[i + k + 1].is_sent_start = False
