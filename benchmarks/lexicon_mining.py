"""Mine lexicon candidates by frequency in real text (issue #5, session 8, helper coding-lex9).

    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python benchmarks/lexicon_mining.py \
        [--records /tmp/lexmine.jsonl] [--reuse] [--top 80] [--min 2] [--no-steering] [--gap]

--gap (session 10, coding-lexicon11) ranks only sentences with at least two actor mentions and no
event at all (each record keeps `actors`, the number of actor mentions, and `events`, the number
of events the coder makes of the sentence; records written before have neither and are skipped).

Runs the NLP, the actor stage and the coder's own argument finders over the German sentences in
../shared/data (UD German-GSD dev+test, GermEval 2014 dev+test, all SmartData news documents,
via benchmarks/coding_corpus.py) plus the texts of the pooled steering sets
(benchmarks/events-de-lead-check*.jsonl), and prints three ranked lists:

(a) VERBS whose subject, object, indirect object or a PP argument is an actor mention (country,
    organisation, person with a role, GOV/MIL/... description) and which have no verb entry in
    the lexicon (lemma with its particle joined, "sich" marked), by number of sentences;
(b) EVENT-LIKE NOUNS without an entry: deverbal nouns (-ung, -ion, -ierung, -nahme, -bruch,
    -schlag, -verbot, ...) that have an actor as genitive, possessive, adjective or prefix, or
    stand as the object of a verb with an actor subject;
(c) LIGHT VERBS: for every noun that has entries, the verbs governing it as object or passive
    subject that none of its light-verb entries lists (and that are no support or realising verb,
    which reach every noun entry anyway).

Every row gives the count over the news corpora and over the steering sets separately ("c"/"s"),
and how many of them had an actor in the role. The per-sentence records go to --records (in
/tmp, outside the repository: they hold corpus text); --reuse ranks them again without parsing.
Never copies corpus text into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

# heads of event nouns (German derivation and compound heads of acts); a noun that ends in one
# of these and has no entry is a candidate
EVENT_SUFFIXES = (
    "ung",
    "ion",
    "nahme",
    "bruch",
    "schlag",
    "verbot",
    "sperre",
    "embargo",
    "verfahren",
    "klage",
    "anklage",
    "urteil",
    "abkommen",
    "vertrag",
    "vereinbarung",
    "angriff",
    "anschlag",
    "einsatz",
    "operation",
    "manöver",
    "übung",
    "zölle",
    "zoll",
    "sanktion",
    "sanktionen",
    "protest",
    "streik",
    "boykott",
    "besuch",
    "gespräch",
    "gespräche",
    "treffen",
    "gipfel",
    "abzug",
    "rückzug",
    "lieferung",
    "hilfe",
    "drohung",
    "warnung",
    "forderung",
    "appell",
    "aufruf",
    "kritik",
    "vorwurf",
    "vorwürfe",
    "festnahme",
    "haft",
    "ausweisung",
    "abschiebung",
    "auslieferung",
    "sabotage",
    "spionage",
    "cyberangriff",
    "hackerangriff",
)
# nouns ending in -ung/-ion that are no acts (states, places, things, institutions)
NOT_EVENT = {
    "regierung",
    "bevölkerung",
    "zeitung",
    "meinung",
    "wohnung",
    "richtung",
    "stiftung",
    "bedeutung",
    "leitung",
    "ordnung",
    "rechnung",
    "hoffnung",
    "entwicklung",
    "erfahrung",
    "bildung",
    "ausbildung",
    "forschung",
    "region",
    "million",
    "milliarde",
    "nation",
    "position",
    "situation",
    "union",
    "kommission",
    "funktion",
    "version",
    "station",
    "generation",
    "tradition",
    "religion",
    "information",
    "produktion",
    "abteilung",
    "verwaltung",
    "umgebung",
    "versammlung",
    "vertretung",
    "opposition",
    "koalition",
    "organisation",
    "institution",
    "delegation",
    "mission",
    "redaktion",
    "fraktion",
    "verfassung",
    "währung",
    "sendung",
    "ausstellung",
    "veranstaltung",
    "führung",
    "munition",
    "dion",
    "lion",
}


def _sentences(steering: bool) -> list[tuple[str, str]]:
    import coding_corpus as cc

    items = [(c, t) for c, t in cc.ud_sentences(10**6) + cc.germeval_sentences(10**6)]
    items += [(c, t) for c, t, _ in cc.smartdata_docs(10**6)]
    if steering:
        for f in sorted((REPO / "benchmarks").glob("events-de-lead-check*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    items.append(("steering", json.loads(line)["text"]))
    return items


def _codes(hits: list) -> list[str]:
    return sorted({h.code for h in hits})


def collect(records_path: Path, steering: bool, limit: int = 0) -> None:
    from lagebild.actors import load_resolver
    from lagebild.coding import load_coder
    from lagebild.coding import syntax as sx
    from lagebild.coding.coder import Actors
    from lagebild.coding.lexicon import fold
    from lagebild.models import Document
    from lagebild.nlp import load_analyzer

    nlp, resolver, coder = load_analyzer("default", "de"), load_resolver(), load_coder()
    items = _sentences(steering)
    if limit:
        items = items[-limit:]
    t0 = time.perf_counter()
    with records_path.open("w", encoding="utf-8") as out:
        for n, (corpus, text) in enumerate(items):
            doc = Document(source=f"{corpus}#{n}", format="text", text=text)
            doc.finalize_ids()
            try:
                docs = nlp.analyze(doc)
                resolver.annotate(doc, docs)
            except Exception as exc:  # one bad text never stops the run
                print(f"skip {corpus}#{n}: {exc}", file=sys.stderr)
                continue
            for sdoc in docs.values():
                actors = Actors(sdoc, resolver)
                mentions = list(sdoc.spans["actors"]) if "actors" in sdoc.spans else []
                for si, sent in enumerate(sdoc.sents):
                    try:
                        n_events = len(coder.code_sentence(sent))
                    except Exception:  # the record still counts; the sentence is no "gap"
                        n_events = -1
                    coder._cur_actors = actors
                    n_actors = sum(sent.start <= m.start < sent.end for m in mentions)
                    rec = {"corpus": corpus, "sid": f"{corpus}#{n}.{si}", "verbs": [], "nouns": []}
                    rec["actors"], rec["events"] = n_actors, n_events
                    for t in sent:
                        if t.pos_ == "VERB":
                            rec["verbs"].append(_verb_record(t, coder, actors, sx, fold))
                        elif t.pos_ == "NOUN":
                            r = _noun_record(t, coder, actors, sx, fold)
                            if r:
                                rec["nouns"].append(r)
                    if rec["verbs"] or rec["nouns"]:
                        rec["text"] = sent.text
                        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if n % 500 == 0:
                print(f"{n}/{len(items)} {time.perf_counter() - t0:.0f}s", file=sys.stderr)


def _verb_record(t, coder, actors, sx, fold) -> dict:
    lemma = coder.verb_lemma(t)
    roles: dict[str, list[str]] = {}
    try:
        subj = coder._subject(t)[0]
    except Exception:
        subj = []
    for role, toks in (
        ("subj", subj),
        ("obj", coder._objects(t)),
        ("iobj", sx.indirect_objects(t)),
    ):
        hits, _ = coder._hits(toks, actors, 1)
        if hits:
            roles[role] = _codes(hits)
    for c in t.children:
        if sx.base_dep(c) in ("obl", "obj", "iobj") and (p := sx.case_of(c)):
            hits, _ = coder._hits([c], actors, 1)
            if hits:
                roles.setdefault(p, []).extend(_codes(hits))
    objs = [fold(o.lemma_ or o.text) for o in coder._objects(t)]
    return {
        "lemma": lemma,
        "refl": sx.has_reflexive(t),
        "entry": lemma in coder.lex.by_verb,
        "light": any(lemma in e.verb for o in coder._objects(t) for e in coder.noun_entries(o)[1]),
        "roles": roles,
        "obj": objs,
        "preps": sorted({p for c in t.children if (p := sx.case_of(c)) and c.pos_ == "NOUN"}),
    }


def _noun_record(n, coder, actors, sx, fold) -> dict | None:
    lemma = fold(n.lemma_ or n.text)
    key, ents = coder.noun_entries(n)
    g = n.head
    gov = None
    if g.i != n.i and g.pos_ in ("VERB", "AUX"):
        d = sx.dep(n)
        if d in ("obj", "nsubj:pass", "obl", "nsubj"):
            gov = {
                "verb": coder.verb_lemma(g),
                "dep": d,
                "prep": sx.case_of(n),
                "subj_actor": bool(coder._hits(coder._subject(g)[0], actors, 1)[0]),
            }
    owner = []
    for c in sx.genitives(n) + [c for c in n.children if sx.dep(c) == "amod"]:
        h = actors.at(c) or actors.adjective(c)
        if h is not None:
            owner.append(h.code)
    if (h := actors.prefix(n)) is not None:
        owner.append(h.code)
    pp = {}
    for c in n.children:
        if (p := sx.case_of(c)) and (h := actors.at(c)) is not None:
            pp.setdefault(p, []).append(h.code)
    if not ents:
        base = lemma.split("-")[-1]
        if base in NOT_EVENT or base.endswith("schaft") or not base.endswith(EVENT_SUFFIXES):
            return None
        if not (owner or pp or (gov and gov["subj_actor"])):
            return None
    elif gov is None:
        return None
    return {
        "lemma": lemma,
        "key": key if ents else None,
        "light": sorted({v for e in ents if e.kind == "light" for v in e.verb}),
        "types": sorted({e.type for e in ents}),
        "gov": gov,
        "owner": owner,
        "pp": pp,
    }


def rank(records_path: Path, top: int, minimum: int, gap: bool = False) -> None:
    from lagebild.coding import load_coder
    from lagebild.coding.lexicon import fold

    coder = load_coder()
    lex = coder.lex
    realising = lex.words("realising_verbs")
    support = coder.support_verbs
    verbs: Counter = Counter()
    verbs_c: Counter = Counter()
    verb_roles: dict[str, Counter] = defaultdict(Counter)
    verb_objs: dict[str, Counter] = defaultdict(Counter)
    nouns: Counter = Counter()
    nouns_c: Counter = Counter()
    noun_govs: dict[str, Counter] = defaultdict(Counter)
    light: Counter = Counter()
    light_c: Counter = Counter()
    sentences = Counter()
    for line in records_path.open(encoding="utf-8"):
        rec = json.loads(line)
        corpus = rec["corpus"]
        if gap and (rec.get("actors", 0) < 2 or rec.get("events", 1) != 0):
            continue  # --gap: only sentences with two actor mentions and no event
        sentences[corpus] += 1
        seen_v, seen_n, seen_l = set(), set(), set()
        for v in rec["verbs"]:
            if v["entry"] or v["light"] or not v["roles"]:
                continue
            name = ("sich " if v["refl"] else "") + v["lemma"]
            if name in seen_v:
                continue
            seen_v.add(name)
            verbs[name] += 1
            verbs_c[name] += corpus != "steering"
            verb_roles[name].update(v["roles"].keys())
            verb_objs[name].update(o for o in v["obj"])
        for n in rec["nouns"]:
            if n["key"] is None:
                if n["lemma"] in seen_n:
                    continue
                seen_n.add(n["lemma"])
                nouns[n["lemma"]] += 1
                nouns_c[n["lemma"]] += corpus != "steering"
                if n["gov"]:
                    noun_govs[n["lemma"]][n["gov"]["verb"]] += 1
            elif n["gov"] and n["gov"]["dep"] in ("obj", "nsubj:pass"):
                vb = fold(n["gov"]["verb"])
                if vb in n["light"] or vb in realising or vb in support or vb in lex.by_verb:
                    continue
                pair = f"{n['key']} + {vb} ({'/'.join(n['types'])})"
                if pair in seen_l:
                    continue
                seen_l.add(pair)
                light[pair] += 1
                light_c[pair] += corpus != "steering"
    print("sentences read:", dict(sentences))
    print(f"\n(a) verbs with an actor argument and no verb entry (min {minimum}; c = news corpora)")
    for name, k in verbs.most_common():
        if k < minimum:
            break
        roles = ",".join(r for r, _ in verb_roles[name].most_common(4))
        objs = ",".join(o for o, _ in verb_objs[name].most_common(3))
        sup = " [support verb]" if name.split()[-1] in support else ""
        print(f"{k:5d} c{verbs_c[name]:<4d} {name:<28} roles {roles:<22} obj {objs}{sup}")
        top -= 1
        if top <= 0:
            break
    print(f"\n(b) event-like nouns without an entry, with an actor nearby (min {minimum})")
    for name, k in nouns.most_common(200):
        if k < minimum:
            break
        govs = ",".join(f"{g}:{c}" for g, c in noun_govs[name].most_common(4))
        print(f"{k:5d} c{nouns_c[name]:<4d} {name:<30} governed by {govs}")
    print(f"\n(c) nouns with entries and governing verbs no light entry lists (min {minimum})")
    for pair, k in light.most_common(200):
        if k < minimum:
            break
        print(f"{k:5d} c{light_c[pair]:<4d} {pair}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", default="/tmp/lexmine.jsonl")
    ap.add_argument("--reuse", action="store_true", help="rank saved records, do not parse")
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--no-steering", action="store_true")
    ap.add_argument(
        "--gap", action="store_true", help="rank only sentences with >= 2 actor mentions, no event"
    )
    ap.add_argument("--limit", type=int, default=0, help="only the last N texts (a quick check)")
    args = ap.parse_args()
    path = Path(args.records)
    if not args.reuse:
        collect(path, not args.no_steering, args.limit)
    rank(path, args.top, args.min, args.gap)


if __name__ == "__main__":
    main()
