"""Mentions of several sides: "beide Seiten", "die beiden Länder", "beider Regierungen", "alle
Seiten", "die Konfliktparteien". One place owns the words, for the two stages that read them:

- the actor stage (`resolver.Resolver._sides`) resolves such a mention to the actors named
  before it and puts them on the span (`span._.actors`);
- the actor stage also remembers the story's two sides (`two_sided`): the two actors a
  sentence names as the parties of one act they do with each other ("Iran und die IAEA einigten
  sich", "Russland und die Ukraine tauschten Gefangene aus", "Armenien verhandelte mit
  Aserbaidschan"); a later "beide Seiten" with no pair of its own sentence stands for the latest
  such pair before the nearest actors (who may only comment on the story), and the event coder
  reads the same pair as the parties a mediator mediates between (`doc.user_data[SIDES_KEY]`);
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

# acts two parties do with each other (lemmas): "A und B einigten sich", "A verhandelte mit B"
RECIPROCAL_VERBS = {
    "einigen", "verständigen", "austauschen", "tauschen", "verhandeln", "vereinbaren",
    "unterzeichnen", "paraphieren", "beilegen", "versöhnen", "aussöhnen", "annähern", "beraten",
    "kämpfen", "abschließen", "aushandeln", "zusammentreffen", "zusammenkommen",
}  # fmt: skip
# reciprocal only with "sich": "A und B trafen sich", "lieferten sich Gefechte" (not "trafen
# eine Entscheidung", "liefern Waffen")
RECIPROCAL_WITH_SICH = {"treffen", "liefern"}
# adverbs that make any act one the two do to each other ("warfen sich gegenseitig … vor")
RECIPROCAL_ADVS = {"gegenseitig", "einander", "miteinander"}
# what the actor stage leaves the event coder about each sentence's context: doc.user_data[KEY]
# maps the sentence's first character offset to {"sides": the story's two sides (a pair of
# ActorRefs) or None, "before": the actors of the two sentences before, the latest first}
SIDES_KEY = "lagebild.sides"


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


def two_sided(span: Any, heads: dict[int, Any]) -> list[tuple[Any, Any]]:
    """The pairs of actors the parsed sentence `span` names as the two parties of one act they
    do with each other: two coordinated subjects of a reciprocal verb ("Iran und die IAEA
    einigten sich", "Russland und die Ukraine tauschten Gefangene aus") or of any verb with
    "gegenseitig"/"einander" ("warfen sich gegenseitig Verstöße vor") when the clause names no
    third actor, and a subject with a "mit" partner of a reciprocal verb ("Armenien einigte sich
    mit Aserbaidschan"). `heads` maps a token index (in the span) to the actor whose mention
    has its head there; the pair is that of two different actors."""
    out: list[tuple[Any, Any]] = []
    base = span.start
    for v in span:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(v.children)
        lemma = _lemma(v)
        by_verb = lemma in RECIPROCAL_VERBS or (
            lemma in RECIPROCAL_WITH_SICH and any(k.lower_ == "sich" for k in kids)
        )
        if not by_verb and not any(_lemma(k) in RECIPROCAL_ADVS for k in kids):
            continue
        subj = [k for k in kids if (k.dep_ or "").split(":")[0] == "nsubj"]
        doers = [x for s in subj for x in [s, *s.conjuncts] if x.i - base in heads]
        others = [
            k
            for k in kids
            if (k.dep_ or "").split(":")[0] in ("obj", "iobj", "obl") and k.i - base in heads
        ]
        partners = [k for k in others if any(_lemma(c) == "mit" for c in k.children)]
        if len(doers) == 2 and not others:
            pair = (heads[doers[0].i - base], heads[doers[1].i - base])
        elif len(doers) == 1 and len(partners) == 1 and by_verb:
            pair = (heads[doers[0].i - base], heads[partners[0].i - base])
        else:
            continue
        if pair[0].code != pair[1].code:
            out.append(pair)
    return out


def party_word(t: Any) -> bool:
    """Does the token name the parties of a conflict ("die Konfliktparteien", "beide Seiten",
    "alle Parteien")?"""
    word = _lemma(t)
    if word in PARTY_WORDS or t.lower_ in PARTY_WORDS:
        return True
    return word in ("partei", "parteien") and any(_lemma(k) in PARTY_QUANT for k in t.children)
