"""Sentence splitting for German news: abbreviations ("Dr.", "z. B."), ordinal dates
("am 28. Oktober"), quotes and brackets after the final punctuation, and lines without final
punctuation (captions, headlines, list items) all end up right."""

from __future__ import annotations

import re

from spacy.tokens import Doc

FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSING = {"“", "”", '"', "»", "«", "‘", "’", "'", "''", ")", "]", "›", "‹"}
OPENING = {"„", "“", '"', "»", "«", "‚", "‘", "'", "``", "(", "[", "›", "‹", "-", "–"}
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
    "jahrhundert",
    "jahrhunderts",
    "jh.",
}
# capitalised words that typically begin a sentence (after an ordinal or abbreviation)
SENT_STARTERS = set(
    (
        "der die das den dem des ein eine einen einem einer es er sie wir ich ihr man im am "
        "zum zur in an auf bei mit nach seit von vor aus für gegen ohne um durch über unter "
        "doch aber und oder denn auch so dann da damit dabei dazu dort hier heute gestern "
        "morgen nun jetzt noch schon wie was wer wo warum wann als wenn weil dass ob laut "
        "diese dieser dieses diesen dem zudem außerdem bislang bisher demnach zuvor"
    ).split()
)
ABBREV_END_OK = {"usw.", "etc.", "bzw.", "Chr.", "Mio.", "Mrd.", "Tsd.", "ff.", "u.a.", "v.a."}
ORDINAL = re.compile(r"^\d{1,4}\.$")


def split_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        t = doc[i]
        text = t.text
        boundary = False
        if "\n" in text and t.is_space:
            boundary = True
        elif "\n" in t.whitespace_ or (
            t.whitespace_ == "" and i + 1 < n and "\n" in doc[i + 1].text
        ):
            # a line break after this token (captions, headlines without final punctuation)
            boundary = "\n" in t.whitespace_
        if text in FINAL or (len(text) > 1 and text[-1] in "!?" and not text[0].isalnum()):
            boundary = True
        elif text.endswith(".") and len(text) > 1:
            # abbreviation or ordinal number: a boundary only before a typical sentence starter
            nxt = _next_word(doc, i)
            if nxt is None:
                boundary = True
            elif ORDINAL.match(text):
                boundary = nxt.text[:1].isupper() and nxt.lower_ in SENT_STARTERS
            elif text in ABBREV_END_OK:
                boundary = nxt.text[:1].isupper() and nxt.lower_ in SENT_STARTERS
            else:
                boundary = False
        if boundary:
            j = i + 1
            # closing quotes and brackets stay with this sentence
            while (
                j < n
                and (doc[j].text in CLOSING or doc[j].text in FINAL)
                and not (doc[j].text in ('"', "'") and doc[j - 1].whitespace_)
            ):
                j += 1
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
                if line_break or not cont:
                    starts[j] = True
            i = j
            continue
        i += 1
    for k, tok in enumerate(doc):
        tok.is_sent_start = starts[k]
    return doc


def _next_word(doc: Doc, i: int):
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j]
    return None
