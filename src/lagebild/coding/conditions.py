"""Entry conditions of the event coder: whether a lexicon entry's conditions hold at its
trigger (a role it needs, a negated predicate, the prepositional phrases it asks for, a naming
complement, the sector of its source) and which one failed (docs/coding.md, docs/lexicon.md).

`ConditionRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import Entry

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Cand


class ConditionRules:
    """Tests of a lexicon entry's conditions at a trigger."""

    def _has_role(self, anchor: Token, role: str, kind: str, noun: Token | None = None) -> bool:
        if role == "passive":
            return kind != "noun" and sx.is_passive(anchor)
        if role == "neg":
            return self._negated_predicate(anchor, noun)
        if role == "inf":  # "untersagte der Regierung, Soldaten … zu entsenden / vorzunehmen"
            return kind != "noun" and any(
                sx.dep(k) in ("xcomp", "ccomp") and sx.zu_form(k) for k in anchor.children
            )
        if role == "future":  # "werde es nicht geben", "darf es nicht geben"
            return kind != "noun" and sx.future_or_modal(anchor)
        if kind == "noun":
            if role in ("gen",):
                return bool(sx.postnominal_genitives(anchor))
            # or a PP the parser hung on the noun's head right after its phrase ("wandte Gewalt
            # gegen Demonstranten an": "gegen" on "wandte")
            return bool(sx.preps(anchor, role) or sx.preps_after(anchor, (role,)))
        if role == "mit" and any(k.lower_ == "miteinander" for k in anchor.children):
            return True  # "sprachen miteinander": the subjects with each other (reciprocal)
        # a pronominal adverb fills a required PP: "machte X dafür verantwortlich"
        return bool(self._role_tokens(anchor, role, True) or sx.preps(anchor, role, True))

    def _negated_predicate(self, anchor: Token, noun: Token | None = None) -> bool:
        """Is the predicate itself negated ("genehmigt keine Waffenexporte", "nicht mehr")?"""
        for k in anchor.children:
            if (k.lemma_ or k.text).lower() in self.negators or k.lower_ in self.negators:
                return True
        # a dative object counts as the accusative does ("werde keinen Gebietsabtretungen zustimmen")
        iobjs = [k for k in anchor.children if sx.dep(k) == "iobj"]
        for o in ([noun] if noun is not None else []) + self._objects(anchor) + iobjs:
            if any(
                sx.dep(d) == "det" and (d.lemma_ or d.text).lower() in self.neg_det | {"kein"}
                for d in o.children
            ):
                return True
        return False

    @staticmethod
    def _is_igo(t: Token) -> bool:
        """Is t inside an actor span of an international organisation ("aus der WHO")?"""
        for sp in t.doc.spans["actors"] if "actors" in t.doc.spans else []:
            ref = getattr(sp._, "actor", None)
            if sp.start <= t.i < sp.end and ref is not None:
                return str(getattr(ref, "code", "")).startswith("IGO:")
        return False

    def _pp_matches(
        self, anchor: Token, prep: str, words: tuple[str, ...], kind: str, noun: Token | None
    ) -> bool:
        """A PP with that preposition (on the predicate, its object or its event noun) whose
        noun, an adjective of it or its genitive ("von der Liste der Terrorunterstützer")
        matches one of the words or @classes."""
        heads = sx.preps(anchor, prep)
        if kind != "noun":
            for o in self._objects(anchor) + ([noun] if noun is not None else []):
                heads += sx.preps(o, prep)
        for h in heads:
            for x in sx.conjuncts(h):
                if "@igo" in words and self._is_igo(x):
                    return True
                mods = [k for k in x.children if sx.dep(k) in ("amod", "advmod")]
                lemmas = [x.lemma_ or x.text, x.text] + [k.lemma_ or k.text for k in mods]
                # a two-word item, an adjective with its adverb ("von einem politisch
                # motivierten Urteil", "als politisch motiviert")
                lemmas += [
                    f"{a.lemma_ or a.text} {k.lemma_ or k.text}"
                    for k in [x, *mods]
                    for a in k.children
                    if sx.dep(a) == "advmod" and a.i == k.i - 1
                ]
                lemmas += [g.lemma_ or g.text for g in sx.postnominal_genitives(x)]
                if any(self.lex.matches_any(lm, words) for lm in lemmas):
                    return True
        loose = self._loose_pp_words(anchor, prep)
        if kind != "noun":
            loose += self._correlate_clause_words(anchor, prep)
        if prep == "als" and kind != "noun":
            loose += self._naming_complement(anchor) + sx.comma_als_words(anchor)
        # the loose words come as lemma and form of each word: two words in a row pair up
        loose += [f"{a} {b}" for a, b in zip(loose, loose[2:], strict=False)]
        return any(self.lex.matches_any(lm, words) for lm in loose)

    QUOTES = frozenset('„“”"‚‘’»«')

    @staticmethod
    def _correlate_clause_words(anchor: Token, prep: str) -> list[str]:
        """A pronominal adverb that announces a zu-infinitive stands for the PP ("hinderte 200
        Migranten daran, die Grenze zu überqueren" for "an der Überquerung der Grenze"): the
        infinitive's verb and its objects are the PP's words."""
        if not any(sx.PRONOMINAL.get(k.lower_) == prep for k in anchor.children):
            return []
        out: list[str] = []
        for k in anchor.children:
            if sx.dep(k) in ("xcomp", "ccomp") and sx.zu_form(k):
                out += [k.lemma_ or k.text, k.text]
                out += [(o.lemma_ or o.text) for o in sx.objects(k)]
        return out

    @classmethod
    def _loose_pp_words(cls, anchor: Token, prep: str) -> list[str]:
        """The words right after a preposition of the predicate's clause that the parser did not
        hang as a PP ("als „unerwünschte Organisation“ eingestuft": "als" on the quote mark;
        "als gesichert rechtsextremistisch eingestuft": "als" on a participle): the preposition
        hangs on the predicate, a child of it, or the word a predicate read as auxiliary hangs
        on; the phrase runs to the next verb or punctuation other than a quote mark."""
        near = {anchor.i} | {k.i for k in anchor.children}
        if sx.dep(anchor) in ("aux", "aux:pass", "cop"):
            near.add(anchor.head.i)
        forms = {prep} | ({"zur", "zum"} if prep == "zu" else set())
        out: list[str] = []
        for t in anchor.sent if hasattr(anchor, "sent") else anchor.doc:
            if t.lower_ not in forms or t.pos_ not in ("ADP", "CCONJ", "SCONJ", "ADV"):
                continue
            if t.head.i not in near and not cls._hangs_near(t, near):
                continue
            for j in range(t.i + 1, min(t.i + 7, len(t.doc))):
                w = t.doc[j]
                if w.i == anchor.i or w.pos_ == "AUX":
                    break
                if w.pos_ == "PUNCT":
                    if w.text in cls.QUOTES:
                        continue
                    break
                if w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm"):
                    break
                out += [w.lemma_ or w.text, w.text]
        return out

    @staticmethod
    def _hangs_near(t: Token, near: set[int]) -> bool:
        """Does a preposition the parser hung on an opening quote mark or a noun reach the
        predicate through them ("was Putin als „unfreundlichen Akt“ bezeichnete": "als" on "„",
        "„" on "Putin")? Up through at most three punctuation or nominal words, never through
        another verb (the preposition then belongs to that verb's clause)."""
        x = t.head
        for _ in range(3):
            if x.i in near:
                return True
            if x.head.i == x.i or x.pos_ not in ("PUNCT", "NOUN", "PROPN", "PRON", "ADJ", "DET"):
                return False
            x = x.head
        return x.i in near

    def _naming_split(self, v: Token) -> tuple[Token, Token] | None:
        """A naming verb's two accusatives, the one named and its name ("nannte den Präsidenten
        einen Drogenboss", "den er einen „Drogenboss“ nannte"); the parser reads the first now
        and then as a dative ("den Präsidenten" as a plural). None unless there are two."""
        if v.pos_ not in ("VERB", "AUX") or self.verb_lemma(v) not in self.naming_verbs:
            return None
        cands = sorted(
            {t.i: t for t in self._objects(v) + sx.indirect_objects(v)}.values(), key=lambda t: t.i
        )
        if len(cands) < 2 or not any(sx.dep(t) in ("obj", "dobj") for t in cands):
            return None
        return cands[0], cands[-1]

    def _naming_complement(self, anchor: Token) -> list[str]:
        """A naming verb's bare complement ("nannte die Sanktionen Washingtons illegal",
        "nannte die Beschlagnahme „Piraterie“"): the words after its object, up to the next verb or
        punctuation other than a quote mark, stand for the "als" phrase."""
        if anchor.pos_ not in ("VERB", "AUX") or self.verb_lemma(anchor) not in self.naming_verbs:
            return []
        if (split := self._naming_split(anchor)) is not None:
            # two accusatives, the later is the name ("den er einen „illegalen Drogenboss“
            # nannte", "nannte den Präsidenten einen illegalen Drogenboss")
            name = split[1]
            return [name.lemma_ or name.text, name.text] + [
                k.lemma_ or k.text for k in name.children if sx.dep(k) in ("amod", "advmod")
            ]
        objs = [o for o in self._objects(anchor) if o.i > anchor.i]
        if not objs:
            return []
        first = min(objs, key=lambda o: o.i)  # a second accusative is the name itself
        out: list[str] = []
        # a lower-case word the tagger hung at the end of the object ("die Sanktionen der EU
        # illegal", "illegal" read as part of the name) is the complement: German nouns and
        # names are capitalised
        j = first.right_edge.i
        while j > first.i and anchor.doc[j].is_lower and anchor.doc[j].is_alpha:
            if anchor.doc[j].pos_ in ("DET", "ADP", "PRON"):
                break
            out.append(anchor.doc[j].lower_)
            j -= 1
        for j in range(first.right_edge.i + 1, len(anchor.doc)):
            w = anchor.doc[j]
            if w.pos_ in ("AUX",) or (w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm")):
                break
            if w.pos_ == "PUNCT":
                if w.text in self.QUOTES:
                    continue
                break
            if w.pos_ in ("CCONJ", "SCONJ") and w.lower_ not in ("und", "oder"):
                break
            out += [w.lemma_ or w.text, w.text]
            if len(out) > 16:
                break
        return out

    def _conditions(
        self, e: Entry, anchor: Token, kind: str, objs: list[str], noun: Token | None = None
    ) -> bool:
        return self._failed_condition(e, anchor, kind, objs, noun) is None

    def _failed_condition(
        self, e: Entry, anchor: Token, kind: str, objs: list[str], noun: Token | None = None
    ) -> str | None:
        """The first of entry e's conditions the trigger fails ("object", "require:auf",
        "pp:als", ...), or None when all hold (the candidate-loss tracer reports the name)."""
        if e.reflexive is True and not sx.has_reflexive(anchor):
            return "reflexive"
        if e.reflexive is False and sx.has_reflexive(anchor):
            return "not_reflexive"
        if e.object and not any(self.lex.matches_any(o, e.object) for o in objs):
            return "object"
        if e.not_object and any(self.lex.matches_any(o, e.not_object) for o in objs):
            return "not_object"
        if e.subject and not (
            kind != "noun"
            and not sx.is_passive(anchor)
            and any(
                self.lex.matches_any(x.lemma_ or x.text, e.subject)
                for s in sx.subjects(anchor)
                for x in sx.conjuncts(s)
            )
        ):
            return "subject"
        if e.in_object:
            phrases = [anchor] if kind == "noun" else self._objects(anchor)
            if kind != "noun":  # "gab 1,5 Milliarden Euro an eingefrorenen Mitteln frei": a PP
                for o in list(phrases):  # hung on the verb right after the object
                    phrases += [
                        k
                        for k in anchor.children
                        if sx.dep(k) in ("obl", "nmod") and k.left_edge.i == o.right_edge.i + 1
                    ]
            # the object phrase without its relative or other clauses ("wies einen Mann aus,
            # der vor der Botschaft randaliert hatte": the embassy is not in the object)
            words = [
                k.lemma_ or k.text
                for o in phrases
                for k in o.subtree
                if k.i != anchor.i and (k.i == o.i or sx.in_clause(o, k))
            ]
            if not any(self.lex.matches_any(w, e.in_object) for w in words):
                return "in_object"
        for r in e.require:
            if not any(self._has_role(anchor, a, kind, noun) for a in r.split("|")):
                return f"require:{r}"
        for r in e.exclude:
            if self._has_role(anchor, r, kind, noun):
                return f"exclude:{r}"
        if e.theme:
            if kind == "noun":
                themes = objs
            elif noun is not None:
                themes = self._theme_lemmas(noun)
            else:
                themes = [t for o in self._objects(anchor) for t in self._theme_lemmas(o)]
            if not any(self.lex.matches_any(t, e.theme) for t in themes):
                return "theme"
        for prep, words in e.pp.items():
            if not self._pp_matches(anchor, prep, words, kind, noun):
                return f"pp:{prep}"
        if e.clause and not any(
            sx.dep(k) in ("xcomp", "ccomp", "advcl") and self.verb_lemma(k) in e.clause
            for k in anchor.children
        ):
            return "clause"
        if e.in_clause:
            clauses = [
                c for c in anchor.children if sx.dep(c) in ("ccomp", "xcomp", "advcl", "parataxis")
            ]
            words = [k.lemma_ or k.text for c in clauses for k in c.subtree]
            if not clauses:
                words = self._comma_clause_words(anchor)
            if not any(self.lex.matches_any(w, e.in_clause) for w in words):
                return "in_clause"
        if e.opponent and not self._names_opponent(anchor, e.opponent, kind):
            return "opponent"
        if e.modifier:
            mods = [
                (k.lemma_ or k.text).lower()
                for k in anchor.children
                if sx.dep(k) in ("advmod", "amod") or k.pos_ in ("ADV",)
            ]
            if not any(self.lex.matches_any(m, e.modifier) for m in mods):
                return "modifier"
        return None

    @staticmethod
    def _comma_clause_words(anchor: Token) -> list[str]:
        """The words of the clause after a comma that closes the predicate's own phrase, when the
        parser hung that clause elsewhere ("warnte Indien, jeder weitere Angriff werde eine
        Antwort nach sich ziehen" with the clause on the subject's apposition; "warnte, jeder
        Versuch …, werde … beantwortet" with it under the subject of the clause): the words
        between the predicate and the comma are its own (objects, particles), the clause runs to
        the sentence's end or a semicolon; a relative clause (a relative pronoun after the
        comma) is no content clause."""
        doc = anchor.doc
        end = anchor.sent.end if hasattr(anchor, "sent") else len(doc)
        own = {k.i for k in anchor.subtree}
        j = anchor.i + 1
        while j < end and doc[j].text != ",":
            if j not in own or doc[j].pos_ in ("VERB", "AUX") or doc[j].text == ";":
                return []
            j += 1
        nxt = doc[j + 1] if j + 1 < end else None
        if nxt is None or nxt.tag_ in ("PRELS", "PRELAT") or "Rel" in nxt.morph.get("PronType"):
            return []
        out: list[str] = []
        for k in doc[j + 1 : end]:
            if k.text == ";":
                break
            out.append(k.lemma_ or k.text)
        return out

    # what a fight's opponent may be besides an actor of the actor stage: people and armed or
    # organised groups ("gegen Wilderer", "gegen die Besatzer", "gegen Kämpfer"), by lexicon class
    OPPONENT_CLASSES = ("@adversary", "@person", "@force", "@suspect", "@party", "@terror_label")

    def _names_opponent(self, anchor: Token, roles: tuple[str, ...], kind: str) -> bool:
        """Rule `no-opponent`: a fight ("Kampf", "kämpfen", "bekämpfen") is fought against
        someone. When the predicate has a phrase in one of the opponent roles, one of them must
        name an actor (a country, force, armed group or named body), a name, or people; against
        a thing or a state of affairs ("der Kampf gegen die Korruption / den Terrorismus / den
        laxen Umgang mit Schusswaffen", "kämpft mit Schwierigkeiten", "bekämpft die Armut") it
        is a policy or a figure of speech, no ASSAULT. With no such phrase the entry's other
        rules decide ("die Kämpfe im Osten")."""
        heads: list[Token] = []
        for role in roles:
            if role == "obj":
                heads += self._objects(anchor) if kind != "noun" else []
            elif kind == "noun":
                heads += sx.np_preps(anchor, role)
                # a PP the parser hung on the noun's head right after the noun's phrase ("das
                # zentrale Mittel im Kampf gegen den IS", "steht im Kampf gegen den Terrorismus")
                heads += sx.preps_after(anchor, (role,))
            else:
                heads += sx.preps(anchor, role)
        if not heads:
            return True
        return any(self._opponent_word(x) for h in heads for x in sx.conjuncts(h))

    def _opponent_word(self, t: Token) -> bool:
        """Does t name an opponent: inside an actor span, a proper name, or a noun of people or
        armed groups (OPPONENT_CLASSES)?"""
        if t.pos_ == "PROPN":
            return True
        for sp in t.doc.spans["actors"] if "actors" in t.doc.spans else []:
            if sp.start <= t.i < sp.end and getattr(sp._, "actor", None) is not None:
                return True
        return self.lex.matches_any(t.lemma_ or t.text, self.OPPONENT_CLASSES) or (
            self.lex.matches_any(t.text, self.OPPONENT_CLASSES)
        )

    def _sector_ok(self, e: Entry, c: Cand) -> bool:
        if not (e.sectors or e.not_sectors):
            return True
        if not c.sources:
            return False
        sec = c.sources[0].sector
        if sec == "-" and "people" in e.sectors + e.not_sectors:
            # a country named by its people ("die Iraner", "Tausende Georgier"), not by its
            # name ("Vietnam protestierte": the state speaking)
            head = c.anchor.doc[c.sources[0].token]
            if head.pos_ != "PROPN":
                sec = "people"
        if e.sectors and sec not in e.sectors:
            return False
        if e.not_sectors and sec in e.not_sectors:
            return False
        return True
