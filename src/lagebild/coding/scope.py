"""Scope: which coded events are political events between actors (CONVENTIONS.md).

The lexicon and the role rules find *that* something was done and by whom; this module decides
whether it is an event lagebild records at all. CONVENTIONS: "Events are actions between the
actors above. Sports results, product and market news, and history told in the past tense of an
encyclopedia are not events unless they are political actions." The contract:

- **Who can act** (`actor_sources`, `nonpolitical`): an actor is what the actor stage resolves
  (a country, its government, forces, parties, courts, police, civilians, workers, media, an IGO
  or NGO, an armed group) or a country/region named as a whole. Not actors:
  * a town or district found only in the gazetteer ("Augsburg sagt das Stadtfest ab", "Die
    Stadt Bochum lehnt die Fusion ab", a traffic note "München Richtung Stuttgart …
    blockiert", a club "1. FC Nürnberg", an institution "Kunsthalle Bremen", a firm or a person
    whose name is also a town): local administration and things named after places are out of
    scope. Capitals used for their governments are actors: the actor stage resolves them
    ("Moskau", "Peking"); countries and regions of the gazetteer stay actors;
  * companies, their customers and investors, sports teams (`nonpolitical`): an event whose
    sources are all of these and whose targets are too (or none, or a thing with a country
    adjective: "mit einem indischen Konkurrenten", or a town: "VW und RWE stützen den Dax",
    where the index reads as the French town) is business or sports news. A state acting on
    companies, or a company on a state, stays.
- **The one who reports is no party** (`attribution_tokens`): actors inside "nach Angaben von
  X", "laut X", "X zufolge" report the event; they are never its source or target. Nor are
  the words of a dateline (`dateline_tokens`: "Moskau (Reuters) –", "BERLIN/KIEW (dpa) –",
  "Hannover -"): no rule reads a party from them. The learned choosers and the proximity
  fallback (attribution.py `_no_parties`) also take no party from a bracket that labels the name before
  it (`bracket_label_tokens`: "Merz (CDU)", "(AFP)", "Islamischer Staat (IS)") or from a
  medium that only reports (`media_reporters`: "wie die Zeitung berichtete", "sagte er dem
  Sender"); a medium that acts ("Die Zeitung kritisierte …") stays the subject's source.
- **What is done must be political** (`out_of_scope`, each with a reason that names the rule):
  * `sports`: in a sentence about sport (a word of `sports_words`/`sports_endings` in
    `data/scope.yaml`: "WM", "Halbfinale", "Bundesliga"), a meeting, attack, victory or
    agreement whose actors are all bare countries, teams or towns is a result, not an event
    ("Im Viertelfinale trifft Deutschland auf Frankreich"); a government acting in such a
    sentence (a sector other than the bare country) stays;
  * `advisory`: a warning ("warnen") aimed at no actor is a forecast or advice ("Der
    Wetterdienst warnt vor Sturmböen"), not an ACCUSE; nor is a warning of a thing or a state
    whose only actor is its owner or a prefix ("warnt vor einer Staatspleite Argentiniens",
    "warnt vor gefälschten BKA-Mails"): the "vor"-phrase names no act of that actor (a
    warning of an act stays: "warnte vor einem Einmarsch russischer Truppen");
  * `risk`: "drohen" with a thing as its object and no actor threatened ("Griechenland droht
    die Zahlungsunfähigkeit", "Den Beschäftigten droht die Kündigung") says what may befall
    someone, not who threatens (the threat sense takes no accusative object: "drohte Südkorea
    mit einem Vergeltungsschlag"); nor is "drohen" whose subject is a thing that is no actor
    ("ihm droht eine Haftstrafe", "Dem Land drohen Engpässe"), with no "mit" and no clause;
  * `public-appeal`: a request with no addressee whose content is help or care ("Die Polizei
    bittet um Hinweise", "um Mithilfe") is an appeal to the public, not a REQUEST.

History, hypotheticals and negation are decided elsewhere (coder: `_historical`, modality).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from lagebild import yamlload
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold

DATA = Path(__file__).resolve().parent.parent / "data" / "scope.yaml"


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_DASHES = frozenset({"-", "–", "—"})
# a bracket after a name labels it with these: a party ("(SPD)") or an agency ("(dpa)")
_LABEL_SECTORS = frozenset({"PTY", "OPP", "MED"})
# nouns of a report whose argument is the medium it was given to
_REPORT_NOUNS = frozenset({"gespräch", "interview", "bericht", "meldung", "zeitungsinterview"})


class HitLike(Protocol):
    code: str
    text: str
    token: int
    how: str
    is_place: bool

    @property
    def sector(self) -> str: ...


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        return yamlload.load(f.read()) or {}


def _gazetteer_kind(name: str) -> str | None:
    """The kind of place ('country', 'region', 'city', …) the gazetteer gives a name."""
    try:
        from lagebild.enrich.gazetteer import get_gazetteer

        place = get_gazetteer().lookup(name)
    except Exception:  # the enrich stage is optional: no kind known
        return None
    return getattr(place, "kind", None) if place is not None else None


@lru_cache(maxsize=4)
def _topic_lists(path: str) -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    topics = _load(path).get("topics") or {}
    return tuple(
        (
            str(name),
            frozenset(fold(w) for w in d.get("words", [])),
            tuple(fold(w) for w in d.get("endings", [])),
        )
        for name, d in topics.items()
    )


def topics_of(sent: Span, path: Path | None = None) -> tuple[str, ...]:
    """The topics (`topics` in data/scope.yaml: business, sports, culture, …) the sentence's
    nouns name, in the file's order: a noun whose lemma or form is a topic word or ends in one
    of its endings ("Quartalsumsatz", "Filmfestival"). A signal for the learned gate, no
    decision."""
    lists = _topic_lists(str(path or DATA))
    found: set[str] = set()
    for t in sent:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        forms = {fold(t.text), fold(t.lemma_ or t.text)}
        for name, words, endings in lists:
            if name not in found and (
                forms & words or any(w.endswith(endings) for w in forms if endings)
            ):
                found.add(name)
    return tuple(name for name, _, _ in lists if name in found)


class Scope:
    """The coder's scope decisions (see the module docstring for the contract)."""

    def __init__(
        self,
        nonpolitical_heads: Iterable[str] = (),
        attr_preps: Iterable[str] = (),
        attr_nouns: Iterable[str] = (),
        path: Path | None = None,
        reporting: Iterable[str] = (),
    ):
        data = _load(str(path or DATA))
        self.nonpolitical_heads = tuple(
            sorted({fold(w) for w in nonpolitical_heads}, key=len, reverse=True)
        )
        self.attr_preps = {fold(w) for w in attr_preps}
        self.attr_nouns = {fold(w) for w in attr_nouns}
        self.sports_words = {fold(w) for w in data.get("sports_words", [])}
        self.sports_endings = tuple(fold(w) for w in data.get("sports_endings", []))
        self.sports_adjectives = {fold(w) for w in data.get("sports_adjectives", [])}
        self.sports_types = set(data.get("sports_types", []))
        self.advisory_verbs = {fold(w) for w in data.get("advisory_verbs", [])}
        self.risk_verbs = {fold(w) for w in data.get("risk_verbs", [])}
        self.reporting = {fold(w) for w in reporting}
        self.appeal_contents = {fold(w) for w in data.get("appeal_contents", [])}
        self.path = str(path or DATA)
        self.topic_scope = set(data.get("topic_scope", []))
        self.political_sectors = set(data.get("political_sectors", []))
        self.topic_keep_types = set(data.get("topic_keep_types", []))
        self.defence_types = set(data.get("defence_types", []))
        self.defence_prefixes = tuple(fold(w) for w in data.get("defence_firm_prefixes", []))

    # ------------------------------------------------------------------ who can act
    @staticmethod
    def place_only(h: HitLike) -> bool:
        """A town or district the coder found only in the gazetteer (not an actor of the actor
        stage); countries and regions named as a whole stay actors."""
        if h.how not in ("place", "nested:place"):
            return False
        return _gazetteer_kind(h.text) not in ("country", "region")

    def actor_sources(self, hits: list[Any]) -> list[Any]:
        """The sources that can act: no town found only as a place."""
        return [h for h in hits if not self.place_only(h)]

    @staticmethod
    def country_thing(h: HitLike, doc: Doc) -> bool:
        """A common noun that has only a country adjective ("einem indischen Konkurrenten",
        "ein philippinisches Fischerboot"): a thing or party of that country, no state."""
        if "/" in h.code or h.code.startswith(("IGO:", "NGO:")) or h.is_place:
            return False
        if not 0 <= h.token < len(doc):
            return False
        t = doc[h.token]
        return t.pos_ == "NOUN" and t.text[:1].isupper() and h.text.split()[-1] == t.text

    def nonpolitical(self, h: HitLike | None, doc: Doc) -> bool:
        """A company, its customers or investors, a sports team (by sector or head noun)."""
        if h is None:
            return True
        if h.code.startswith(("IGO:", "NGO:")):
            return False
        if h.sector == "BUS":
            return True
        if h.sector not in ("-", ""):
            return False
        if not 0 <= h.token < len(doc):
            return False
        head = fold(doc[h.token].lemma_ or doc[h.token].text)
        return head.endswith(self.nonpolitical_heads)

    def defence_industry(self, typ: str, parties: list[Any], doc: Doc) -> bool:
        """Rule `defence-industry`: cooperation of parties of two or more countries, one of
        them an arms or state-owned firm (`defence_firm_prefixes` begins its noun: the actor's
        own word, or the noun its country adjective qualifies)."""
        if typ not in self.defence_types or not self.defence_prefixes:
            return False
        if len({h.code.split("/")[0] for h in parties if h.code}) < 2:
            return False
        for h in parties:
            if not 0 <= h.token < len(doc):
                continue
            t = doc[h.token]
            words = [t, t.head] + [k for k in t.children if sx.dep(k) == "conj"]
            if any(
                w.pos_ in ("NOUN", "PROPN")
                and fold(w.lemma_ or w.text).startswith(self.defence_prefixes)
                for w in words
            ):
                return True
        return False

    def business(self, sources: list[Any], targets: list[Any], doc: Doc) -> bool:
        """Business, market or sports news between companies or teams."""
        return (
            bool(sources)
            and all(self.nonpolitical(h, doc) for h in sources)
            and all(
                self.nonpolitical(h, doc) or self.country_thing(h, doc) or self.place_only(h)
                for h in targets
            )
        )

    def political_actor(self, h: HitLike) -> bool:
        """An actor of politics: an IGO or NGO, a state organ, party, union or armed group
        (`political_sectors`), or a country named as such ("Russland", "die USA"); not a person,
        firm, medium or crowd that only carries a country by nationality ("ein norwegischer
        Regisseur" NOR, "Chinesen")."""
        if h.code.startswith(("IGO:", "NGO:")):
            return True
        if h.sector not in ("-", ""):
            return h.sector in self.political_sectors
        words = h.text.split()
        while words and fold(words[0]) in _ARTICLES:
            words = words[1:]
        return _gazetteer_kind(" ".join(words)) in ("country", "region")

    def topic_only(self, typ: str, sources: list[Any], targets: list[Any], sent: Span) -> bool:
        """A sentence about business, culture, sport, science or history (`topic_scope`) whose
        event has no actor of politics on either side: a prize, a match, a study, a merger
        (a protest or strike, `topic_keep_types`, stays)."""
        if not sources or not self.topic_scope or typ in self.topic_keep_types:
            return False
        if any(self.political_actor(h) for h in sources + targets):
            return False
        return bool(set(topics_of(sent, Path(self.path))) & self.topic_scope)

    # ------------------------------------------------------------------ reporters
    def attribution_tokens(self, sent: Span) -> set[int]:
        """Token indices inside attribution phrases ("nach Angaben von UN-Mitarbeitern",
        "laut der Armee", "dem Roten Kreuz zufolge"): the reporter, not a party."""
        out: set[int] = set()
        for t in sent:
            case = sx.case_of(t)
            lem = fold(t.lemma_ or t.text)
            if (lem in self.attr_nouns or fold(t.text) in self.attr_nouns) and case in (
                "nach",
                "laut",
            ):
                out.update(k.i for k in t.subtree)
                # "nach Angaben von X": a "von" phrase the parser hung elsewhere right after it
                nxt = t.i + 1
                if nxt < sent.end and fold(sent.doc[nxt].text) in ("von", "vom", "des", "der"):
                    j, named = nxt + 1, False
                    while j < sent.end and sent.doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
                        if named and sent.doc[j].pos_ in ("DET", "ADJ"):
                            break  # the next phrase: "… von Anwälten einige Oppositionelle"
                        named = named or sent.doc[j].pos_ in ("NOUN", "PROPN")
                        out.add(j)
                        j += 1
            elif case in ("laut", "zufolge") and case in self.attr_preps:
                out.update(k.i for k in t.subtree)
        return out

    @staticmethod
    def dateline_tokens(sent: Span, is_place: Callable[[Token], bool]) -> set[int]:
        """Token indices of a dateline that opens the sentence: a place, maybe more places
        ("BERLIN/KIEW"), maybe the agency in brackets, then a dash ("Moskau (Reuters) –",
        "Hamburg (dpa/lno) -", "Hannover -"), or places alone and a colon (a headline's
        "Kairo: Polizei nimmt … fest"). It says where and by whom the report was filed; its
        words are no party of what the sentence tells."""
        toks = list(sent)
        bracket, depth, names = False, 0, []
        for k, t in enumerate(toks[:14]):
            if t.text in _DASHES and depth == 0:
                if k == 0 or k + 1 >= len(toks) or not (bracket or any(map(is_place, names))):
                    return set()  # (the places are looked up only here: the lookup is slow)
                return {x.i for x in toks[: k + 1]}
            if t.text == ":" and depth == 0:
                # a headline's "Tiflis: Polizei nimmt … fest": a place and a colon say where
                # it happened; only places (and not the bracket of an agency), and a clause
                # after it (a speaker's "Merz: …" is no place; "Moskau: …" stays a dateline)
                if k == 0 or k + 2 >= len(toks) or bracket or not all(map(is_place, names)):
                    return set()
                return {x.i for x in toks[: k + 1]}
            if t.text == "(":
                depth, bracket = depth + 1, True
            elif t.text == ")":
                depth -= 1
                if depth < 0:
                    return set()
            elif depth > 0:
                continue  # the agency and its office: "dpa/lrs", "dpa-AFX", "AP"
            elif t.text == "/":
                continue
            elif t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "X", "ADJ"):
                if bracket:  # a name after the bracket: no dateline
                    return set()
                names.append(t)
            else:
                return set()
        return set()

    @staticmethod
    def bracket_label_tokens(sent: Span, hit_at: Callable[[Token], Any]) -> set[int]:
        """Token indices of a short bracket right after a name that labels it: a person's party
        ("Friedrich Merz (CDU)", "Sahra Wagenknecht (BSW)"), a report's agency ("(dpa)",
        "(AFP)") or the short form of the name ("Islamischer Staat (IS)"). The label says who
        the named one is or who reported; it is no second party of the event (the syntax still
        reads it where it is all the text says of a doer)."""
        out: set[int] = set()
        toks = list(sent)
        for k, t in enumerate(toks):
            if t.text != "(" or k == 0:
                continue
            close = next(
                (j for j in range(k + 1, min(k + 6, len(toks))) if toks[j].text == ")"), None
            )
            if close is None or close == k + 1:
                continue
            inside = toks[k + 1 : close]
            hits = [h for h in (hit_at(x) for x in inside) if h is not None]
            if not hits:
                continue
            prev = toks[k - 1]
            named = hit_at(prev)
            if named is not None and all(h.code == named.code for h in hits):
                # the short form of the name just given: "die Terrormiliz Islamischer Staat
                # (IS)", "der Hessischen Landesbahn (HLB)": one actor, named twice
                out.update(x.i for x in inside)
            elif all(h.sector in _LABEL_SECTORS for h in hits) and (
                all(h.sector == "MED" for h in hits)
                or (prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper())
            ):
                out.update(x.i for x in inside)
        return out

    def media_reporters(
        self,
        sent: Span,
        hits: list[Any],
        reporting: Callable[[Token], bool],
    ) -> set[int]:
        """The tokens of media that only report: a newspaper, agency or broadcaster that is
        an argument of a reporting verb ("wie die Nachrichtenagentur dpa berichtete", "sagte
        er der Zeitung", "berichtete der Sender") or of a report noun ("im Gespräch mit der
        Deutschen Presse-Agentur"). A medium is the one who reports, not a party, unless it is
        the doer of the event itself (its subject: "Die Zeitung kritisierte den Kanzler")."""
        out: set[int] = set()
        doc = sent.doc
        media = [h for h in hits if h.sector == "MED"]
        # the words of media names ("die Frankfurter Allgemeine" + "Zeitung" may be two)
        inside = {t.i for t in sent for h in media if h.start <= t.idx < h.end}
        for h in media:
            x = doc[h.token]
            while x.head.i != x.i and x.head.i in inside:
                x = x.head  # the head of the medium's name
            g = x.head
            while g.head.i != g.i and sx.dep(g) in ("appos", "flat", "flat:name", "nmod"):
                g = g.head  # "der Zeitung «Haaretz»", "ein Reporter des Senders"
            if g.i == x.i or sx.dep(g).startswith("acl"):
                continue  # "Journalisten, die über X berichtet hatten": who they are
            lem = fold(g.lemma_ or g.text)
            if (g.pos_ in ("VERB", "AUX") and reporting(g)) or (
                g.pos_ == "NOUN" and (lem in self.attr_nouns or lem in _REPORT_NOUNS)
            ):
                out.update(t.i for t in sent if h.start <= t.idx < h.end)  # its whole mention
        return out

    # ------------------------------------------------------------------ what is political
    def sports(self, sent: Span) -> bool:
        """Is the sentence about sport?"""
        for t in sent:
            for w in {fold(t.text), fold(t.lemma_ or t.text)}:
                if w in self.sports_words or w in self.sports_adjectives:
                    return True
                if w.endswith(self.sports_endings) and t.pos_ in ("NOUN", "PROPN"):
                    return True
        return False

    @staticmethod
    def _bare(h: Any) -> bool:
        return not h.code.startswith(("IGO:", "NGO:")) and h.sector in ("-", "")

    def _content_lemmas(self, v: Token) -> set[str]:
        toks = sx.objects(v) + sx.preps(v, "um") + sx.preps(v, "zu")
        return {fold(x.lemma_ or x.text) for x in toks} | {fold(x.text) for x in toks}

    @staticmethod
    def _warned_thing(anchor: Token, h: HitLike, doc: Doc, event_noun: Callable[[Token], bool]):
        """Is target h only the owner (genitive, adjective, prefix, place) of a thing or state
        the warning's "vor"-phrase names ("vor einer Staatspleite Argentiniens")?"""
        if h.how.startswith("span") or not 0 <= h.token < len(doc):
            return False
        x = doc[h.token]
        for _ in range(6):  # up to the phrase that hangs on the verb
            if x.head.i == anchor.i or x.head.i == x.i:
                break
            x = x.head
        if x.head.i != anchor.i or sx.case_of(x) != "vor" or x.pos_ != "NOUN":
            return False
        if x.i == h.token and h.how != "prefix":
            return False  # the phrase's head is the actor itself
        return not event_noun(x)

    def _befalls(self, v: Token, sources: list[Any]) -> bool:
        """Rule `risk`, the subject form: "drohen" whose subject is a thing, not an actor ("ihm
        droht eine Haftstrafe", "Dem Land drohen Engpässe"), names what may befall someone: no
        actor's threat, whoever the dative is. The threat sense has an actor as its subject
        and says with what ("mit"), what it will do (an infinitive or a clause) or nothing.
        An actor only in the genitive of the thing ("droht das Ende der Koalition", "ein
        Stillstand der Bundesbehörden") is no subject, and a reporter's clause after it ("…,
        schrieb die Zeitung") is not what is threatened."""
        if sx.preps(v, "mit", True) or any(
            sx.dep(k) == "xcomp"
            or (sx.dep(k) in ("ccomp", "parataxis") and k.i > v.i and not self._says(k))
            for k in v.children  # what it threatens to do ("drohte, … anzugreifen"), not a
        ):  # condition before it ("Sollte das Gericht …, droht ihm …")
            return False
        subj = [k for k in v.children if sx.dep(k) == "nsubj"]
        if not subj or any(k.pos_ != "NOUN" for k in subj):
            return False
        inside = {t.i for k in subj for t in k.subtree}
        return not any(h.token in inside and "nested" not in h.how for h in sources)

    def _says(self, k: Token) -> bool:
        """k is a reporting verb with its own subject ("…, schrieb die Zeitung")."""
        return fold(k.lemma_ or k.text) in self.reporting and any(
            sx.dep(c) == "nsubj" for c in k.children
        )

    def out_of_scope(
        self,
        typ: str,
        kind: str,
        anchor: Token,
        verb_lemma: str | None,
        sources: list[Any],
        targets: list[Any],
        sent: Span,
        doc: Doc,
        event_noun: Callable[[Token], bool] | None = None,
    ) -> str | None:
        """The reason this event is not a political event (None: it is one). `event_noun`
        tells whether a noun names an act (the lexicon has an entry for it)."""
        defence = self.defence_industry(typ, sources + targets, doc)
        if not defence and self.business(sources, targets, doc):
            return "business"
        if not defence and self.topic_only(typ, sources, targets, sent):
            return "topic"
        if (
            typ in self.sports_types
            and sources
            and all(self._bare(h) or self.nonpolitical(h, doc) for h in sources + targets)
            and self.sports(sent)
        ):
            return "sports"
        if kind != "noun" and verb_lemma in self.advisory_verbs and typ == "ACCUSE":
            if not targets:
                return "advisory"
            if event_noun is not None and all(
                self._warned_thing(anchor, h, doc, event_noun) for h in targets
            ):
                return "advisory"
        if (
            kind != "noun"
            and typ == "THREATEN"
            and verb_lemma in self.risk_verbs
            and not targets
            and not sx.preps(anchor, "mit", True)
            and any(
                sx.dep(k) in ("obj", "nsubj:pass") and k.pos_ == "NOUN" for k in anchor.children
            )
        ):
            return "risk"
        if kind != "noun" and typ == "THREATEN" and verb_lemma in self.risk_verbs:
            if self._befalls(anchor, sources):
                return "risk"
        if (
            kind != "noun"
            and typ == "REQUEST"
            and not targets
            and self._content_lemmas(anchor) & self.appeal_contents
        ):
            return "public-appeal"
        return None
