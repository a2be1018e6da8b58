"""Mentions of several sides: "beide Seiten", "die beiden Länder", "beider Regierungen", "alle
Seiten", "die Konfliktparteien". One place owns the words, for the two stages that read them:

- the actor stage (`resolver.Resolver._sides`) resolves such a mention to the actors named
  before it and puts them on the span (`span._.actors`);
- the event coder (`coding/roles.py`) reads the ones the actor stage left without an actor
  through the parse: `_both_members` finds the two parties a "beide …" phrase stands for (a
  coordination "A und B", else the only two countries of the sentence; also a bare "beide" as
  subject or object, `bare_both`), `_party_word` the
  addressees of an appeal to the conflict parties, and `_one_party` (coding/coder.py) tells a
  one-sided decision from one by "beide Seiten".
"""

from __future__ import annotations

from typing import Any

# the actor stage, on folded words: the quantifiers and heads of a side mention, with its kind
# (side | war | country: countries only for "Länder/Staaten", no organisations for war parties)
SIDE_QUANT = {"beide", "beiden", "alle", "allen"}
SIDE_HEADS = {
    "seiten": "side", "konfliktparteien": "war", "kriegsparteien": "war", "streitparteien": "war",
    "burgerkriegsparteien": "war", "verhandlungsparteien": "side", "lander": "country",
    "staaten": "country", "nachbarlander": "country", "nachbarstaaten": "country",
}  # fmt: skip

# the coder, on lemmas: "beide"/"beiden"/"beider" (lemma "beide", or "beid" as tagged)
BOTH_LEMMAS = ("beide", "beid")
# nouns that "beide"/"die beiden" turn into the two parties named in the sentence
BOTH_NOUNS = (
    "land",
    "länder",
    "seite",
    "seiten",
    "staat",
    "staaten",
    "nachbarland",
    "nachbarländer",
    "nachbarstaat",
    "nachbarstaaten",
    "regierung",
    "regierungen",
    "delegation",
    "delegationen",
    "partei",
    "parteien",
)
# the addressees of an appeal to the parties of a conflict (rule `conflict-parties`)
PARTY_WORDS = (
    "seite",
    "seiten",
    "konfliktpartei",
    "konfliktparteien",
    "kriegspartei",
    "kriegsparteien",
    "streitpartei",
    "streitparteien",
    "kontrahent",
    "kontrahenten",
)
# "beide Parteien", "alle Parteien": parties of a conflict only with a quantifier
PARTY_QUANT = ("beide", "all", "alle")


def _lemma(t: Any) -> str:
    return (t.lemma_ or t.text).lower()


def quantified_by_both(t: Any) -> bool:
    """Does "beide"/"beiden"/"beider" stand on this token ("beide Länder")?"""
    return any(_lemma(k) in BOTH_LEMMAS for k in t.children)


def both_noun(t: Any) -> bool:
    """Is the token a noun that "beide" turns into two parties ("Länder", "Regierungen")?"""
    if t.pos_ == "NOUN" and _lemma(t) in BOTH_NOUNS:
        return True
    return t.lower_ in BOTH_NOUNS


def bare_both(t: Any) -> bool:
    """Is the token "beide"/"die beiden" standing alone as an argument ("wo beide eine
    Vereinbarung unterzeichneten", "die beiden vereinbarten")? Then it names the two parties
    of the sentence like "beide Seiten" does."""
    if _lemma(t) not in BOTH_LEMMAS and t.lower_ not in ("beide", "beiden"):
        return False
    dep = (t.dep_ or "").lower().split(":")[0]
    return dep in ("nsubj", "obj", "iobj") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX")


def party_word(t: Any) -> bool:
    """Does the token name the parties of a conflict ("die Konfliktparteien", "beide Seiten",
    "alle Parteien")?"""
    word = _lemma(t)
    if word in PARTY_WORDS or t.lower_ in PARTY_WORDS:
        return True
    return word in ("partei", "parteien") and any(_lemma(k) in PARTY_QUANT for k in t.children)
