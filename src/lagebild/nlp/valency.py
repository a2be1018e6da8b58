"""Verb valency from counts the parser mined over unlabelled news text
(`data/nlp/valency_de.tsv`, built by `scripts/build_valency.py`; only counts, no text).

Each verb lemma has: `n` active clauses it heads, `acc`/`dat` clauses with an object whose word
forms allow only the accusative/dative, `pass` werden-passives, `cl` clauses with a content
clause or zu-infinitive, `haben`/`sein` perfect auxiliaries seen. The questions asked of the
table are deliberately cautious: a verb counts as "never accusative" only after many clauses
without one (about one active clause in eight of a transitive verb shows an unambiguous
accusative form, so 25 clauses without one and no passive is strong evidence)."""

from __future__ import annotations

from functools import cache
from importlib import resources

FIELDS = ("n", "acc", "dat", "pass", "cl", "haben", "sein")

# hand-checked additions where the mined counts are thin: verbs whose only object is a dative
DATIVE_ONLY_EXTRA = frozenset(
    (
        "begegnen",
        "danken",
        "gefallen",
        "gehören",
        "gelingen",
        "misslingen",
        "passieren",
        "geschehen",
        "schaden",
        "nützen",
        "helfen",
        "folgen",
        "gratulieren",
        "vertrauen",
        "widersprechen",
        "zustimmen",
        "zuhören",
        "ähneln",
        "entsprechen",
        "drohen",
        "fehlen",
        "dienen",
        "angehören",
        "gegenüberstehen",
        "schmecken",
        "einfallen",
        "auffallen",
    )
)


@cache
def table() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    path = resources.files("lagebild") / "data" / "nlp" / "valency_de.tsv"
    if not path.is_file():
        return out
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = dict(zip(FIELDS, map(int, parts[1:]), strict=True))
    return out


def counts(lemma: str) -> dict[str, int] | None:
    return table().get(lemma.lower())


@cache
def never_accusative(lemma: str) -> bool:
    """Seen often as an active verb (25 clauses or more), with an unambiguous accusative
    object in at most one clause in fifty (parser or tagger noise) and never in a
    werden-passive ("kommen", "stehen", "liegen", "enden"): an intransitive or dative verb."""
    c = counts(lemma)
    return c is not None and c["n"] >= 25 and c["acc"] * 50 <= c["n"] and c["pass"] == 0


@cache
def dative_only(lemma: str) -> bool:
    """A verb whose object is a dative and never an accusative ("folgen", "gelingen",
    "entsprechen"): mined (at least 3 unambiguous datives, at least one clause in twenty, no
    accusative, no passive) or from the short hand list."""
    low = lemma.lower()
    if low in DATIVE_ONLY_EXTRA:
        return True
    c = counts(low)
    return (
        c is not None
        and c["dat"] >= 3
        and c["dat"] * 20 >= c["n"]
        and c["acc"] == 0
        and c["pass"] == 0
    )


@cache
def sein_perfect(lemma: str) -> bool:
    """The perfect was seen with sein and never with haben, and the verb was never passive
    nor with an accusative ("entstehen", "verschwinden", "gelangen")."""
    c = counts(lemma)
    return c is not None and c["sein"] >= 2 and c["haben"] == 0 and c["pass"] == 0 and c["acc"] == 0
