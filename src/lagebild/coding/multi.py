"""Rules of the event coder for sentences that report more than one event (docs/coding.md,
"Several events in one sentence"):

- `was-clause`: a sentential relative clause opened by "was" after a comma comments on the
  clause before it ("Die Ukraine griff … an, was der Kreml als Terrorakt verurteilte", "…, was
  Pjöngjang bislang bestreitet", "…, was die Regierung als historischen Schritt begrüßte").
  The attitude (ACCUSE, SUPPORT, REJECT) is the relative clause's subject's, and its target is
  the one who did what the clause before reports: the source of that clause's event, else its
  subject. The parser often reads "was" as the subject (it is nominative or accusative) and the
  real subject as an object; the NP that is not "was" is then the source.
- `custody-holder`: a release told in the passive without its agent ("Nach drei Jahren in
  iranischer Haft sind zwei Französinnen freigelassen worden") was done by the holder named by
  the custody noun of its clause (its country adjective or genitive).
- `clash-party`: people killed or wounded in the passive "bei Zusammenstößen mit der Polizei"
  were hit by the police or army named as the other side of the clash.
- `participle`: an attributive participle of an event verb with its agent in a "von"/"durch"
  phrase ("die von der EU verhängten Zusatzzölle", "ein von Piraten gekapertes Schiff", "die von
  Russland besetzten Gebiete") is that verb's event, presupposed as done: the agent is the
  source, the noun it describes the object (or, for a light verb, the event noun itself).
  "das Land", "der Staat" as that object stand for the last other country named before them;
  an attack on things has the country of their place as its target.
- `fight-parties`: a fight named in a PP of time or cause without its parties ("Thailand und
  Kambodscha haben sich nach erneuten Schusswechseln an ihrer Grenze … geeinigt", "…, nachdem
  bei tagelangen Gefechten mehr als 30 Menschen getötet worden waren") was fought between the
  two or more actors that are the subject of its clause (or of the clause it depends on).
- `frame-doer`: a one-sided attack or deployment named without its doer in a PP of time of
  a clause whose verb continues it ("Die israelische Armee zog sich nach einer einwöchigen
  Offensive aus Dschenin zurück": withdrawing after it; "bestritt, bei dem Angriff auf Sumy ein
  Wohnhaus getroffen zu haben": hitting in it) was the clause subject's. Only a retreat after
  ("nach") and a hit in it ("bei", "während"): who reacts to an attack ("Nach dem Angriff auf
  die Synagoge nahm die Polizei drei Verdächtige fest", "verurteilte") is not its doer, nor is
  the side it hit ("auf ihre Stellungen", a target of the subject's country).
- `nameless-protest`: protests named in a PP of time or cause with no protesters and no one
  protested against ("Nach wochenlangen Massenprotesten gegen Korruption ist Perus
  Ministerpräsident zurückgetreten") were the citizens' protests against the government that
  is the clause's subject (PER/CVL → PER/GOV), as the lead's sets code them. With the police
  or troops as the subject ("Bei Protesten … nahm die Polizei 40 Menschen fest") the protesters
  are the citizens of the forces' country (the target is left to the other rules).
- `mediated-talks`: "Verhandlungen unter Vermittlung Katars" — a mediation noun hung on another
  noun mediates between the subjects of the clause that noun belongs to.
- `reaction-cause`: an event named in "als Reaktion auf …", "als Antwort auf …", "als
  Vergeltung für …" with a doer and no target was done to the one who reacts, the subject of
  the clause ("Als Reaktion auf die Sanktionen der EU verbot Belarus …" → EU → Belarus).

- `intercepted-attack`: drones or missiles of a named side that another shot down or
  intercepted ("Die russische Luftabwehr schoss in der Nacht 40 ukrainische Drohnen ab", "über
  der Region Kursk wurden 30 ukrainische Drohnen abgefangen") were that side's attack on the
  shooter's country (in an agentless passive, the place it happened over): an ASSAULT of the
  projectiles' country (its forces) on it, beside the
  shooting down itself. Not when the sentence already tells that attack ("…, die der Iran auf
  Israel abgefeuert hatte").

`MultiRules` is a mixin of `EventCoder`; each rule writes its name into `src_rule`/`tgt_rule`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lagebild.actors.sides import both_noun, quantified_by_both
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Actors, Cand

# attitudes whose object is the content of a "was"-clause's antecedent clause
WAS_TYPES = ("ACCUSE", "SUPPORT", "REJECT")
# clause links the parser uses for a "was"-clause and for the clauses above it
WAS_LINKS = ("parataxis", "acl:relcl", "acl", "advcl", "ccomp", "conj", "relcl")
CLIMB_LINKS = ("xcomp", "ccomp", "advcl", "parataxis", "conj")


# verbs of shooting down or intercepting projectiles (rule `intercepted-attack`)
INTERCEPT_VERBS = ("abschießen", "abfangen")


# prepositions of the agent of an attributive participle ("die von Russland besetzten Gebiete")
PARTICIPLE_AGENT = ("von", "durch")
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
# a noun that stands for a country named before it ("das von Russland angegriffene Land")
COUNTRY_NOUNS = ("land", "staat", "nachbarland", "nachbarstaat")
# "als Reaktion auf X", "als Antwort auf X", "als Vergeltung für X": X was done to the one reacting
REACTION_NOUNS = ("reaktion", "antwort", "vergeltung", "gegenreaktion", "vergeltungsmaßnahme")
REACTION_PREPS = ("auf", "für")
# verbs whose "auf" phrase names what they answer ("reagierte mit X auf die Schließung")
REACTION_VERBS = ("reagieren", "antworten")
# a fight named in these PPs without its parties was fought by the parties the clause names
FRAME_PREPS = ("nach", "bei", "während", "trotz", "seit", "infolge", "wegen", "angesichts")
# `frame-doer`: the event types and, by preposition, the type of the clause verb that continues
# the act (a retreat after it, a hit in it); subjects of these sectors do no attack or deployment
FRAME_DOER_TYPES = ("ASSAULT", "MOBILIZE")
FRAME_DOER_VERBS = {"nach": "RETREAT", "bei": "ASSAULT", "während": "ASSAULT"}
FRAME_DOER_NOT_SECTORS = ("CVL", "MED", "REF", "LAB", "BUS", "JUD", "LEG")
# state forces that act at a protest (police, troops): not its protesters (`nameless-protest`)
FORCE_SECTORS = ("COP", "MIL")
BORDER_NOUNS = ("grenze", "grenzgebiet", "grenzregion", "kontrolllinie", "waffenstillstandslinie")
# verbal acts (and mediation) told by a participle are stances or relations, not acts
PARTICIPLE_NOT_TYPES = ("SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT")


# a counterpart named by where they come from ("mit seinen Kollegen aus Frankreich, Großbritannien
# und Deutschland"): one actor per country, the government's (rule `colleague-origin`)
COLLEAGUE_NOUNS = (
    "kollege",
    "kollegin",
    "kollegen",
    "kolleginnen",
    "amtskollege",
    "amtskollegin",
    "amtskollegen",
    "amtskolleginnen",
    "amtsbruder",
    "gegenüber",
)
# rule `joint-action`: "gemeinsam" on an activity done by two or more parties is COOPERATE
JOINT_WORDS = ("gemeinsam",)
# heads of activity nouns a joint one is material cooperation of ("eine gemeinsame Operation", "das
# gemeinsame Seemanöver", "der Aufbau eines gemeinsamen Ausbildungszentrums"); not a joint
# statement, position, border or interest
JOINT_NOUN_ENDS = (
    "operation", "einsatz", "übung", "manöver", "patrouille", "streife", "streifen",
    "produktion", "fertigung", "entwicklung", "ausbildung", "zentrum", "kontingent", "truppe",
    "mission", "projekt", "programm", "ermittlung", "ermittlungen", "aktion", "offensive",
    "razzia", "forschung", "kommando", "stützpunkt", "verband", "brigade", "überwachung",
    "kontrolle", "kontrollen", "suche", "training", "einsätze", "operationen", "übungen",
    "winterkampf", "bau", "aufbau", "vorhaben",
)  # fmt: skip
# verbs an adverbial "gemeinsam" makes joint work without an event of their own ("nahmen
# gemeinsam mit russischen Truppen an Kämpfen teil", "übten gemeinsam", "wollen gemeinsam gegen
# … vorgehen"); others ("traten gemeinsam vor die Presse") need an activity noun as object
JOINT_VERBS = (
    "teilnehmen", "üben", "trainieren", "ermitteln", "operieren", "vorgehen", "patrouillieren",
    "produzieren", "herstellen", "entwickeln", "bauen", "fertigen", "forschen", "ausbilden",
    "kämpfen", "aufbauen", "betreiben", "überwachen", "durchführen", "abhalten",
    # drills: what they rehearse is the exercise's theme ("probten gemeinsam die Verteidigung …")
    "proben", "erproben", "simulieren", "exerzieren",
)  # fmt: skip
_JOINT_VERBS = {fold(w) for w in JOINT_VERBS}
# rule `joint-meeting`: a visit or talk done "gemeinsam" by parties of two or more countries with
# no one visited or talked to ("Der spanische Außenminister und sein portugiesischer
# Amtskollege besuchten gemeinsam ein Flüchtlingslager") was a meeting among them
JOINT_MEETING_TYPES = ("CONSULT",)
# verbs that make what they govern a plan, not a deed ("beschlossen die Aufstellung einer
# gemeinsamen Eingreiftruppe")
JOINT_PLAN_VERBS = (
    "beschließen", "vereinbaren", "planen", "ankündigen", "erwägen", "einigen", "verständigen",
    "zusagen", "anstreben", "vorschlagen", "prüfen", "beraten", "besprechen", "diskutieren",
)  # fmt: skip
_PLAN = {fold(w) for w in JOINT_PLAN_VERBS}
# not activities though they end like one ("Kommission" is no "Mission")
JOINT_NOT_NOUNS = ("kommission", "emission", "transmission")
# CAMEO 06x by the sector of the parties: military 062, police and courts 063, business 061
JOINT_CAMEO = {"MIL": "062", "COP": "063", "JUD": "063", "BUS": "061", "SPY": "064"}

# deciding together is agreeing (rule `joint-decision`)
_DECIDE = {"beschliessen", "entscheiden"}
# receiving a guest: the host is who received (rule `reception-host`)
RECEPTION_VERBS = ("empfangen",)
# what makes a release by several parties an exchange (rule `exchange`)
EXCHANGE_WORDS = ("jeweils", "gegenseitig", "austauschen", "austausch")
# events between partners, and the actors that never partner themselves (rule `no-self-partner`)
PARTNER_TYPES = ("CONSULT", "AGREE", "COOPERATE")
STATE_BODIES = ("", "GOV", "MIL", "COP", "SPY")
# words a list of countries after "aus" may contain ("aus Spanien, den Niederlanden und Italien")
_LIST_POS = ("PROPN", "DET", "ADJ", "CCONJ", "NOUN", "PUNCT")


def _cc(slot) -> str:
    """The country (or organisation) part of an event's actor slot."""
    return slot.code.split("/")[0]


