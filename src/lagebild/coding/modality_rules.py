"""Modality rules of the event coder: negation, hypothesis, hedging and reporting read off
the clause around a verb trigger or the phrase around a noun trigger (negated noun phrases,
modal verbs, capability, conditions, content clauses, what another actor said); the pure word
tests they use are in coding/modality.py (docs/coding.md, "Modality").

`ModalityRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.coding import modality
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import Entry, fold
from lagebild.coding.mentions import Cand
from lagebild.coding.multi import reaction_noun
from lagebild.coding.replies import CLAIM_TYPES


class ModalityRules:
    """Rules that set a candidate's modality from the clause or phrase around it."""

    CESSATION_VERBS = ("einstellen", "beenden", "stoppen", "abbrechen")

    # ------------------------------------------------------------------ modality
    @staticmethod
    def _np_negation(k: Token) -> bool:
        """A "nicht" between an article and the adjective of its noun negates the adjective, not
        the clause, also when the parser hung it on the verb ("löste eine nicht angemeldete
        Kundgebung auf", "die nicht genehmigte Demonstration") or the article elsewhere
        ("Teilnehmer einer nicht angemeldeten Demonstration": the adjective right before its
        noun)."""
        doc = k.doc
        if k.lower_ != "nicht" or k.i == 0 or k.i + 2 >= len(doc):
            return False
        before, after = doc[k.i - 1], doc[k.i + 1]
        return (
            before.pos_ == "DET"
            and after.pos_ == "ADJ"
            and after.head.pos_ in ("NOUN", "PROPN")
            and after.head.i > after.i
            and (
                before.head.i == after.head.i
                or before.head.i == k.head.i
                or after.head.i == after.i + 1
            )
        )

    def _verb_modality(self, entry: Entry, v: Token) -> Cand:
        """A probe candidate of the entry at verb v, flagged as v's clause is (hypothetical,
        negated): the modality an act named beside v takes from it."""
        probe = Cand(entry, "verb", v, [v])
        self._clause_modality(v, probe)
        return probe

    def _clause_modality(self, v: Token, c: Cand, depth: int = 0) -> None:
        """Negation, hypothetical and hedge marks of verb v's clause and of the verbs above it."""
        if depth == 0 and (host := self._aux_host(v)) is not None:
            self._clause_modality(host, c, depth + 1)  # "hat … nicht freigelassen"
        if depth == 0 and (host := self._verb_as_aux_host(v)) is not None:
            # rule `verb-as-aux`: "bestritt, dass Drohnen gezielt Ziele angegriffen hätten"
            # with "angegriffen" hung as an auxiliary on "gezielt": the host's clause is v's
            c.notes.append(f"clause of '{host.text}' (verb read as auxiliary)")
            self._clause_modality(host, c)
            return
        if depth == 0 and c.entry.type in self.CONDITIONAL_TYPES and self._conditional(v):
            # "erklärte sich zu einer Waffenruhe bereit, sofern …"
            c.flag("hypothetical", "hypothetical: conditional clause")
        kids = list(v.children)
        auxes = [k for k in kids if sx.dep(k).startswith("aux") or sx.dep(k) == "cop"]
        lem = lambda t: (t.lemma_ or t.text).lower()  # noqa: E731
        for k in kids:
            if (lem(k) in self.negators or k.lower_ in self.negators) and not self._np_negation(k):
                c.flag("negated", f"negated: {k.text}")
            if sx.dep(k) in ("advmod", "obl", "obl:tmod", "nmod") and lem(k) in self.hedges:
                c.flag("hedged", f"hedge: {k.text}")
            if sx.dep(k) == "mark" and lem(k) in self.cond:
                c.flag("hypothetical", f"hypothetical: conditional '{k.text}'")
        # (an "obj … weder X noch Y" the parser split into iobj and obj counts too)
        iobjs = [k for k in kids if sx.dep(k) == "iobj"]
        subjs = sx.subjects(v)
        for o in self._objects(v) + subjs + iobjs:
            if any(lem(d) in ("weder",) or d.lower_ == "weder" for d in o.subtree):
                # "weder Waffen noch Bomben sichergestellt"
                c.flag("negated", "negated: weder ... noch")
            if any(lem(d) in self.neg_det for d in o.children if sx.dep(d) == "det"):
                # a "kein" subject of a light verb negates its act too: "kein Abgeordneter
                # hat den Rücktritt … gefordert" (no one did it)
                light_doer = c.kind == "light" and o in subjs
                if c.noun is None or o.i == c.noun.i or c.kind == "verb" or light_doer:
                    c.flag("negated", f"negated: kein ({o.text})")
        perfect_inf = modality.perfect_infinitive(v, auxes)
        # "Wie das Ministerium mitteilte, hätten russische Truppen … angegriffen": the
        # Konjunktiv II of reported speech (coding/modality.py), not a hypothetical
        ersatz = modality.ersatz_perfect(
            v,
            auxes,
            self.verb_lemma,
            self.reporting | self.fact_gov,
            self.modals,
            self.cond,
            self.claim_nouns,
            attribution=bool(self._attribution(v.sent)),
        )
        if ersatz:
            c.notes.append(f"reported: Ersatzkonjunktiv ({ersatz})")
        for a in auxes + ([v] if v.pos_ == "AUX" else []):
            la = lem(a)
            if la in self.modals and not sx.dep(a).endswith("pass"):
                if la == "werden":
                    if sx.morph(v, "VerbForm") == "Part" and not perfect_inf:
                        continue  # passive, not future
                    if sx.morph(a, "Mood") == "Sub" and sx.morph(a, "Tense") != "Past":
                        pass
                if la in ("sollen", "wollen") and perfect_inf:
                    c.flag("hedged", f"hedge: {a.text} ... haben (claimed)")
                    continue
                if modality.actualised_modal(a, auxes):
                    c.notes.append(f"happened: {a.text} (past of '{la}')")
                    continue
                c.flag("hypothetical", f"hypothetical: modal {a.text}")
            elif a.lower_ in self.k2 and not ersatz:
                c.flag("hypothetical", f"hypothetical: Konjunktiv II {a.text}")
        if v.lower_ in self.k2:  # by form: weak past tense and Konjunktiv II look alike
            c.flag("hypothetical", f"hypothetical: Konjunktiv II {v.text}")
        for k in kids:  # "im kommenden Jahr", "morgen"
            if (
                lem(k) in self.future
                and sx.morph(v, "Tense") != "Past"
                # the adverb "morgen", not the noun "am Morgen" / "heute Morgen"
                and not (k.text[:1].isupper() and k.i > k.sent.start)
                and not any(sx.dep(x) in ("case", "det") for x in k.children)
                # a perfect ("hat … abgefeuert") reports what happened
                and not (
                    sx.morph(v, "VerbForm") == "Part"
                    and any(lem(a) in ("haben", "sein") for a in auxes)
                )
            ):
                c.flag("hypothetical", f"hypothetical: future '{k.text}'")
            if (
                sx.base_dep(k) in ("obl", "nmod")
                and any(sx.dep(a) == "amod" and lem(a) in self.future_adj for a in k.children)
                and not any(sx.morph(x, "Tense") == "Past" for x in [v] + auxes)
            ):
                c.flag("hypothetical", f"hypothetical: future '{k.text}'")
        # the verb above: "bestreitet, ... eingesetzt zu haben", "drohte, ... anzugreifen"
        d = sx.dep(v)
        if depth > 4 or v.head.i == v.i:
            return
        gov = v.head
        if d == "conj" and gov.pos_ in ("VERB", "AUX"):
            if sx.morph(v, "VerbForm") in ("Inf", "Part") and not auxes:
                self._clause_modality(gov, c, depth + 1)
            return
        if (marked := modality.clause_mark_modality(v)) is not None:
            # "um … anzugreifen", "damit", "bevor … abzieht" (hypothetical), "ohne … zu" (negated)
            c.flag(marked[0], f"{marked[0]}: {marked[1]}")
            if d == "advcl":
                return
        if d == "ccomp" and (none := self._no_evidence(gov)) is not None:
            # "man habe keine Hinweise darauf, dass Russland … verlegt habe"
            c.flag("negated", f"negated: '{none.text}' of a content clause")
        if d in ("xcomp", "ccomp", "csubj") or (d == "advcl" and sx.is_zu_infinitive(v)):
            gl = self.verb_lemma(gov)
            if gl in self.decision_verbs and self._one_party(gov):
                c.notes.append(f"decided: under '{gl}'")  # "beschloss, ... zu überweisen"
            elif gl in self.neg_gov:
                c.flag("negated", f"negated: under '{gl}'")
            elif self.ready(gov):
                self._offered(gov, c)
            elif gl in self.hyp_gov:
                c.flag("hypothetical", f"hypothetical: under '{gl}'")
            elif gl in self.fact_gov or gl in self.reporting:
                pass
            elif sx.is_zu_infinitive(v) and d == "xcomp":
                c.flag("hypothetical", f"hypothetical: infinitive under '{gl}'")
            probe = Cand(c.entry, c.kind, gov, [])
            self._clause_modality(gov, probe, depth + 1)
            if probe.hypothetical:
                c.flag("hypothetical", f"hypothetical: governing clause '{gl}'")
        elif d in ("acl", "acl:relcl") and gov.pos_ in ("NOUN", "PROPN"):
            self._content_clause_modality(v, gov, c)
        elif d in ("parataxis", "advcl") and gov.pos_ in ("VERB", "AUX"):
            # a content clause moved behind the verb ("wies Berichte zurück, wonach ..."): it
            # belongs to the verb's claim-noun object
            for o in self._objects(gov):
                if self._content_clause_modality(v, o, c):
                    break

    # negating governors that stop what was going on: its subject in the passive happened
    HALTING_VERBS = frozenset({"abbrechen", "aussetzen", "einstellen", "unterbrechen"})

    def _verb_as_aux_host(self, v: Token) -> Token | None:
        """Rule `verb-as-aux`: a lexical verb the parser hung as an auxiliary on another word of
        its clause (an adverbial participle "gezielt", a second verb "weder … verhandelt noch …
        zugestimmt"): that word, whose children carry the clause's auxiliaries, negation,
        conjunction and relation to the verb above; None when v is no such verb. The roles take
        the host's subject the same way (verb_roles.py `repair:aux-as-verb`)."""
        if v.pos_ != "VERB" or not sx.dep(v).startswith("aux") or v.head.i == v.i:
            return None
        h = v.head
        lv = (v.lemma_ or v.text).lower()
        if lv in self.modals or lv in ("haben", "sein", "werden", "lassen"):
            return None
        if h.pos_ not in ("VERB", "AUX") or sx.dep(h).startswith("aux"):
            return None
        return h

    def _no_evidence(self, gov: Token) -> Token | None:
        """Rule `no-evidence`: the object of gov that denies gov's content clause: a noun of
        evidence or claim under a negative determiner ("keine Hinweise", "keinerlei Belege")."""
        for o in self._objects(gov):
            ol = fold(o.lemma_ or o.text)
            if not any(ol == fold(w) or ol.endswith(fold(w)) for w in self.evidence_nouns):
                continue
            if any(
                sx.dep(d) == "det"
                and (d.lemma_ or d.text).lower() in self.neg_det | {"kein", "keinerlei"}
                for d in o.children
            ):
                return o
        return None

    @staticmethod
    def _perfect_clause(v: Token) -> bool:
        """Is v's clause a perfect: a participle with "haben"/"sein" ("beschossen zu haben",
        "habe … gebracht", "eingedrungen zu sein")?"""
        if sx.morph(v, "VerbForm") != "Part":
            return False
        return any(
            sx.dep(k).startswith("aux")
            and not sx.dep(k).endswith("pass")
            and (k.lemma_ or "").lower() in ("haben", "sein")
            for k in v.children
        )

    def _capability(self, v: Token) -> bool:
        """Is v the infinitive of a capability ("in der Lage/imstande/fähig, ... zu führen",
        "die Fähigkeit, ... zu")?"""
        if not sx.is_zu_infinitive(v) or v.head.i == v.i:
            return False
        g = v.head
        words = [g] + [k for k in g.children if k.i != v.i and sx.dep(k) != "punct"]
        return any(
            fold(k.lemma_ or k.text) in self.capability or k.lower_ in self.capability
            for k in words
        )

    def _content_clause_modality(self, v: Token, noun: Token, c: Cand) -> bool:
        """A content clause on a noun ("Berichte, wonach ...", "ein Abkommen, wonach ...",
        "der Vorwurf, dass ..."): under a plan or agreement noun it is hypothetical; under a
        report or claim it takes the modality of the verb governing that noun ("wies Berichte
        zurück, wonach ..." is negated). A relative clause that only describes the noun ("die
        Einigung, die beide erzielten") changes nothing."""
        marks = [
            k
            for k in v.subtree
            if k.i < v.i and (k.lower_ in self.content_marks or (k.lemma_ or "") == "zufolge")
        ]
        nl = fold(noun.lemma_ or noun.text)
        ends = lambda ws: any(nl == fold(w) or nl.endswith(fold(w)) for w in ws)  # noqa: E731
        if not marks:
            # a claim reported in the subjunctive after its noun, with no "wonach"/"dass"
            # ("wies die Darstellung zurück, die Armee habe Zivilisten angegriffen")
            verbs = [v] + [k for k in v.children if sx.dep(k).startswith("aux")]
            reported = any(sx.morph(x, "Mood") == "Sub" for x in verbs)
            if not (reported and v.left_edge.i > noun.i and ends(self.claim_nouns)):
                return False
        if ends(self.claim_nouns):
            g = sx.governing_verb(noun)
            gl = self.verb_lemma(g) if g is not None else ""
            if gl in self.neg_gov:
                c.flag("negated", f"negated: content of '{noun.text}' under '{gl}'")
            elif gl in self.hyp_gov:
                c.flag("hypothetical", f"hypothetical: content of '{noun.text}' under '{gl}'")
            return True
        if ends(self.neg_nouns):
            c.flag("negated", f"negated: content of '{noun.text}'")
            return True
        if ends(self.evidence_nouns) and any(
            sx.dep(d) == "det"
            and (d.lemma_ or d.text).lower() in self.neg_det | {"kein", "keinerlei"}
            for d in noun.children
        ):
            # "es gibt keine Hinweise, dass …" (rule `no-evidence`)
            c.flag("negated", f"negated: content of '{noun.text}'")
            return True
        if ends(self.hyp_nouns):
            c.flag("hypothetical", f"hypothetical: content of '{noun.text}'")
            return True
        return False

    # commitments a condition makes hypothetical (a threat or demand is conditional by nature)
    CONDITIONAL_TYPES = ("AGREE", "CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT")

    def _conditional(self, v: Token) -> bool:
        """Does a condition hang on v: a clause with "sofern"/"falls"/"wenn" (present tense:
        a past "wenn" is "whenever"), or "unter der Bedingung/Voraussetzung, dass"?"""
        clauses = [k for k in v.children if sx.dep(k) == "advcl"] + [
            a  # "erklärte sich bereit, … freizulassen, falls …": on the offered event
            for x in v.children
            if sx.dep(x) in ("xcomp", "ccomp")
            for a in x.children
            if sx.dep(a) == "advcl"
        ]
        for k in clauses:
            for m in k.children:
                lm = (m.lemma_ or m.text).lower()
                if sx.dep(m) == "mark" and lm in ("sofern", "falls", "soweit"):
                    return True
                if sx.dep(m) == "mark" and lm == "wenn" and sx.morph(k, "Tense") != "Past":
                    return True
        for k in v.children:
            if sx.case_of(k) == "unter" and (k.lemma_ or "").lower() in (
                "bedingung",
                "voraussetzung",
                "vorbehalt",
            ):
                return True
        return False

    # an event noun in these PPs is presupposed to have happened ("nach dem Angriff", "unter
    # Vermittlung Katars", "angesichts der Angriffe")
    PRESUPPOSING_PREPS = (
        "für",
        "wegen",
        "nach",
        "seit",
        "trotz",
        "bei",
        "während",
        "per",
        "unter",
        "dank",
        "infolge",
        "aufgrund",
        "angesichts",
    )

    def _noun_modality(self, n: Token, c: Cand) -> None:
        lem = lambda t: (t.lemma_ or t.text).lower()  # noqa: E731
        for k in n.children:
            if sx.dep(k) == "det" and lem(k) in self.neg_det | {"kein"}:
                c.flag("negated", f"negated: {k.text}")
            if sx.dep(k) in ("amod", "advmod"):
                hyp = lem(k) in self.hyp_adj or k.lower_.rstrip("ner") in self.hyp_adj
                # the adjective an entry is about is no modality ("die angedrohten Zölle":
                # threaten.angedrohte_massnahme, the threat happened)
                if hyp and lem(k) not in c.entry.in_object:
                    c.flag("hypothetical", f"hypothetical: '{k.text}'")
                if lem(k) in self.hedges or k.lower_ in self.hedges:
                    c.flag("hedged", f"hedge: {k.text}")
        if not c.hypothetical and any(
            sx.dep(k) == "amod" and lem(k) in self.future_adj and lem(k) != "folgend"
            for k in n.children
        ):
            # "der nächste Streik", "die kommenden Proteste": ahead, unless told in the past
            # ("nach dem nächsten Angriff brannten …": the next one of a series)
            v = n
            for _ in range(4):
                if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                    break
                v = v.head
            verbs = [v, *(a for a in v.children if sx.dep(a).startswith("aux"))]
            if v.pos_ not in ("VERB", "AUX") or not any(
                sx.morph(x, "Tense") == "Past" or sx.morph(x, "VerbForm") == "Part" for x in verbs
            ):
                c.flag("hypothetical", "hypothetical: ahead ('nächste'/'kommende')")
        if sx.case_of(n) == "ohne":
            c.flag("negated", "negated: ohne")
        if not (c.negated or c.hypothetical) and any(
            sx.dep(k) == "amod" and k.lower_.startswith(self.past_adj) for k in n.children
        ):  # rule `past-adjective`: "zum jüngsten Raketentest Nordkoreas" happened
            c.notes.append("presupposed: past adjective")
            return
        x = n
        for _ in range(5):
            h = x.head
            if h.i == x.i:
                return
            if (owner := modality.plan_owner(x, h, self.hyp_nouns, self._objects)) is not None:
                # "Pläne für einen Angriff", "Vorwand für einen Einmarsch", "Forderung nach
                # Sanktionen" (coding/modality.py): the content of a plan, not a presupposition
                c.flag("hypothetical", f"hypothetical: under '{owner.text}'")
                return
            if sx.case_of(x) in self.PRESUPPOSING_PREPS or (x.i == n.i and reaction_noun(n)):
                return  # presupposed: "Vergeltung für den Angriff", "nach dem Angriff", "als
                # Reaktion auf die Sanktionen"
            if (
                sx.case_of(x) == "auf"
                and x.i == n.i
                and not any(sx.dep(k) == "det" for k in n.children)
                and (sx.postnominal_genitives(n) or sx.np_preps(n, "von"))
            ):
                return  # the cause of the clause: "auf Drängen der USA", "auf Bitten Kiews"
            if (
                sx.case_of(x) in ("mit", "mittels")
                and c.entry.type == "REJECT"
                and (ge := self._governing_entry(h)) is not None
                and ge.type == "REJECT"
            ):
                return  # the means of a rejection: "stoppte mit seinem Veto eine Resolution"
            if sx.dep(x) == "conj":
                x = h
                continue
            if h.pos_ in ("NOUN", "PROPN"):
                hl = lem(h)
                if modality.case_noun_hypothetical(h):
                    # "für den Fall eines Angriffs", "im Falle"
                    c.flag("hypothetical", f"hypothetical: under '{sx.case_of(h)} {h.text}'")
                    return
                if any(hl == w or hl.endswith(w) for w in self.neg_nouns):
                    c.flag("negated", f"negated: under '{h.text}'")
                    return
                if any(hl == w or hl.endswith(w) for w in self.hyp_nouns):
                    c.flag("hypothetical", f"hypothetical: under '{h.text}'")
                    return
                x = h
                continue
            if h.pos_ in ("VERB", "AUX", "ADJ"):
                gl = self.verb_lemma(h)
                role = sx.dep(x)
                if (mark := modality.open_clause_mark(h, self.cond)) is not None:
                    # rule `open-clause`: "Ob es zu einem Treffen kommt, ist offen", "falls es
                    # zu Gesprächen kommt": an act named in a question or condition
                    c.flag("hypothetical", f"hypothetical: in a clause with '{mark}'")
                    return
                if x.i == n.i and modality.instrument(x) and h.pos_ != "ADJ":
                    # "Mit Warnstreiks will Verdi den Druck erhöhen": the means of an act takes
                    # that act's modality (coding/modality.py)
                    probe = self._verb_modality(c.entry, h)
                    if probe.hypothetical or probe.negated:
                        c.hypothetical = c.hypothetical or probe.hypothetical
                        c.negated = c.negated or probe.negated
                        c.notes.append(
                            f"{'negated' if probe.negated else 'hypothetical'}: "
                            f"the means of '{h.text}'"
                        )
                        return
                if (
                    x.i == n.i
                    and sx.case_of(x) == "mit"
                    and gl == "tun"
                    and any(lem(k) in self.negators or lem(k) == "nichts" for k in h.children)
                ):  # "Russland habe mit den Anschlägen nichts zu tun": its part is denied
                    c.flag("negated", "negated: 'nichts … zu tun'")
                    return
                if x.i == n.i and sx.case_of(x) in ("über", "zu"):
                    # "unterzeichneten eine Vereinbarung über die Lieferung ...": the PP of the
                    # agreement noun that the parser hung on the verb; also of a talks noun in
                    # a PP of its own ("empfing den Minister zu Gesprächen über die Stationierung
                    # weiterer Truppen": the topic of talks, not an act that happened)
                    obls = [
                        k
                        for k in h.children
                        if sx.base_dep(k) == "obl"
                        and k.pos_ == "NOUN"
                        and k.i < x.i
                        and sx.case_of(k) in ("zu", "für", "bei", "in")  # not "wegen der
                        # Vorbereitung eines Umsturzes zu … Haftstrafen"
                    ]
                    for o in self._objects(h) + obls:
                        ol = fold(o.lemma_ or o.text)
                        if o.right_edge.i + 1 == x.left_edge.i and any(
                            ol == fold(w) or ol.endswith(fold(w)) for w in self.hyp_nouns
                        ):
                            c.flag("hypothetical", f"hypothetical: under '{o.text}'")
                            return
                if x.i == n.i and c.src_rule.startswith("talks-trip"):
                    # talks one travels to are as real as the trip: "Ob Nordkoreas Machthaber
                    # zu Gesprächen nach Moskau reisen wird, ist offen" (hypothetical)
                    self._clause_modality(h, c)
                    return
                if (
                    x.i == n.i
                    and c.entry.type == "CONSULT"
                    and sx.case_of(x) in ("in", "bei", "während")
                    and sx.base_dep(x) == "obl"
                    and sx.dep(h) not in ("xcomp", "acl")
                    and not any(sx.dep(k) == "mark" and lem(k) == "zu" for k in h.children)
                ):
                    # rule `meeting-occasion`: "vereinbarten in einem Telefonat, …", "versprach
                    # ihr bei einem Treffen …": the talks at which something was agreed or
                    # promised took place; only the clause's own modality counts ("will bei
                    # einem Treffen zusagen"), not what is promised
                    self._clause_modality(h, c)
                    return
                if role in ("nsubj", "nsubj:pass") and x.i == n.i and gl not in self.support_verbs:
                    self._clause_modality(h, c)
                    if (
                        role == "nsubj:pass"
                        and gl in self.neg_gov
                        and gl not in self.HALTING_VERBS
                        and c.entry.type not in CLAIM_TYPES
                    ):
                        # the passive of a negating governor, as its active with the act as
                        # object: "Das Treffen … wurde kurzfristig abgesagt" (negated); talks
                        # halted were held ("wurden ausgesetzt": rule `agentless-halt`)
                        c.flag("negated", f"negated: subject of passive '{gl}'")
                    return
                if x.i == n.i and role == "nsubj":
                    # the act as the active subject of a support verb ("eine Offensive würde zu
                    # Opfern führen"): that clause's modality when it has one; else on as for an
                    # object (a relative clause's object parsed as its subject: "…, die
                    # Anschläge geplant haben sollen")
                    probe = self._verb_modality(c.entry, h)
                    if probe.hypothetical or probe.negated:
                        c.hypothetical = c.hypothetical or probe.hypothetical
                        c.negated = c.negated or probe.negated
                        c.notes.extend(probe.notes)
                        return
                if x.i == n.i and role in ("obj", "iobj") and self._capability(h):
                    # "wäre in der Lage, eine Invasion Taiwans zu führen": a capability
                    c.flag("hypothetical", f"hypothetical: capability ('{h.head.text}')")
                    return
                if (
                    x.i == n.i
                    and c.entry.type == "ASSAULT"
                    and not c.entry.symmetric  # "die Kämpfe einstellen": parties unnamed
                    and gl in self.CESSATION_VERBS
                ):
                    # the fighting to be stopped is going on ("forderte Russland auf, seine
                    # Angriffe einzustellen", "angewiesen, seine Offensive zu beenden")
                    c.notes.append(f"ongoing: the object of '{gl}'")
                    if any(sx.dep(k) == "mark" and lem(k) in self.cond for k in h.children):
                        # "falls Russland seine Angriffe einstellt"
                        c.flag("hypothetical", "hypothetical: conditional clause")
                    return
                if gl in self.neg_gov and x.i == n.i and c.src_rule.startswith("support"):
                    c.flag("negated", f"negated: under '{gl}'")
                    return
                if (
                    x.i == n.i
                    and (gl in self.support_verbs or gl in self.decision_verbs)
                    and c.src_rule.startswith("support")
                ):
                    self._clause_modality(h, c)
                    if gl in self.hyp_support:
                        c.flag("hypothetical", f"hypothetical: '{gl}'")
                    return
                if (
                    gl in self.neg_gov
                    or ((e := self._governing_entry(h)) and e.governs == "negate")
                ) and self._said_by_other(c):
                    c.notes.append(
                        f"happened: {c.entry.type} by its own source, rejected by '{gl}'"
                    )
                elif gl in self.neg_gov:
                    c.flag("negated", f"negated: under '{gl}'")
                elif self.ready(h):
                    self._offered(h, c)
                elif gl in self.hyp_gov or gl in self.hyp_support:
                    c.flag("hypothetical", f"hypothetical: under '{gl}'")
                elif (e := self._governing_entry(h)) and e.governs == "negate":
                    c.flag("negated", f"negated: under '{gl}'")
                elif e and e.governs == "hypothetical":
                    c.flag("hypothetical", f"hypothetical: under '{gl}'")
                return
            return

    # a rejected or denied accusation, threat or demand was still made ("wies die Vorwürfe
    # Russlands zurück", "die Drohung Trumps mit Zöllen zurückgewiesen"), unlike a rejected
    # sanction or delivery, which did not happen (CONVENTIONS: "lehnte die Lieferung … ab")
    def _said_by_other(self, c: Cand) -> bool:
        return c.entry.type in CLAIM_TYPES and bool(c.sources) and c.src_rule.startswith("noun:")

    def _offered(self, v: Token, c: Cand) -> None:
        """Rule readiness: the act offered under a verb of readiness v is hypothetical; when the
        readiness is denied ("sei nicht zu Gesprächen bereit") the act is negated."""
        probe = self._verb_modality(c.entry, v)
        if probe.negated:
            c.flag("negated", f"negated: not ready ('{v.text}')")
        else:
            c.flag("hypothetical", f"hypothetical: offered ('{v.text}')")

    def _governing_entry(self, v: Token) -> Entry | None:
        ents = self.lex.by_verb.get(self.verb_lemma(v), [])
        return ents[0] if ents else None
