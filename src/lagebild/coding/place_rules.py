"""Place rules of the event coder: the places a sentence names, places as targets of acts on a
location, the countries of actors named without one (from the place or the scene), the state as
the implied doer of an arrest where it happened (rule `state-agent`) and the vicinity of a place
("in der Nähe von X") (docs/coding.md).

`PlaceRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from lagebild.actors.resolver import STATE_SECTORS, visited_place
from lagebild.coding import syntax as sx
from lagebild.coding.mentions import Hit, _place_name_country

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Actors, Cand

# the rule name of sources implied by the state where it happened (EventCoder._state_agent)
STATE_AGENT = "state-agent"


class PlaceRules:
    """Rules about the places of a sentence and the countries they give."""

    # ------------------------------------------------------------------ countries
    LOCATION_PREPS = ("in", "vor", "bei", "nahe", "an", "über")

    def _places(self, sent: Span, actors: Actors) -> list[str]:
        """Countries of the places the sentence is set in ("in Istanbul", "vor der Küste
        Venezuelas")."""
        return [h.country for h in self._place_hits(sent, actors) if h.country]

    def _place_hits(self, sent: Span, actors: Actors) -> list[Hit]:
        """The places the sentence is set in, each as a hit with its country's bare code."""
        out: list[Hit] = []
        bare: list[bool] = []
        for t in sent:
            if sx.case_of(t) in self.LOCATION_PREPS and sx.base_dep(t) in ("obl", "nmod"):
                h = actors.at(t) or self._nested(t, actors, 1)
                if h is not None and h.code.startswith("IGO:") and t.pos_ == "PROPN":
                    # the seat of an organisation named as a place: "in Brüssel" is Belgium
                    cc = actors.place_country(t.text) if t.text == h.text else None
                    if cc and not cc.startswith(("IGO", "NGO")):
                        out.append(Hit(cc, h.name, h.text, h.start, h.end, h.token, "place"))
                        bare.append(True)
                        continue
                if h is not None and h.country and not h.code.startswith(("IGO:", "NGO:")):
                    out.append(Hit(h.country, h.name, h.text, h.start, h.end, h.token, "place"))
                    bare.append("/" not in h.code)
        # a place ("in Vilnius") before an institution ("vor der russischen Botschaft")
        return [h for _, h in sorted(zip(bare, out, strict=True), key=lambda p: not p[0])]

    # rule `state-agent`: an agentless passive or a noun of state coercion ("In Polen wurden
    # drei Männer festgenommen", "Ein Oppositioneller wurde in Minsk zu zehn Jahren Haft
    # verurteilt") was done by the state where it happened: the country of the place the
    # sentence sets it in, else of a domestic patient (an opposition politician, a journalist,
    # protesters: whom a state arrests at home); the sector by the act (a court sentences, the
    # police arrest, the government bans). Not for attacks, whose doers are often unknown.
    STATE_AGENT_TYPES = ("COERCE",)

    # whom a state releases that it held (rule `release-holder`): the country of the patients of
    # these sectors is the holder's when no place names it (foreign nationals are held abroad)
    RELEASE_PATIENTS = frozenset({"OPP", "MED", "LAB", "PTY", "LEG"})

    DOMESTIC_PATIENTS = frozenset({"OPP", "CVL", "MED", "LAB", "PTY", "LEG", "ELI"})

    JUDICIAL_WORDS = ("verurteil", "haft", "strafe", "urteil", "anklage", "ermittl")

    def _place_governor(self, h: Hit, actors: Actors) -> int:
        """The word a place's phrase ("in Istanbul", "im Norden Syriens") hangs on."""
        t = actors.doc[h.token]
        for _ in range(3):
            if sx.case_of(t) in self.LOCATION_PREPS or t.head.i == t.i:
                break
            t = t.head
        return t.head.i

    def _state_agent(self, c: Cand, typ: str, sent: Span, actors: Actors) -> Hit | None:
        e = c.entry
        release = self._release(e)
        if typ not in self.STATE_AGENT_TYPES and not release:
            return None
        a = c.anchor
        # the place of the act: on its own word, else on the clause it is an argument of
        # ("Nach der Festnahme des Bürgermeisters in Istanbul"), never another clause's
        # ("…, der in seiner Heimat inhaftiert worden war, ist in Cannes ausgezeichnet worden")
        heads = {a.i} | ({a.head.i} if c.kind == "noun" and a.head.i != a.i else set())
        if release:
            # the place of the release or of the prisoners ("Gefangene in Belarus", "eines in
            # Belarus inhaftierten Deutschen"), not of the clause a release noun is the topic
            # of ("Gespräche in Kairo über die Freilassung der Geiseln")
            pats = [actors.doc[h.token] for h in c.targets if 0 <= h.token < len(actors.doc)]
            heads = {a.i} | {p.i for p in pats}
            heads |= {k.i for p in pats for k in p.children if sx.dep(k) == "amod"}
        deport = str(e.cameo)[:3] == "174"
        found = (
            (self._departure_places(c, actors) if deport else [])
            or self._location_targets(c, actors)
            or [
                h
                for h in self._place_hits(sent, actors)
                if self._place_governor(h, actors) in heads
            ]
        )
        if not found and not deport:  # the deported are sent to their country
            found = [
                t
                for t in c.targets
                if t.country
                and t.sector in (self.RELEASE_PATIENTS if release else self.DOMESTIC_PATIENTS)
                and not t.code.startswith(("/", "IGO:", "NGO:"))
            ][:1]
        if not found:
            return None
        h = found[0]
        if any(w in e.id for w in self.JUDICIAL_WORDS):
            sector = "JUD"
        elif str(e.cameo)[:3] in ("170", "173", "175"):
            sector = "COP"
        else:
            sector = "GOV"
        code = f"{h.country}/{sector}"
        if any(t.token == h.token or (h.start < t.end and t.start < h.end) for t in c.targets):
            # the patient itself gave the country: the act's own word is the evidence
            return Hit.of_token(code, a, STATE_AGENT)
        return Hit(code, None, h.text, h.start, h.end, h.token, STATE_AGENT)

    DEPARTURE_PREPS = ("von", "vom", "aus")

    def _departure_places(self, c: Cand, actors: Actors) -> list[Hit]:
        """Where the deported were sent from ("von Leipzig nach Kabul abgeschoben", "aus
        Deutschland abgeschoben"): a place in a "von"/"aus" phrase on the verb, whose state
        deported them (rule `state-agent`); never where they were sent ("nach Kabul")."""
        if c.kind == "noun":
            return []
        out = []
        for t in c.anchor.children:
            if sx.case_of(t) not in self.DEPARTURE_PREPS or sx.base_dep(t) not in ("obl", "nmod"):
                continue
            h = actors.at(t)
            if h is None or not h.country or h.code.startswith(("IGO:", "NGO:")):
                continue
            if h.is_place or "/" not in h.code:  # a town or a country, not its police
                out.append(Hit(h.country, h.name, h.text, h.start, h.end, h.token, "place"))
        return out

    def _location_target(self, c: Cand, actors: Actors) -> Hit | None:
        """An attack on things, not actors ("zerstörte Schnellboote vor der Küste Venezuelas"):
        the country where it happened is the target. Of several places, the first of another
        country than the source's ("Indische Streitkräfte haben nach Angaben des Ministeriums in
        Neu-Delhi … Ziele in Pakistan angegriffen", "in Neu-Delhi" hung on the verb)."""
        found = self._location_targets(c, actors)
        if not found:
            return None
        own = {h.country for h in c.sources}
        return next((h for h in found if h.country not in own), found[0])

    def _location_targets(self, c: Cand, actors: Actors) -> list[Hit]:
        out: list[Hit] = []
        a = c.anchor
        scope = [a] + ([c.noun] if c.noun is not None and c.noun.i != a.i else [])
        if c.kind != "noun":
            scope += self._objects(a)
        active = c.kind != "noun" and any(sx.dep(k) == "nsubj" for k in a.children)
        objs = self._objects(a) if c.kind != "noun" else []
        for x in scope:
            # PPs the parser hung on the verb that continue the event noun's phrase ("ihre
            # Angriffe auf Ziele im Süden des Libanon ausgeweitet")
            cont = sx.np_continuation(x) if c.kind == "noun" and x is a else []
            for t in list(x.children) + cont:
                prep = sx.case_of(t)
                # "den Hafen von Eilat" with the PP hung on the active verb: the object's place
                of_obj = (
                    prep == "von"
                    and x is a
                    and active
                    and any(o.i < t.i and t.i - o.i <= 3 for o in objs)
                )
                # "der Anschlag von Ankara": the scene of an attack named by its noun
                of_noun = prep in ("von", "vom") and c.kind == "noun" and x is a
                if (prep in self.LOCATION_PREPS or of_obj or of_noun) and sx.base_dep(t) in (
                    "obl",
                    "nmod",
                ):
                    h = actors.at(t) or self._nested(t, actors, 1)
                    if of_noun and (h is None or not h.is_place):
                        continue
                    if h is not None and h.country and not h.code.startswith(("IGO:", "NGO:")):
                        out.append(
                            Hit(h.country, h.name, h.text, h.start, h.end, h.token, "location")
                        )
        if not out and c.kind == "noun" and not c.sources:
            out = self._object_scene(a, actors)
        return out

    def _object_scene(self, n: Token, actors: Actors) -> list[Hit]:
        """Rule `object-scene`: an attack noun whose object is a thing, not an actor, set in a
        place ("ein Drohnenangriff auf ein Auto in der Stadt Nabatäa", "der Beschuss eines
        Zeltlagers für Vertriebene in Chan Junis", "der Anschlag auf einen Reisebus nahe Bahir
        Dar"): the country of the place of the thing hit is the target, as the place of the
        noun itself is: the first place phrase within the noun's phrase (PPs the parser hung
        on the verb that continue it included). Only for a noun with neither target nor doer
        named (an attack noun may have a null source: coding/doers.py), where the event would
        otherwise be lost for want of any party."""
        phrase = [n] + sx.np_continuation(n)
        toks = sorted({t for x in phrase for t in self._phrase(x) if t.i > n.i}, key=lambda t: t.i)
        for t in toks:
            if sx.case_of(t) not in self.LOCATION_PREPS + ("nahe", "zwischen"):
                continue
            if sx.base_dep(t) not in ("obl", "nmod", "appos"):
                continue
            h = actors.at(t) or self._nested(t, actors, 1) or actors.place(t)
            if h is not None and h.country and not h.code.startswith(("IGO:", "NGO:")):
                return [Hit(h.country, h.name, h.text, h.start, h.end, h.token, "location")]
        return []

    @staticmethod
    def _phrase(x: Token) -> list[Token]:
        """The tokens of x's noun phrase without the clauses in it (a relative clause's "für den
        Krieg in Gaza" is not where the thing was hit)."""
        out = [x]
        for k in x.children:
            if sx.base_dep(k) not in ("acl", "advcl", "ccomp", "xcomp", "parataxis", "conj"):
                out += PlaceRules._phrase(k)
        return out

    def _fill_countries(
        self,
        hits: list[Hit],
        others: list[Hit],
        sent: Span,
        actors: Actors,
        borrow: bool = True,
        anchor: Token | None = None,
    ) -> list[Hit]:
        """Actors the resolver found without a country ('/COP') take the country of the place
        the sentence names, else of the other side of the event; else they are dropped. People
        (CVL, LAB, REF) take their own phrase's place first, then the place of the event's own
        clause (a place phrase on `anchor`), then any other."""
        out = []
        for h in hits:
            if not h.code.startswith("/"):
                out.append(h)
                continue
            if actors.unplaced(h.token):  # the actor stage: of no single country, none to fill
                continue
            own = None  # the actor's own adjective first: "von der iranischen Marine im Golf"
            if 0 <= h.token < len(actors.doc):
                for k in actors.doc[h.token].children:
                    if sx.dep(k) == "amod":
                        a = actors.adjective(k)
                        if a is not None and a.country and not a.code.startswith("/"):
                            own = a.country
                            break
                if own is None and h.sector in self.PEOPLE_SECTORS:
                    own = self._own_place(actors.doc[h.token], actors)
            if own:
                h.code = own + h.code
                h.how += "+own-country"
                out.append(h)
                continue
            found = self._place_hits(sent, actors)
            if anchor is not None and h.sector in self.PEOPLE_SECTORS:
                # "Nach Gesprächen in Paris legten … Krankenpfleger in Belgien die Arbeit
                # nieder": the clause's own place before one inside another phrase; towns and
                # countries still before institutions ("vor die russische Botschaft in Vilnius")
                def key(p: Hit, a: Token = anchor) -> tuple[bool, bool]:
                    at = actors.at(actors.doc[p.token])
                    institution = at is not None and "/" in at.code and not at.is_place
                    return institution, self._place_governor(p, actors) != a.i

                found.sort(key=key)
            places = [
                p.country
                for p in found
                if p.country
                # an official's visit's place ("bei einem Besuch im Tschad", "in Teheran
                # eingetroffen") is where he is, not whose official he is
                and not (h.sector in STATE_SECTORS and visited_place(actors.doc[p.token]))
            ]
            cc = places[0] if places else None
            how = "+country"
            if cc is None:
                cc = self._scene_country(sent, actors, h.sector)
                how = "+scene"
            if cc is None and borrow:
                cc = next(
                    (
                        o.country
                        for o in others
                        if o.country
                        and not o.code.startswith(("/", "IGO:", "NGO:"))
                        # an official of no named country does not act on his own government
                        and not (h.sector == o.sector == "GOV")
                    ),
                    None,
                )
                how = "+country"
            if cc is None and h.sector in self.PEOPLE_SECTORS | {"BUS"}:
                # the one country all actors of the sentence with a country share (employers
                # too: "die Einigung von Gewerkschaften und Arbeitgebern", of the unions' land)
                ccs = actors.countries(sent, bodies=False)
                cc = next(iter(ccs)) if len(ccs) == 1 else None
                how = "+sentence-country"
            if cc:
                h.code = cc + h.code
                h.how += how
                out.append(h)
        return out

    OWN_PLACE_PREPS = ("in", "aus")

    def _own_place(self, t: Token, actors: Actors) -> str | None:
        """The country of a place in the phrase of people of no country ("rund 30 Prozent der
        Krankenpfleger in Belgien", "Tausende Kleinbauern aus Kenia"): where they are or come
        from, before any other place of the sentence."""
        for k in t.children:
            if sx.base_dep(k) != "nmod" or sx.case_of(k) not in self.OWN_PLACE_PREPS:
                continue
            h = actors.at(k) or actors.place(k)
            if h is not None and h.country and not h.code.startswith(("IGO:", "NGO:", "/")):
                return h.country
        return None

    # rule `scene`: people, police or officials of no country named where the sentence sets
    # them ("durch die Wiener Innenstadt", "die Zufahrten nach Brüssel", "das Brüsseler
    # Europaviertel"): a city or country after a preposition of place or way ("nach" only for
    # protesters and workers: where an official, a soldier or a refugee goes is not whose they
    # are), or a city adjective on a noun that names no actor
    SCENE_PREPS = ("durch", "nach", "um", "entlang")

    PEOPLE_SECTORS = frozenset({"CVL", "LAB", "REF"})

    def _scene_country(self, sent: Span, actors: Actors, sector: str) -> str | None:
        for t in sent:
            prep = sx.case_of(t)
            if (
                prep in self.LOCATION_PREPS + self.SCENE_PREPS
                and sx.base_dep(t) in ("obl", "nmod")
                and t.pos_ == "PROPN"
                and (prep != "nach" or sector in ("CVL", "LAB"))
                and not (sector in STATE_SECTORS and visited_place(t))
            ):
                h = actors.at(t)
                if h is not None and h.sector not in ("-", "GOV") and not h.code.startswith("IGO:"):
                    continue  # an actor, not a place ("nach der Polizei")
                cc = actors.place_country(t.text)
                if cc:
                    return cc
            nxt = t.nbor(1) if t.i + 1 < sent.end else None
            if (
                nxt is not None
                and t.pos_ in ("ADJ", "PROPN", "NOUN")
                and t.text[:1].isupper()
                and t.text.endswith("er")
                and len(t.text) >= 6
                and nxt.pos_ == "NOUN"
                and nxt.text[:1].isupper()
                and actors.at(t) is None
                and actors.at(nxt) is None
            ):  # "die Wiener Innenstadt", "das Brüsseler Europaviertel": a city's adjective
                # (never inflected) before a noun that names no actor
                cc = actors.place_country(t.text[:-2])
                if cc:
                    return cc
        return None

    # words that place an act relative to a town or country ("nördlich von Paris", "unweit
    # Damaskus", "in der Nähe von Kiew", "in der Umgebung von Aleppo"): the place they name is
    # where, never whom (rule `not-target`)
    VICINITY_WORDS = frozenset(
        {
            "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich",
            "südöstlich", "südwestlich", "unweit", "nahe", "nahe bei", "unfern",
        }
    )  # fmt: skip

    VICINITY_NOUNS = frozenset({"Nähe", "Umgebung", "Umland", "Stadtrand", "Vorfeld"})

    def _vicinity_place(self, t: Token) -> bool:
        """Is t a town or country name in a phrase that locates something near it ("nördlich
        von Paris", "nahe Damaskus", "in der Nähe von Kiew")?"""
        if t.pos_ != "PROPN" or not _place_name_country(t.text):
            return False
        words = [k for k in t.children if sx.dep(k) in ("advmod", "case", "amod")]
        if t.left_edge.i > t.sent.start:  # "Nördlich von Paris" (the adverb hung on the verb)
            words.append(t.doc[t.left_edge.i - 1])
        if any((k.lemma_ or k.text).lower() in self.VICINITY_WORDS for k in words):
            return True
        h = t.head
        return (
            sx.base_dep(t) == "nmod"
            and h.pos_ == "NOUN"
            and (h.lemma_ or h.text) in self.VICINITY_NOUNS
            and not self.noun_entries(h)[1]
        )