def colleague_noun(x) -> bool:
    """Is x a noun for an official's counterparts ("Kollegen", "Amtskollegin")?"""
    return x.pos_ in ("NOUN", "PROPN") and (
        fold(x.lemma_ or x.text) in COLLEAGUE_NOUNS or x.lower_ in COLLEAGUE_NOUNS
    )


def participle_lemmas(word: str) -> list[str]:
    """Infinitives an inflected past participle may stand for ("gekapertes" → "kapern",
    "festgenommenen" → "festnehmen", "verhängten" → "verhängen"); [] when the word cannot be a
    past participle (ends in neither -t nor -en once the adjective ending is off)."""
    w = word.lower()
    bare = [w[: -len(e)] for e in _ADJ_ENDINGS if w.endswith(e) and len(w) - len(e) >= 5]
    out: list[str] = []
    for b in bare + [w]:
        if not (b.endswith("t") or b.endswith("en")):
            continue
        try:  # strong and mixed verbs ("festgenommen" -> "festnehmen")
            import simplemma

            lem = simplemma.lemmatize(b, lang="de").lower()
            if lem != b and lem.endswith("n"):
                out.append(lem)
        except Exception:  # pragma: no cover - simplemma is optional
            pass
        if not b.endswith("t"):
            continue
        stems = [b[:-1]]
        for p in sx.PARTICLES:  # "angekündigt" -> "an" + "kündig"
            if b.startswith(p + "ge") and len(b) > len(p) + 4:
                stems.append(p + b[len(p) + 2 : -1])
        if b.startswith("ge") and len(b) > 5:
            stems.append(b[2:-1])
        for st in stems:
            out += [st + "en", st + "n"]
            if st.endswith("e"):  # "gearbeitet" -> "arbeit"
                out.append(st[:-1] + "en")
    return list(dict.fromkeys(out))


def is_attributive(t) -> bool:
    """Is t an adjective (or a verb form) modifying a noun: "die *verhängten* Zölle"?"""
    return (
        t.pos_ in ("ADJ", "VERB")
        and sx.dep(t) == "amod"
        and t.head.i != t.i
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.i < t.head.i
    )


def participle_agents(t) -> list:
    """Heads of the "von"/"durch" phrases naming who did what participle t says: under t, or
    under the noun before the participle ("die von den USA verhängten Zölle")."""
    toks = [k for p in PARTICIPLE_AGENT for k in sx.preps(t, p)]
    if not toks:
        toks = [k for p in PARTICIPLE_AGENT for k in sx.preps(t.head, p) if k.i < t.i]
    if not toks:  # hung elsewhere by the parser, but standing right before the participle
        toks = [
            k
            for k in t.sent
            if k.i < t.i and k.right_edge.i == t.i - 1 and sx.case_of(k) in PARTICIPLE_AGENT
        ]
    return toks


def reaction_noun(n):
    """The "Reaktion"/"Antwort"/"Vergeltung" whose "auf"/"für" phrase n heads, also when the
    parser hung that phrase on the verb right after it ("als Reaktion | auf die Zölle")."""
    if sx.case_of(n) not in REACTION_PREPS:
        return None
    r = n.head
    if r.i != n.i and fold(r.lemma_ or r.text) in REACTION_NOUNS:
        return r
    for k in r.children:
        if (
            k.i < n.i
            and k.right_edge.i == n.left_edge.i - 1
            and fold(k.lemma_ or k.text) in REACTION_NOUNS
        ):
            return k
    return None


def reaction_verb(n):
    """The reaction verb ("reagieren", "antworten") whose "auf" phrase (what it answers:
    "reagierte auf die Zölle der USA") or "mit" phrase (the answer: "mit Gegenzöllen") n
    heads, else None."""
    if sx.base_dep(n) != "obl" or n.head.i == n.i or sx.case_of(n) not in ("auf", "mit"):
        return None
    v = n.head
    if v.pos_ not in ("VERB", "AUX") or fold(v.lemma_ or "") not in REACTION_VERBS:
        return None
    return v


