"""Role rules of the event coder that look beyond the phrase the lexicon names (docs/coding.md,
"Role resolution"): the owner of a target noun that is no actor, the body that votes on a
resolution, subjects shared by coordinated verbs, purpose clauses, coordinated adjectives, joint
events, protests named by their nouns and the party blamed for an attack.

`RoleRules` is a mixin of `EventCoder`; every rule writes its name into the evidence (`src_rule`,
`tgt_rule` or a note), so a user can see which one fired."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from lagebild.coding import syntax as sx

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Actors, Cand, Hit

# prepositions that name where a resolution is put to the vote ("im Sicherheitsrat")
BODY_PREPS = ("in", "vor")


class RoleRules:
    """Mixin: needs `_hits`, `_objects`, `_verb_roles`, `verb_lemma`, `lex` of `EventCoder`."""

    lex: Any

    # ------------------------------------------------------------ owner of a non-actor target
    def _tail_hits(
        self, v: Token, toks: list[Token], roles: set[str], actors: Actors
    ) -> tuple[list[Hit], str]:
        """Rule `owner-tail`: the target noun is no actor and the parser hung the phrase naming
        its owner on the verb ("lehnte den Vorschlag von Präsident X ab", "protestierte gegen die
        Wiederwahl von Präsident X"): the owner is the target. A "von" the verb itself takes
        ("forderte von X") is not an owner."""
        tail = []
        for x in toks:
            for t in sx.np_tail(x):
                if sx.case_of(t) == "von" and "von" in roles:
                    break
                tail.append(t)
        hits, how = self._hits(tail, actors, 1)  # type: ignore[attr-defined]
        return hits, ("owner-tail" if hits else how)

    def _aux_main(self, v: Token) -> Token | None:
        """A lexicon verb the parser read as the auxiliary of another word ("Peking wies die
        Vorwürfe entschieden zurück" with 'entschieden' as the main verb): the word it hangs on,
        whose objects and PPs are the lexicon verb's."""
        if sx.dep(v) in ("aux", "cop") and v.head.i != v.i and v.head.pos_ in ("VERB", "ADJ"):
            return v.head
        return None

    # ------------------------------------------------------------ resolutions and their body
    def _motion_target(self, c: Cand, toks: list[Token], actors: Actors) -> bool:
        """Rule `motion-body`: a resolution or draft with no owner in its phrase belongs to the
        body that votes on it, when the clause names it ("blockierte im Sicherheitsrat eine
        Resolution", "legte im Sicherheitsrat ein Veto gegen den Entwurf ein")."""
        motions = [t for t in toks if self.lex.in_class(t.lemma_ or t.text, "@motion")]
        if not motions:
            return False
        src = {h.token for h in c.sources}
        scope = [c.anchor] + motions + ([c.noun] if c.noun is not None else [])
        for x in scope:
            for t in x.children:
                if sx.case_of(t) not in BODY_PREPS or sx.base_dep(t) not in ("obl", "nmod"):
                    continue
                h = actors.at(t)
                if h is None or h.token in src:
                    continue
                if h.code.startswith("IGO:") or h.sector in ("LEG",):
                    h.how = "motion-body"
                    c.targets, c.tgt_rule = [h], "motion-body"
                    return True
        return False