def was_pronoun(v) -> object | None:
    """The "was" opening v's clause as a sentential relative ("…, was X zurückwies"), if any."""
    for k in v.children:
        if k.lower_ == "was" and k.pos_ == "PRON" and k.i < v.i and k.i > 0:
            if k.doc[k.i - 1].text == "," and sx.dep(k) in ("nsubj", "obj", "dobj", "iobj"):
                return k
    return None


def _agentless_passives(cands: list[Cand], type_: str):
    """(candidate, verb) for each verbal candidate of `type_` told in the passive with no source
    found: the events whose doer only the sentence around them can give."""
    for c in cands:
        if c.kind == "noun" or c.sources or c.entry.type != type_:
            continue
        if sx.is_passive(c.anchor):
            yield c, c.anchor


def _first_target(c, roles, find, label: str) -> None:
    """The first of `roles` (in the entry's order) for which `find` gives actors becomes the
    candidate's target, its rule named `label:role`."""
    for role in roles:
        hits = find(role)
        if hits:
            c.targets, c.tgt_rule = hits, f"{label}:{role}"
            return


class MultiRules:
    """Mixin: needs `_hits`, `_subject`, `_no_places` of `EventCoder`."""

    def _joint_entry(self, parties: list):
        """The COOPERATE entry of rule `joint-action` (a rule, not a lexicon word: its CAMEO
        code follows the parties' sector)."""
        from lagebild.coding.lexicon import Entry

        sectors = {h.sector for h in parties}
        cameo = JOINT_CAMEO.get(next(iter(sectors)), "060") if len(sectors) == 1 else "060"
        cache = self.__dict__.setdefault("_joint_entries", {})
        if cameo not in cache:
            code = self.lex.cameo.get(cameo)  # type: ignore[attr-defined]
            cache[cameo] = Entry(
                id=f"cooperate.joint_action_{cameo}",
                type="COOPERATE",
                cameo=cameo,
                goldstein=code.goldstein if code else 6.0,
                quad_class=2,
                symmetric=True,
                confidence=0.8,
            )
        return cache[cameo]

    @staticmethod
    def _nested_conjuncts(hits: list, how: str, actors: Actors) -> None:
        """One actor found nested in a phrase ("die Regierungen von Mali, Burkina Faso und
        Niger", "Vertreter der USA und Russlands"): add the actors of its conjuncts, in place."""
        if len(hits) != 1 or not (how.startswith("nested") or how == "span"):
            return
        x = actors.doc[hits[0].token]
        if how == "span":  # "Vertreter der Regierungen in Kinshasa und Kigali", one span of
            # the actor stage: the conjoined names inside it, the first of the span's country
            inner = [
                y
                for y in x.subtree
                if y.i != x.i
                and y.pos_ == "PROPN"
                and len(sx.conjuncts(y)) > 1
                and (a := actors.at(y) or actors.place(y)) is not None
                and a.country == hits[0].country
            ]
            if not inner:
                return
            x = inner[0]
        for y in sx.conjuncts(x)[1:]:
            h = actors.at(y) or actors.place(y)
            if h is not None and all(h.token != o.token for o in hits):
                hits.append(h)

    def _joint_parties(self, v, j, actors: Actors, extra: list) -> tuple[list, list]:
        """(parties, partners) of a joint action of verb v: the actors of v's subject (nested
        conjuncts included: "die Regierungen von Mali, Burkina Faso und Niger") and the ones of
        "gemeinsam mit Y" (on the word j, or the verb's "mit"-PP right after j)."""
        subj = self._subject(v)[0] if v is not None else []  # type: ignore[attr-defined]
        hits, how = self._hits(subj, actors, 1)  # type: ignore[attr-defined]
        self._nested_conjuncts(hits, how, actors)
        hits += [h for h in extra if all(h.token != o.token for o in hits)]
        mit = list(sx.preps(j, "mit"))
        if v is not None:
            mit += [
                k
                for k in sx.preps(v, "mit")
                if k.left_edge.i == j.i + 1 and all(k.i != m.i for m in mit)
            ]
        partners, _ = self._hits(mit, actors, 1)  # type: ignore[attr-defined]
        partners = [
            h
            for h in partners
            if not self._bare_means(actors.doc[h.token], actors)  # type: ignore[attr-defined]
            and all(h.token != o.token for o in hits)
        ]
        hits = [h for h in hits if not h.is_place]
        return hits, [h for h in partners if not h.is_place]

    def _joint_cands(self, sent, cands: list, actors: Actors) -> list:
        """Rule `joint-action`: "gemeinsam" says that two or more parties did something
        together. As the adjective of an activity noun ("in einer gemeinsamen Operation", "ihr
        gemeinsames Herbstmanöver", "mit der gemeinsamen Produktion") or the adverb of an
        activity verb ("übten gemeinsam", "nahmen gemeinsam mit russischen Truppen an Kämpfen
        teil") with parties of two or more countries (the clause's subject, its conjuncts, the
        "gemeinsam mit" partner), it is a COOPERATE event among them; under a decision or plan
        ("beschlossen die Aufstellung einer gemeinsamen Eingreiftruppe") a hypothetical one.
        When the verb has an event of its own ("stürmten gemeinsam mit Einheiten der
        haitianischen Polizei einen Stützpunkt"), the partner is one more doer of that event
        instead."""
        from lagebild.coding.coder import Cand

        out: list = []
        done: set[int] = set()
        for j in sent:
            if fold(j.lemma_ or j.text) not in JOINT_WORDS and j.lower_ not in JOINT_WORDS:
                continue
            n = j.head if sx.dep(j) == "amod" and j.head.pos_ in ("NOUN", "PROPN") else None
            if n is not None:
                nl = fold(n.lemma_ or n.text)
                if not nl.endswith(JOINT_NOUN_ENDS) or nl.endswith(JOINT_NOT_NOUNS):
                    continue
                v = n.head
                # "ein Abkommen über gemeinsame Polizeistreifen": agreed on, a topic ("über")
                planned = n if sx.case_of(n) in ("über", "zur", "für") else None
                while v.i != v.head.i and v.pos_ not in ("VERB", "AUX"):
                    if v.pos_ in ("NOUN", "PROPN") and planned is None:
                        vl = fold(v.lemma_ or v.text)
                        _, ents = self.noun_entries(v)  # type: ignore[attr-defined]
                        if any(e.type in ("AGREE", "REQUEST", "THREATEN") for e in ents) or any(
                            vl.endswith(w)
                            for w in self.hyp_nouns  # type: ignore[attr-defined]
                        ):
                            planned = v
                    if sx.dep(v) not in ("nmod", "obl", "obj", "nsubj:pass", "conj", "appos"):
                        break
                    v = v.head
                if v.pos_ not in ("VERB", "AUX") or n.i == v.i:
                    v = None
                if v is not None and sx.dep(n) == "nsubj" and n.head.i == v.i:
                    continue  # "die gemeinsamen Ermittlungen liefen": no doers named
                owners, _ = self._noun_role_hits(n, "gen", actors, False)  # type: ignore[attr-defined]
                parties, partners = self._joint_parties(v, j, actors, owners)
                mit, _ = self._noun_role_hits(n, "mit", actors, True)  # type: ignore[attr-defined]
                partners += [
                    h
                    for h in mit
                    if not self._bare_means(actors.doc[h.token], actors)  # type: ignore[attr-defined]
                    and all(h.token != o.token for o in parties + partners)
                ]
                anchor = v if v is not None else n
                if v is not None and v.i in done:
                    continue
            else:
                v, planned = j.head, None
                if v.pos_ not in ("VERB", "AUX") or v.i == j.i or v.i in done:
                    continue
                own = [c for c in cands if c.anchor.i == v.i and c.kind != "noun"]
                if own:
                    if any(c.entry.type == "COOPERATE" for c in own):
                        continue
                    for c in own:  # "besuchten gemeinsam ein Lager": they met each other
                        if (
                            c.entry.type in JOINT_MEETING_TYPES
                            and not c.targets
                            and len({_cc(h) for h in c.sources}) >= 2
                        ):
                            c.symmetric = True
                            c.notes.append(f"joint-meeting: '{j.text}' {v.text}")
                    _, partners = self._joint_parties(v, j, actors, [])
                    for c in own:  # one more doer: "stürmten gemeinsam mit … einen Stützpunkt"
                        if not c.sources or not partners:
                            continue
                        tg = {h.country for h in c.targets}
                        add = [h for h in partners if h.token not in {x.token for x in c.sources}]
                        add = [h for h in add if h.country not in tg]
                        if add:
                            c.sources = c.sources + add
                            c.src_rule = f"{c.src_rule}+joint-partner"
                            c.notes.append(f"joint-partner: gemeinsam mit {add[0].text}")
                    if fold(self.verb_lemma(v)) not in _JOINT_VERBS:  # type: ignore[attr-defined]
                        continue  # an attack or delivery done together: two doers, one event
                objs = [k for k in v.children if sx.base_dep(k) in ("obj", "obl", "nsubj:pass")]
                if fold(self.verb_lemma(v)) not in _JOINT_VERBS and not any(  # type: ignore[attr-defined]
                    fold(k.lemma_ or k.text).endswith(JOINT_NOUN_ENDS) for k in objs
                ):
                    continue
                parties, partners = self._joint_parties(v, j, actors, [])
                anchor = v
            hits = parties + partners
            if len({h.code.split("/")[0] for h in hits if h.code}) < 2:
                continue
            if any(
                c.entry.type == "COOPERATE" and c.anchor.i in (anchor.i, j.head.i) for c in cands
            ):
                continue
            c = Cand(
                self._joint_entry(hits),
                "verb" if anchor.pos_ in ("VERB", "AUX") else "noun",
                anchor,
                [j, j.head] if j.head.i != j.i else [j],
            )
            c.noun = n
            if partners and parties:  # "X gemeinsam mit Y": X with Y
                c.sources, c.targets = parties, partners
            else:  # "A und B … gemeinsam": among them
                c.sources = hits
            c.src_rule = c.tgt_rule = "joint-action"
            c.symmetric = True
            c.notes.append(f"joint-action: '{j.text}'")
            if v is not None and fold(self.verb_lemma(v)) in _PLAN:  # type: ignore[attr-defined]
                c.hypothetical = True
                c.notes.append(f"hypothetical: joint work decided or planned ('{v.text}')")
            elif n is not None and planned is not None:
                c.hypothetical = True
                c.notes.append(f"hypothetical: joint work inside '{planned.text}'")
            done.add(anchor.i)
            out.append(c)
        return out

    def _reception_host(self, cands: list, actors: Actors) -> None:
        """Rule `reception-host`: a guest received in the passive without the host ("Der
        syrische Präsident ist im Weißen Haus empfangen worden", "… wurde im Kreml empfangen")
        was received by the government the place stands for: CONVENTIONS.md codes "das Weiße
        Haus", "der Kreml" and a capital used as metonym as that government. Only a place the
        actor stage resolves to a government (never a city of a country as such), and only a
        host of another country than the guest."""
        for c, v in _agentless_passives(cands, "CONSULT"):
            if fold(self.verb_lemma(v)) not in RECEPTION_VERBS:  # type: ignore[attr-defined]
                continue
            guests = {h.country for h in c.targets}
            for k in v.children:
                if sx.case_of(k) not in ("in", "im") or sx.base_dep(k) != "obl":
                    continue
                h = actors.at(k)
                if h is None or h.sector != "GOV" or not h.country or h.country in guests:
                    continue
                c.sources, c.src_rule = [h], f"reception-host:{k.text}"
                c.notes.append(f"host: the government '{k.text}' stands for")
                break

    @staticmethod
    def _exchange_pairs(c, sent) -> list:
        """Rule `exchange`: a release by two or more parties in an exchange ("Russland und die
        Ukraine haben jeweils 150 Kriegsgefangene freigelassen", "im Rahmen eines
        Gefangenenaustauschs") is one concession each way (CONVENTIONS.md: CONCEDE, "released
        prisoners"): each party released the other's people. Only when the sentence says it is
        an exchange ("jeweils", "gegenseitig", an "…austausch" noun) and the ones released
        name no third party."""
        if c.entry.type != "CONCEDE" or c.kind == "noun" and not c.sources:
            return []
        by_country: dict = {}
        for h in c.sources:
            if h.country and ":" not in h.code:
                by_country.setdefault(h.country, h)
        if len(by_country) < 2 or any(t.country not in by_country for t in c.targets):
            return []
        words = {fold(t.lemma_ or t.text) for t in sent} | {t.lower_ for t in sent}
        if not (words & set(EXCHANGE_WORDS)) and not any(w.endswith("austausch") for w in words):
            return []
        hits = list(by_country.values())
        c.notes.append("exchange: one release each way")
        c.tgt_rule = "exchange"
        return [(s, o) for s in hits for o in hits if o.country != s.country]

    def _joint_decisions(self, sent, cands: list, actors: Actors) -> list:
        """Rule `joint-decision`: a decision verb ("beschließen", "entscheiden") whose subject
        names the governments of two or more countries ("Die Militärregierungen von Mali,
        Burkina Faso und Niger haben … beschlossen") is their agreement (AGREE among all of
        them): one state deciding alone is no event of this kind, and a decision the lexicon
        types (sanctions, aid) keeps its own type."""
        from lagebild.coding.coder import Cand

        entry = self.lex.entries.get("agree.vereinbaren")  # type: ignore[attr-defined]
        if entry is None:
            return []
        out: list = []
        taken = {c.anchor.i for c in cands if c.src_rule != "joint-action"}
        for v in sent:
            if v.pos_ != "VERB" or v.i in taken:
                continue
            if fold(self.verb_lemma(v)) not in _DECIDE:  # type: ignore[attr-defined]
                continue
            parties, _ = self._joint_parties(v, v, actors, [])
            parties = [h for h in parties if ":" not in h.code and h.sector in ("GOV", "")]
            if len({h.country for h in parties if h.country}) < 2:
                continue
            c = Cand(entry, "verb", v, [v])
            c.sources, c.src_rule = parties, "joint-decision"
            c.symmetric = True
            c.notes.append(f"joint-decision: '{v.text}' by {len(parties)} governments")
            out.append(c)
        return out

    def _both_owners(self, head, gen, actors: Actors) -> list:
        """Rule `both-owners`: officials "beider Länder"/"beider Seiten" ("die
        Verteidigungsminister beider Länder nach einem Treffen") are the two parties the
        sentence names, each with the officials' sector where the head noun gives one."""
        if not (both_noun(gen) and quantified_by_both(gen)):
            return []
        pair = self._both_members(gen, actors, owner=True)  # type: ignore[attr-defined]
        h = actors.at(head)
        sector = h.sector if h is not None and h.sector not in ("", "-") else ""
        out = []
        for p in pair:
            if sector and "/" not in p.code and ":" not in p.code:
                p = replace(p, code=f"{p.code}/{sector}")
            out.append(p)
        return out

    def _no_self_partners(self, events: list) -> list:
        """Rule `no-self-partner`: a meeting, agreement or joint action of a state body with
        itself ("CONSULT KEN/GOV -> KEN/GOV" when the guest's name was resolved to the host)
        is a misread partner, never news: such a pair is dropped. Parties, parliaments, unions
        and other groups of one country do meet and agree with each other (coalition talks).
        A one-way event between the countries of a symmetric one of the same type and flags is
        the same meeting named twice (the verb and "bei seinem Besuch in …") and is dropped."""
        out = []
        pairs = {
            (ev.type, frozenset((_cc(ev.source), _cc(ev.target))), ev.negated, ev.hypothetical)
            for ev in events
            if ev.symmetric and ev.source is not None and ev.target is not None
        }
        for ev in events:
            if (
                not ev.symmetric
                and ev.type in PARTNER_TYPES
                and ev.source is not None
                and ev.target is not None
                and (
                    ev.type,
                    frozenset((_cc(ev.source), _cc(ev.target))),
                    ev.negated,
                    ev.hypothetical,
                )
                in pairs
            ):
                continue  # the same meeting named twice ("bei seinem Besuch in Kairo … mit")
            if (
                ev.type in PARTNER_TYPES
                and ev.source is not None
                and ev.target is not None
                and ev.source.code == ev.target.code
                and (ev.source.code.split("/") + [""])[1] in STATE_BODIES
                and not self._levels_of_state(ev)
            ):
                continue
            out.append(ev)
        return out

    def _levels_of_state(self, ev) -> bool:
        """Are the two sides of a same-code event two levels of one state, one of them named
        as a region's, a Land's or a town's government ("Die spanische Zentralregierung und
        die katalanische Regionalregierung haben sich … geeinigt", "mit den Ministerpräsidenten
        der Länder", class @subnational)? Those are two parties, not a misread partner (rule
        `no-self-partner`)."""
        texts = [fold(ev.source.text or ""), fold(ev.target.text or "")]
        if texts[0] == texts[1]:
            return False
        return any(
            self.lex.in_class(w, "@subnational")  # type: ignore[attr-defined]
            for t in texts
            for w in t.replace("-", " ").split()
        )

    def _colleague_origins(self, x, actors: Actors) -> list:
        """Rule `colleague-origin`: "mit seinen Kollegen aus Frankreich, Großbritannien und
        Deutschland": a counterpart noun with no actor of its own, followed by "aus" and a list
        of countries, names one government per country (the actor stage resolves "Amtskollegen
        aus …" itself; this covers "Kollegen" and a list the parser hung on the verb)."""
        from lagebild.coding.coder import Hit

        if not colleague_noun(x) or actors.at(x) is not None:
            return []
        doc = x.doc
        i = x.i + 1
        while i < len(doc) and doc[i].head.i == x.i and doc[i].pos_ == "PROPN":
            i += 1  # a name in apposition: "seinen Kollegen Lammy aus …" is one person
        if i >= len(doc) or doc[i].lower_ != "aus":
            return []
        out: list = []
        for t in doc[i + 1 : x.sent.end]:
            if t.pos_ not in _LIST_POS or (t.pos_ == "PUNCT" and t.text != ","):
                break
            h = actors.at(t) or (actors.place(t) if t.pos_ == "PROPN" else None)
            if h is None or not h.country or ":" in h.code:
                continue
            if all(o.country != h.country for o in out):
                out.append(Hit.of_token(f"{h.country}/GOV", t, "colleague-origin"))
        return out

    def _participle_cands(self, sent, actors: Actors, taken: set[int], consumed: set[int]):
        """`participle`: events of attributive participles with a "von"/"durch" agent ("die von
        der EU verhängten Zusatzzölle" → SANCTION EU; "ein von Piraten gekapertes Schiff" →
        the pirates' seizure). The event is presupposed as done, so the modality of the clause
        around it is not its own. Without an agent phrase no event: "die verletzten
        Demonstranten", "der verurteilte Journalist" name no one who acted."""

        out: list[Cand] = []
        for t in sent:
            if t.i in taken or not is_attributive(t):
                continue
            agents = participle_agents(t)
            if not agents:
                continue
            h = t.head
            lemmas = participle_lemmas(t.text)
            if fold(t.lemma_ or "") not in lemmas and (t.lemma_ or "").endswith("n"):
                lemmas.insert(0, fold(t.lemma_))
            if not lemmas:
                continue
            hits, _ = self._hits(agents, actors, 1)  # type: ignore[attr-defined]
            if not hits:
                continue
            c = self._participle_light(t, h, lemmas, hits, actors) or self._participle_verb(
                t, h, lemmas, hits, actors
            )
            if c is None:
                continue
            c.src_rule = "participle:" + (sx.case_of(agents[0]) or "von")
            if not c.targets:
                self._participle_place(c, h, actors)
            c.notes.append(f"attributive participle '{t.text}' of '{h.text}'")
            c.presupposed = True
            out.append(c)
            if c.kind == "light":
                consumed.add(h.i)
        return out

    def _participle_place(self, c, h, actors: Actors) -> None:
        """No actor in the noun the participle describes: "das Land"/"der Staat" is the last
        other country named before it; for an attack, the country of the place in the noun's
        phrase ("die von Russland besetzten Gebiete im Osten der Ukraine")."""
        from lagebild.coding.coder import Hit

        own = {x.country for x in c.sources}
        for x in h.subtree:
            if x.i in {y.i for y in c.anchor.subtree}:
                continue
            if fold(x.lemma_ or x.text) in COUNTRY_NOUNS and not any(
                sx.dep(k) in ("nmod", "appos") for k in x.children
            ):
                for k in reversed(list(x.sent[: x.i - x.sent.start])):
                    a = actors.at(k)
                    if a and a.country and a.country not in own and a.code == a.country:
                        c.targets = [
                            Hit(a.country, a.name, a.text, a.start, a.end, a.token, "country-noun")
                        ]
                        c.tgt_rule = "participle:country-noun"
                        return
                return
            if c.entry.type == "ASSAULT" and x.i != h.i and sx.base_dep(x) == "nmod":
                a = actors.at(x) or actors.place(x)
                if a and a.country and a.country not in own and ":" not in a.code:
                    c.targets = [
                        Hit(a.country, a.name, a.text, a.start, a.end, a.token, "location")
                    ]
                    c.tgt_rule = "participle:location"
                    return

    def _casualty_clause(self, g) -> bool:
        """Does verb g tell what happened to its subject ("wurden getötet", "kamen ums Leben",
        "starben")?"""
        if sx.is_passive(g) or any(fold(k.lemma_ or k.text) == "leben" for k in g.children):
            return True
        ents = self.lex.by_verb.get(self.verb_lemma(g), [])  # type: ignore[attr-defined]
        return any(e.type == "ASSAULT" for e in ents) or fold(g.lemma_ or "") in ("sterben",)

    def _border_parties(self, n, actors: Actors) -> list:
        """ "Gefechte an der Grenze zwischen Pakistan und Afghanistan": the two states."""
        for x in list(n.subtree) + [t for k in sx.np_continuation(n) for t in k.subtree]:
            if fold(x.lemma_ or x.text).endswith(BORDER_NOUNS):
                hits, _ = self._noun_role_hits(x, "zwischen", actors, False)  # type: ignore[attr-defined]
                if len({h.country for h in hits if h.country}) >= 2:
                    return hits
        return []

    def _clause_parties(self, g, actors: Actors) -> list:
        """Two or more actors as the subject of verb g's clause, else of the clause g's clause
        depends on ("…, nachdem bei Gefechten … getötet worden waren")."""
        for _ in range(2):
            if g.pos_ not in ("VERB", "AUX"):
                return []
            if not self._casualty_clause(g):  # the dead or wounded are no parties
                hits, _ = self._hits(self._subject(g)[0], actors, 1)  # type: ignore[attr-defined]
                if len({h.code for h in hits}) >= 2:
                    return hits
            if sx.dep(g) not in ("advcl", "conj", "parataxis") or g.head.i == g.i:
                return []
            g = g.head
        return []

    DEED_NOUNS = ("tat", "taten", "anschlag", "angriff", "attentat", "sabotage", "gewalttat")

    def _deed_claimed(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `deed-anaphor`: an attack named without its doer, taken up later in the
        sentence by a definite noun of the deed that someone is blamed for or claims ("Bei
        einem Anschlag … wurden sechs Menschen getötet; Petro machte Splittergruppen der Farc
        für die Tat verantwortlich"; "…; zu der Tat bekannte sich die TTP"): the one blamed or
        claiming is its source."""
        attacks = {c.anchor.i for c in cands if c.entry.type == "ASSAULT" and c.kind == "noun"}
        for c in cands:
            if c.kind != "noun" or c.sources or c.entry.type != "ASSAULT":
                continue
            n = c.anchor
            if n.head.i != n.i and n.head.i in attacks:
                continue  # "ein Anschlag mit einer Autobombe": the means, no attack of its own
            for v in n.sent:
                if v.i <= n.i or v.pos_ not in ("VERB", "AUX"):
                    continue
                lemma = (v.lemma_ or "").lower()
                kids = list(v.children)
                blame = [k for k in kids if (k.lemma_ or "").lower() == "verantwortlich"]
                if lemma == "machen" and blame:
                    prep, toks = "für", sx.objects(v)
                    kids += list(blame[0].children)  # "für" on the adjective
                elif lemma == "bekennen" and any(sx.is_reflexive(k) for k in kids):
                    prep, toks = "zu", self._subject(v)[0]
                else:
                    continue
                deeds = [
                    x
                    for x in kids
                    if sx.case_of(x) == prep
                    and x.i > n.i
                    and (x.lemma_ or x.text).lower() in self.DEED_NOUNS
                    and any(d.lower_ in ("der", "die", "das", "den", "dem") for d in x.children)
                ]
                if not deeds:
                    continue
                hits, _ = self._hits(toks, actors, 1)
                hits = [h for h in hits if not h.is_place]
                if hits:
                    c.sources, c.src_rule = hits, f"deed-anaphor:{lemma}"
                    c.notes.append(f"source: '{deeds[0].text}' taken up by '{v.text}'")
                    break

    def _fight_parties(self, cands: list[Cand], actors: Actors) -> None:
        """`fight-parties`: a symmetric fight noun without parties in a PP of time or cause is
        the clause subjects' fight."""
        for c in cands:
            n = c.anchor
            if c.kind != "noun" or c.sources or not c.entry.symmetric or c.entry.type != "ASSAULT":
                continue
            if sx.case_of(n) not in FRAME_PREPS:
                continue
            hits = self._border_parties(n, actors) or self._clause_parties(n.head, actors)
            if hits:
                c.sources, c.targets = hits[:1], hits[1:]
                c.src_rule = c.tgt_rule = f"fight-parties:{n.text}"
                c.symmetric = True

    def _frame_doer(self, cands: list[Cand], actors: Actors) -> None:
        """`frame-doer`: see the module docstring."""
        for c in cands:
            n = c.anchor
            if c.kind != "noun" or c.sources or c.entry.symmetric:
                continue
            if c.entry.type not in FRAME_DOER_TYPES or sx.base_dep(n) != "obl":
                continue
            g = n.head
            want = FRAME_DOER_VERBS.get(sx.case_of(n) or "")
            if want is None or g.i == n.i or g.pos_ not in ("VERB", "AUX"):
                continue
            lemma = self.verb_lemma(g)  # type: ignore[attr-defined]
            coded = {d.entry.type for d in cands if d.anchor.i == g.i}
            if want == "RETREAT" and want not in coded:
                continue  # the clause verb must be coded as the retreat ("zog sich … zurück")
            if want == "ASSAULT" and (
                coded  # (a hit coded by its verb takes the noun in: rule merge; "werde bei
                # Angriffen zurückschlagen" is a threat)
                or not any(x.type == want for x in self.lex.by_verb.get(lemma, []))  # type: ignore[attr-defined]
            ):
                continue
            if any(
                sx.case_of(k) in ("auf", "gegen")
                and any(d.lower_.startswith(("ihr", "sein", "unser")) for d in k.subtree)
                for k in n.children
            ):
                continue  # "nach einem Angriff auf ihre Stellungen": the subject was hit
            if sx.np_preps(n, "aus") or sx.preps(g, "aus") and want == "ASSAULT":
                continue  # "bei Angriffen aus Afghanistan": it came from elsewhere
            if want == "ASSAULT":
                if self._verb_modality(c.entry, g).hypothetical:  # type: ignore[attr-defined]
                    continue  # "werde bei weiteren Angriffen zurückschlagen": a condition
            hits, _ = self._hits(self._subject(g)[0], actors, 1)  # type: ignore[attr-defined]
            hits = [h for h in hits if h.country and not h.is_place]
            if len({h.country for h in hits}) != 1 or any(
                h.sector in FRAME_DOER_NOT_SECTORS for h in hits
            ):
                continue
            if any(t.country == hits[0].country for t in c.targets):
                continue  # the side it hit
            c.sources, c.src_rule = hits, f"frame-doer:subject of {lemma}"

    def _nameless_protest(self, cands: list[Cand], actors: Actors) -> None:
        """`nameless-protest`: see the module docstring. Only with a government as the
        subject: "Bei Protesten in Tiflis nahm die Polizei … fest" names no protest target."""
        from lagebild.coding.coder import Hit

        for c in cands:
            n = c.anchor
            if c.kind != "noun" or c.sources or c.entry.type != "PROTEST":
                continue
            if sx.case_of(n) not in FRAME_PREPS or n.head.pos_ not in ("VERB", "AUX"):
                continue
            subj, _ = self._hits(self._subject(n.head)[0], actors, 1)  # type: ignore[attr-defined]
            gov = [h for h in subj if h.country and h.sector == "GOV"]
            # "Bei Protesten … nahm die Polizei 40 Menschen fest": the police or troops who act
            # at the protests are not the protesters; the citizens of their country protest
            force = {h.country for h in subj if h.country and h.sector in FORCE_SECTORS}
            if len(gov) == 1 and not c.targets:
                cc = gov[0].country
                c.targets, c.tgt_rule = [gov[0]], "nameless-protest"
            elif not gov and len(force) == 1 and len(subj) == 1:
                cc = next(iter(force))
            else:
                continue
            c.sources = [Hit.of_token(f"{cc}/CVL", n, "nameless-protest")]
            c.src_rule = "nameless-protest"

    def _mediated_talks(self, cands: list[Cand], actors: Actors) -> None:
        """`mediated-talks`: "Nach Verhandlungen unter Vermittlung Katars haben A und B …": the
        mediation noun's PP hangs on a noun; the parties are the subjects of that noun's verb."""
        for c in cands:
            n = c.anchor
            if c.kind != "noun" or c.targets or not c.sources or c.entry.cameo != "045":
                continue
            g = n.head
            if g.i == n.i or g.pos_ not in ("NOUN", "PROPN") or sx.base_dep(n) != "nmod":
                continue
            v = g.head
            if v.pos_ not in ("VERB", "AUX") or sx.case_of(g) is None:
                continue
            hits, how = self._hits(self._subject(v)[0], actors, 1)  # type: ignore[attr-defined]
            self._nested_conjuncts(hits, how, actors)
            src = {h.token for h in c.sources}
            hits = [h for h in hits if h.token not in src]
            if hits:
                c.targets, c.tgt_rule = hits, f"mediated-talks:{g.text}"

    def _reaction_cause(self, cands: list[Cand], actors: Actors) -> None:
        """`reaction-cause`: the event a clause reacts to ("Als Reaktion auf die Sanktionen der
        EU hat Belarus …", "kündigte an, als Reaktion auf die von der EU verhängten Zusatzzölle
        Abgaben … zu erheben") targets the one who reacts when the text gives it no target."""
        for d in cands:
            n = d.noun if d.noun is not None else d.anchor
            if d.targets or not d.sources or (d.kind != "noun" and not d.presupposed):
                continue
            r = reaction_noun(n)
            if r is None:
                continue
            v = r.head
            if v.pos_ not in ("VERB", "AUX") or v.i == r.i:
                continue
            hits, _ = self._hits(self._subject(v)[0], actors, 1)  # type: ignore[attr-defined]
            own = {h.country for h in d.sources}
            hits = [h for h in hits if h.country and h.country not in own]
            if hits:
                d.targets, d.tgt_rule = hits[:1], f"reaction-cause:{r.text}"

    def _reciprocal_cause(self, cands: list[Cand]) -> None:
        """`reciprocal-cause`: a measure the clause answers in kind ("Als Reaktion auf die
        Ausweisung seines Botschafters erklärte Algerien zwölf französische Diplomaten zu
        unerwünschten Personen", "Moskau reagierte mit der Ausweisung estnischer Diplomaten
        auf die Schließung des russischen Konsulats") named by a noun with no doer of its own
        is the other side's: done by the answer's target, to the one who answers (its own
        target kept when it names one of another country). The answer is an event of the same
        type on the clause's verb, or a noun that verb governs ("reagierte mit der Ausweisung");
        without one the cause stays as it was (rule `reaction-cause` gives its target)."""
        for c in cands:
            n = c.noun if c.noun is not None else c.anchor
            if c.sources or c.kind != "noun":
                continue
            r = reaction_noun(n)
            if r is not None:
                v = r.head
            elif sx.case_of(n) == "auf" and fold(n.head.lemma_ or "") in REACTION_VERBS:
                v = n.head
            else:
                continue
            if v.pos_ not in ("VERB", "AUX"):
                continue
            inside = {t.i for t in n.subtree}
            answers = [
                d
                for d in cands
                if d is not c
                and d.entry.type == c.entry.type
                and d.sources
                and d.anchor.i not in inside
                and (
                    d.anchor.i == v.i
                    or (d.kind == "noun" and getattr(sx.governing_verb(d.anchor), "i", -1) == v.i)
                    or any(t.i == v.i for t in d.triggers)
                )
            ]
            if not answers:
                continue
            d = answers[0]
            own = {h.country for h in d.sources if h.country}
            doers = [h for h in d.targets if h.country and h.country not in own]
            if not own or not doers or len({h.country for h in doers}) != 1:
                continue
            c.sources = [replace(h, how="reciprocal") for h in doers[:1]]
            c.src_rule = f"reciprocal-cause:{d.entry.id}"
            if not any(h.country and h.country != doers[0].country for h in c.targets):
                c.targets = [replace(h, how="reciprocal") for h in d.sources[:1]]
                c.tgt_rule = f"reciprocal-cause:{d.entry.id}"

    def _participle_done(self, c, hits: list) -> bool:
        """Give the participle's candidate its agent; is it then a valid event? Only material
        acts: "die vom Iran unterstützte Miliz", "der vom Sicherheitsrat gebilligte Einsatz",
        "ein von Katar vermittelter Austausch" describe a standing relation or a stance, which
        the lead's sets code as optional at most."""
        if c.entry.type in PARTICIPLE_NOT_TYPES:
            return False
        c.sources, c.src_rule = hits, "participle:agent"
        c.targets = [x for x in c.targets if all(x.token != y.token for y in hits)]
        if not self._sector_ok(c.entry, c):  # type: ignore[attr-defined]
            return False
        return not (c.entry.require_target and not c.targets)

    def _participle_light(self, t, h, lemmas: list[str], agents: list, actors: Actors):
        """The noun the participle describes is an event noun whose light verb (or a realising
        verb, `realising_verbs`) the participle is: "die verhängten Zölle", "die eingeleiteten
        Ermittlungen"."""
        from lagebild.coding.coder import Cand

        _, ents = self.noun_entries(h)  # type: ignore[attr-defined]
        for e in sorted(ents, key=lambda e: -e.specificity()):
            if e.kind != "light":
                continue
            verbs = {fold(x) for x in e.verb}
            lem = next((x for x in lemmas if x in verbs), None)
            if lem is None:
                lem = next(
                    (
                        x
                        for x in lemmas
                        if x in self.realising  # type: ignore[attr-defined]
                        and any(v in self.support_verbs for v in verbs)  # type: ignore[attr-defined]
                    ),
                    None,
                )
            if lem is None:
                continue
            c = Cand(e, "light", t, [t, h], noun=h)

            def noun_target(role: str, h=h, t=t) -> list:
                if role in ("obj", "iobj", "subj"):
                    return []
                hits, _ = self._noun_role_hits(h, role, actors, True)  # type: ignore[attr-defined]
                return hits or self._hits(sx.preps(t, role), actors, 1)[0]  # type: ignore[attr-defined]

            _first_target(c, e.target, noun_target, "participle-noun")
            if self._participle_done(c, agents):
                return c
        return None

    def _participle_verb(self, t, h, lemmas: list[str], agents: list, actors: Actors):
        """A verb entry of the participle: the noun it describes is its object ("die von
        Russland besetzten Gebiete", "die von Israel festgenommenen Aktivisten")."""
        from lagebild.coding.coder import Cand

        objs = [fold(x.lemma_ or x.text) for x in sx.conjuncts(h)]
        for lem in lemmas:
            ents = self.lex.by_verb.get(lem, [])  # type: ignore[attr-defined]
            for e in sorted(ents, key=lambda e: -e.specificity()):
                if not self._conditions(e, t, "verb", objs):  # type: ignore[attr-defined]
                    continue
                c = Cand(e, "verb", t, [t])

                def verb_target(role: str) -> list:
                    if role in ("subj", "iobj"):
                        return []
                    words = [h] if role in ("obj", "nsubj:pass") else sx.preps(t, role)
                    return self._hits(words, actors, 1)[0]  # type: ignore[attr-defined]

                _first_target(c, e.target or ("obj",), verb_target, "participle")
                if self._participle_done(c, agents):
                    return c
        return None

    def _was_clauses(self, cands: list[Cand], actors: Actors) -> None:
        for c in cands:
            if c.kind == "noun" or c.entry.type not in WAS_TYPES:
                continue
            v = c.anchor
            w = was_pronoun(v)
            if w is None or sx.dep(v) not in WAS_LINKS or v.head.i == v.i:
                continue
            if not c.sources or sx.dep(w) == "nsubj":
                # "was" read as the subject: the other NP of the clause is the one who speaks
                others = [
                    k
                    for k in v.children
                    if k.i != w.i
                    and sx.dep(k) in ("nsubj", "obj", "dobj", "iobj")
                    and k.pos_ in ("NOUN", "PROPN")
                ]
                hits, how = self._hits(others[:1], actors, 1)
                hits = self._no_places(hits, c.entry, actors)
                if hits:
                    c.sources, c.src_rule = hits, f"was-clause:{how or 'span'}"
            if not c.sources:
                continue
            src = {h.token for h in c.sources}
            c.targets = [t for t in c.targets if t.token not in src]
            # the clause the "was" refers to: up from the relative clause to its main predicate
            a = v.head
            for _ in range(4):
                if sx.dep(a) in CLIMB_LINKS and a.head.i != a.i and a.head.i < a.i:
                    a = a.head
                else:
                    break
            own = {h.country for h in c.sources}
            done = [
                d
                for d in cands
                if d is not c
                and d.sources
                and d.anchor.i < w.i
                and (d.anchor.i == a.i or sx.in_clause(a, d.anchor))
            ]
            done.sort(key=lambda d: (d.anchor.i != a.i, d.kind == "noun"))
            tgt = [h for d in done[:1] for h in d.sources]
            how = f"was-clause:{done[0].entry.id}" if tgt else ""
            if not tgt:
                tgt, _ = self._hits(self._subject(a)[0], actors, 1)
                how = "was-clause:subject" if tgt else ""
            tgt = [h for h in tgt if h.country not in own or h.code != c.sources[0].code]
            if tgt:
                c.targets, c.tgt_rule = tgt, how

    def _intercepted_attacks(self, cands: list[Cand], actors: Actors) -> list[Cand]:
        """Rule `intercepted-attack` (module docstring): the attack a shooting down of a named
        side's drones or missiles tells of, as a candidate of its own."""
        out: list[Cand] = []
        told = {
            (h.country, t.country)
            for c in cands
            if c.entry.type == "ASSAULT"
            for h in c.sources
            for t in c.targets
        }
        for c in cands:
            if c.entry.type != "ASSAULT" or c.kind == "noun" or len(c.sources) > 1:
                continue
            if (c.anchor.lemma_ or c.anchor.text).lower() not in INTERCEPT_VERBS:
                continue
            # the shooter, else (an agentless passive) the place it happened over ("über der
            # Region Belgorod wurden … abgeschossen")
            places = [] if c.sources else self._location_targets(c, actors)  # type: ignore[attr-defined]
            shooter = c.sources[0] if c.sources else (places[0] if places else None)
            if shooter is None or not shooter.country or shooter.code.startswith(("IGO:", "NGO:")):
                continue
            doc = c.anchor.doc
            if not c.targets and (shares := self._partitive_projectiles(c.anchor, actors)):
                # what was shot down is the object, as in "schoss 40 russische Drohnen ab"
                c.targets, c.tgt_rule = shares, "obj/partitive"
            for h in c.targets:
                if not (0 <= h.token < len(doc)) or h.code.startswith(("IGO:", "NGO:")):
                    continue
                noun = doc[h.token]
                if not self.lex.in_class(noun.lemma_ or noun.text, "@projectile"):  # type: ignore[attr-defined]
                    continue
                if not h.country or h.country == shooter.country:
                    continue
                if (h.country, shooter.country) in told:
                    break
                attacker = replace(h, code=f"{h.country}/MIL", how="intercepted")
                victim = replace(shooter, code=shooter.country, how="intercepted")
                out.append(
                    replace(
                        c,
                        sources=[attacker],
                        targets=[victim],
                        src_rule="intercepted-attack",
                        tgt_rule="intercepted-attack",
                        notes=list(c.notes) + ["intercepted-attack: the attack shot down"],
                        pair=[],
                    )
                )
                told.add((h.country, shooter.country))
                break
        return out

    def _partitive_projectiles(self, v, actors: Actors) -> list:
        """The drones or missiles of a count shot down, told as a share ("schoss 48 von 62
        russischen Drohnen ab"): the parser makes the number the object and hangs the "von"
        phrase on the verb; the phrase right after the number is what was shot down."""
        out: list = []
        for o in sx.objects(v):
            if o.pos_ != "NUM":
                continue
            for k in v.children:
                if (
                    sx.base_dep(k) == "obl"
                    and sx.case_of(k) == "von"
                    and k.left_edge.i == o.right_edge.i + 1
                    and self.lex.in_class(k.lemma_ or k.text, "@projectile")  # type: ignore[attr-defined]
                ):
                    hits, _ = self._hits([k], actors, 1)  # type: ignore[attr-defined]
                    out += hits
        return out

    def _custody_holder(self, cands: list[Cand], actors: Actors) -> None:
        """`custody-holder`: a release told in the passive without its agent ("Nach mehr als drei
        Jahren in iranischer Haft sind zwei Französinnen freigelassen worden") was done by the
        one who held the prisoners: the country of the adjective or genitive of a custody noun
        (`custody_nouns` in rules.yaml) in the release's own clause."""
        for c, v in _agentless_passives(cands, "CONCEDE"):
            for t in v.subtree:
                if t.pos_ != "NOUN" or not sx.in_clause(v, t):
                    continue
                lemma = fold(t.lemma_ or t.text)
                if not any(lemma.endswith(w) for w in self.custody_nouns):  # type: ignore[attr-defined]
                    continue
                hits = [
                    h for k in t.children if sx.dep(k) == "amod" for h in [actors.adjective(k)] if h
                ]
                if not hits:
                    hits, _ = self._hits(sx.postnominal_genitives(t), actors, 1)  # type: ignore[attr-defined]
                if hits:
                    c.sources, c.src_rule = hits[:1], f"custody-holder:{t.text}"
                    if not c.targets:  # the ones freed: the passive subject, also when the
                        # parser read it as a dative ("sind zwei Französinnen freigelassen")
                        kids = [k for k in v.children if sx.dep(k) in ("nsubj:pass", "nsubj")]
                        kids = kids or [k for k in v.children if sx.dep(k) == "iobj"]
                        tg, _ = self._hits(kids, actors, 1)  # type: ignore[attr-defined]
                        tg = [h for h in tg if h.country and h.country != hits[0].country]
                        if tg:
                            c.targets, c.tgt_rule = tg, "custody-holder:released"
                    break

    def _clash_party(self, cands: list[Cand], actors: Actors) -> None:
        """`clash-party`: people killed or wounded, told in the passive without the agent, "bei
        Zusammenstößen mit der Polizei" (`clash_nouns` in rules.yaml) were hit by the state's
        forces named as the other side of the clash ("Bei Zusammenstößen mit der Polizei in
        Dhaka wurden zwölf Demonstranten getötet" → police → demonstrators). Only police or
        military: a clash with a militia names no one who shot."""
        for c, v in _agentless_passives(cands, "ASSAULT"):
            for t in v.children:
                lemma = fold(t.lemma_ or t.text)
                if t.pos_ != "NOUN" or not any(lemma.endswith(w) for w in self.clash_nouns):  # type: ignore[attr-defined]
                    continue
                hits, _ = self._hits(sx.preps(t, "mit"), actors, 1)  # type: ignore[attr-defined]
                hits = [h for h in hits if h.sector in ("COP", "MIL")]
                if hits:
                    c.sources, c.src_rule = hits[:1], f"clash-party:{t.text}"
                    break
