"""Probe sets of fresh news sentences (tests/data/coding_probes_*.jsonl, written for the
generalisation work of 2026-11-25, never used to write a lexicon entry for one sentence), coded
through the real NLP and actor stages and scored like the gold set. Each set guards one general
failure class: a place as the target of an attack, a genitive/"von" actor inside a non-actor target
NP, verbs whose type depends on their arguments (verurteilen, blockieren, besetzen, festhalten),
attacks the text names without an attacker (null source), and reported speech / passives /
coordination. The floors sit a little below the measured figures (docs/coding.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.events import read_jsonl, score

DATA = Path(__file__).parent / "data"

# strict F1 floors, a little below the figures measured after the fixes (first run before them:
# place 0.632, genitive 0.933, verbs 0.679, nosource 0.182, other 0.963; see docs/coding.md)
FLOORS = {
    "place": 0.82,
    "genitive": 0.93,
    "verbs": 0.93,
    "nosource": 0.93,
    "other": 0.92,
    "other2": 0.87,  # 15 more of class 5, first run 0.688
    "heldout": 0.85,  # written after the fixes, scored once: 0.889
    # lexicon gaps, wrong senses, modality of embedded event nouns (helper coding-lex):
    # first run 0.482, after 0.942
    "lex2": 0.90,
    "lex2heldout": 0.86,  # 40 more of the same three classes, written after the fixes: 0.909
    "roles": 0.95,  # role resolution (owners, shared subjects, purpose clauses, ...), first run 0.648
    "roles2": 0.72,  # written after the role fixes, scored once: 0.727 (old code 0.492)
    "place2": 0.89,  # places vs parties ("Anschlag von Ankara", "zwischen X und Y"), first run 0.618
    # concede/reject/accuse-threaten/assault-coerce families, nominal events in PPs, conditional
    # readiness and expulsions (helper coding-lex2): first run 0.411, after 0.950 (rules written
    # for these classes: an optimistic figure)
    "lex3": 0.90,
    "lex3heldout": 0.88,  # 20 more, written after the fixes and scored once: 0.920
    # business, sports, history vs political events with the same verbs, first run 0.769
    "nonpolitical": 0.92,
    "nosource2": 0.86,  # agentless passives and accidents, first run 0.125
    "nonpolitical2": 0.72,  # written after that fix, first run 0.667; 0.750-0.857 (tagger: "Polen")
    # scope (helper coding-prec): towns as sources, advisories and public appeals, sports, headline
    # and state passives, reporters as parties; first run 0.526, after 0.917 (docs/coding-review.md)
    "coding-prec": 0.80,  # 0.833 with the tagger of 00:25 UTC (a traffic note read as PROTEST)
    # several events in one sentence ("was"-clauses, shared subjects, event nouns in PPs), light
    # verbs and fixed expressions, modality (helper coding-multi): first run 0.506, after 0.926
    "multi": 0.89,
    # roles across clauses, pronouns, nominal events, sector nouns (helper coding-ctx), ids
    # ctx-<class>-NN; nominal events (ctx-n): first run 0.385, after 0.909; pronouns (ctx-p):
    # first run 0.581, after 0.941; sector nouns (ctx-s): first run 0.545, after 0.727;
    # all 27: 0.899 (0.876 on main 6436b9a, after the tagger/parser/scope merges)
    "ctx": 0.85,
    # session 4 (helper coding-lex): predicates decided by particle/object, evaluative speech
    # acts ("nannte ... illegal", "bezeichnete ... als Diebstahl"), nominal events in PPs;
    # 32 sentences written before the fixes: first run 0.509, after 0.829 (docs/coding.md)
    "lex4": 0.78,
    # targets behind acts, protests against policies, states answering protests, genitives read
    # as subjects, verb-final conjuncts (helper coding-roles, session 4; written after the first
    # fix): main 0.494, after 0.878
    "coding-roles": 0.84,
    # actor resolution (helper coding-actors, session 4): institutions with their seat ("das
    # Oberlandesgericht Frankfurt"), nationality nouns, named companies/unions/parties, adjective
    # actors, "der Staat Palästina"; first run 0.551, after 0.880
    "coding-actors": 0.84,
    # actors of session 5 (helper coding-actors): transnational groups placed by their sentence,
    # places that are no nationality (an organisation's seat, "nach Angaben"), several actors in
    # one mention ("beide Seiten", "Amtskollegen aus X, Y und Z"), regional groups; written after
    # reading the steering sets: main 0.407, after 0.825
    "actors6": 0.78,
    # actors of session 6 (helper coding-actors): countries named by a description ("der
    # Golfstaat", "das Nachbarland"), groups ("die baltischen Staaten"), unknown organisations by
    # their form, people by role, several countries in one phrase; written before the fixes:
    # main 0.800, after 0.975
    "actors7": 0.92,
    # targets one step away (beneficiary of a blocked transfer, the body whose procedure is
    # requested, the holder of prisoners whose release is demanded, strikes, "beide Seiten"),
    # plural counterparts, second events of one verb (helper coding-roles, session 5; written
    # before the fixes, r6-e-* after the drill-site rule): first run 0.550, after 0.948
    "roles6": 0.90,
    # session 5 (helper coding-lex): lexicon coverage by PLOVER type and CAMEO sub-code (weapons
    # hitting places, sieges, advances, media shut, officials removed, candidates barred,
    # airspace entered, harm held out, money released, bodies handed over), one-party decisions
    # and agreements on a measure, capabilities; 60 sentences written before the entries: first
    # run 0.458; 13 more (lex6-g) before a second batch, first run 0/10; all 73 after: 0.866
    "lex6": 0.82,
    # session 5 (helper coding-nouns): event nouns inside container compounds ("Hilfepaket",
    # "Unterstützungsprogramm", linking elements), realising support verbs, money frozen/cut as
    # SANCTION, perfect participles of particle verbs; 20 sentences written before the fix:
    # first run 0.316; containers 0.522, sein-perfects 0.583, realising verbs 0.741, "vordringen"
    # as an advance 0.786
    "nouns": 0.74,
    # session 6 (helper coding-nouns2): event nouns inside another predicate, in PP adjuncts,
    # attributive participles ("die von der EU verhängten Zölle"), realising support verbs; 30
    # sentences written before the fixes: first run 0.805; participles + reaction causes 0.889
    "nouns2": 0.85,
    # 8 sentences written after the fight-parties/mediated-talks/reaction rules, scored once: 0.783
    "nouns2heldout": 0.75,
    # session 6 (helper coding-lex): lexicon coverage of whole news domains (justice, labour and
    # street protest, aid realised, military posture, displeasure and denial); each domain's
    # sentences written before its entries (ids lex7-<domain>-NN): justice 0.370 -> 0.645, protest
    # 0.500 -> 0.696, aid 0.364 -> 0.815, military posture 0.526 -> 0.833, displeasure and denial
    # 0.250 -> 0.762; all 67: 0.762
    "lex7": 0.70,
    # session 6 (helper coding-scope): modality by German grammar (Ersatzkonjunktiv of reported
    # speech, factive/non-factive complements, nominal acts in adjuncts, clause types, pledges);
    # 47 sentences written before the fixes: main 0.623 (7 plain events flagged, 1 flagged one
    # plain), after 0.747 (no flag errors left; the rest are roles)
    "scope7": 0.70,
    # session 7 (helper coding-trace): the sentence bracket ("hat X, <inserted clause>, ...
    # zurückgewiesen"), rule participle-of-aux across the inserted clause; trace-b-01..08
    # written after the fix (main 0.800, after 0.800: the parser closed those brackets itself),
    # trace-b-09..12 written next and scored once: all 12 main 0.643, after 0.882; trace-r-01..06
    # (object-first relative clauses, "ein Gesetz, das die EU kritisierte") written before a rule
    # for them that did not pay (docs/coding.md): all 18 0.857; trace-s-01..04 (a frame phrase
    # before the subject) pass on main already: all 22 0.862
    "coding-trace": 0.82,
    # session 7 (helper coding-nouns8): nominal events lost for their roles: "ihr" of a meeting
    # noun names all the clause's parties, a rejected accusation targets the rejecter, perfects
    # whose participle the parser lost behind an apposition, criticism drawn, visits, "nach
    # einer Einigung mit X", deeds blamed or claimed ("für die Tat verantwortlich"); 19
    # sentences, the first 9 written after the first three rules, the 3 deeds after theirs:
    # main 0.649 (first 16), after the first three rules 0.864, at the end 0.877 (all 19)
    "nouns8": 0.80,
    # session 8 (helper coding-source9): sources the rules miss (relative clauses, conjoined
    # clauses, pronoun subjects, noun events whose owner stands elsewhere); 16 sentences written
    # before the source model was scored on them: main 0.718, with rule source=rolemodel 0.750;
    # after merging main's parser/lexicon work and retraining: target model alone 0.667,
    # shipped (target + source model) 0.700
    "coding-source9": 0.69,
    # session 8 (helper coding-lex9): lexicon kinds missing on the blind sets (indictments and
    # infringement proceedings, no-confidence votes, suspects handed over, courts striking down
    # bans, cyberattacks, sabotage, seizing power, scrambled jets, joint operations and forces;
    # batch 2: rescues at sea, crackdowns and lifted sanctions named by nouns, expulsions "des
    # Landes", forced closures, "in Aussicht stellen" as a promise); 23 sentences written after
    # the entries (optimistic): 0.884 (docs/coding.md)
    "lex9": 0.80,
    # session 8 (helper coding-precision9): false events of real text: plans and pretexts in
    # "für"/"nach"-phrases ("Pläne für einen Angriff", "Vorwand für einen Einmarsch"), the means
    # of a planned act ("Mit Warnstreiks will Verdi …"), warnings of things ("warnt vor einer
    # Staatspleite Argentiniens"), "drohen" as a risk ("Griechenland droht die Pleite"),
    # figurative fighting; 23 sentences written before the fixes: main 0.741, after 0.952; 4
    # more (prec9-unpl-*, prec9-neg-01) written after rule unplaced-source: all 27 1.000
    "coding-precision9": 0.90,
    # session 8 (helper coding-multi9): events with several parties: joint actions
    # ("gemeinsam"), counterparts named by origin ("mit seinen Kollegen aus X, Y und Z"),
    # hosts of an agentless reception, exchanges, agreements of coordinated subjects; 35
    # sentences written before the fixes (ids cm9-<class>-NN): first run 0.717, after the
    # first three rules 0.820, after all 0.906 (rules written while reading these misses)
    "coding-multi9": 0.85,
    # 10 more of the same classes, written after the fixes and scored once: 0.692 (session-start
    # coder 0.522)
    "coding-multi9heldout": 0.65,
    # session 10 (helper coding-sources11): civilians, workers and police without a country,
    # placed by the scene of the sentence ("durch die Belgrader Innenstadt", "das Pariser
    # Regierungsviertel") or by the one country their sentence names; attacks claimed
    # ("reklamierte den Anschlag für sich"); resignations of office holders the knowledge base
    # lists as former on the day; 14 sentences written after the rules (optimistic): the first
    # 12 main 0.526, after 1.000; all 14 on main e388952 0.917 (src11-13/14 no event), after 1.000
    "coding-sources11": 0.90,
}


@pytest.fixture(scope="module")
def coded():
    from lagebild.api import code

    out = {}
    try:
        for name in FLOORS:
            gold = read_jsonl(DATA / f"coding_probes_{name}.jsonl")
            preds = code([{k: g[k] for k in ("id", "text", "lang", "date")} for g in gold])
            out[name] = (gold, preds)
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_set_f1(coded, name):
    gold, preds = coded[name]
    sc = score(gold, preds)
    f1 = sc.strict[2]
    assert f1 >= FLOORS[name], f"{name}: strict F1 {f1:.3f} < {FLOORS[name]}"


def _events(coded, name, rid):
    gold, preds = coded[name]
    return next(p["events"] for p in preds if p["id"] == rid)


def test_place_target_takes_its_country(coded):
    ev = _events(coded, "place", "place-13")  # "Raketen auf Tel Aviv" (a two-word city)
    assert [(e["type"], e["target"]) for e in ev] == [("ASSAULT", "ISR")]
    ev = _events(coded, "place", "place-08")  # "mit Drohnen" is the instrument, not the target
    assert [(e["source"], e["target"]) for e in ev] == [("UKR", "RUS")]


def test_court_sentences_but_a_state_condemns(coded):
    ev = _events(coded, "verbs", "verbs-05")  # a court, no "zu": still a sentence
    assert [e["type"] for e in ev] == ["COERCE"]
    ev = _events(coded, "verbs", "verbs-04")
    assert [e["type"] for e in ev] == ["ACCUSE"]


def test_verbal_attack_is_criticism(coded):
    ev = _events(coded, "verbs", "verbs-24")  # "griff die Regierung ... scharf an"
    assert [e["type"] for e in ev] == ["ACCUSE"]
    ev = _events(coded, "place", "place-02")  # no manner adverb: an armed attack
    assert [e["type"] for e in ev] == ["ASSAULT"]


def test_reciprocal_and_place_in_object(coded):
    ev = _events(coded, "other2", "other2-14")  # "warfen sich gegenseitig … vor": each way
    assert sorted((e["type"], e["source"], e["target"]) for e in ev) == [
        ("ACCUSE", "CHN", "PHL"),
        ("ACCUSE", "PHL", "CHN"),
    ]
    ev = _events(coded, "other2", "other2-09")  # "kritisierten die Wahl in Venezuela"
    assert sorted((e["source"], e["target"]) for e in ev) == [("DEU", "VEN"), ("FRA", "VEN")]


def test_attack_without_attacker_has_null_source(coded):
    ev = _events(coded, "nosource", "nosource-01")
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("ASSAULT", None, "SYR")]
    for rid in ("nosource-21", "nosource-22", "nosource-24"):  # disasters and accidents
        assert _events(coded, "nosource", rid) == []


def test_negated_approval_is_a_sanction(coded):
    ev = _events(coded, "lex2", "lex2-gap-06")  # "genehmigen keine Waffenexporte ... mehr"
    assert [(e["type"], e["negated"]) for e in ev] == [("SANCTION", False)]


def test_tariffs_target_the_country_goods_come_from(coded):
    ev = _events(coded, "lex2", "lex2-gap-01")  # "Vergeltungszölle auf Sojabohnen aus den USA"
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("SANCTION", "CHN", "USA")]


def test_owner_of_a_target_noun_and_shared_subjects(coded):
    ev = _events(coded, "roles", "roles-c1-07")  # "den Vorschlag von Präsident Selenskyj"
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("SUPPORT", "IGO:EU", "UKR/GOV")]
    ev = _events(coded, "roles", "roles-c1-05")  # a resolution belongs to the body voting on it
    assert [(e["type"], e["target"]) for e in ev] == [("REJECT", "IGO:UN")]
    ev = _events(coded, "roles", "roles-c3-01")  # "... und bat die Nato um": Nato is the object
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("REQUEST", "EST", "IGO:NATO")]


def test_withdrawal_sense_follows_the_noun_of_aus(coded):
    ev = _events(coded, "lex2", "lex2-sense-01")  # rebels "aus der Stadt Goma": a retreat
    assert [e["type"] for e in ev] == ["RETREAT"]
    ev = _events(coded, "lex2", "lex2-sense-05")  # "aus dem Friedensabkommen": a rejection
    assert [e["type"] for e in ev] == ["REJECT"]


def test_natural_hazard_is_no_threatening_actor(coded):
    for rid in ("lex2-sense-06", "lex2-sense-07", "lex2-sense-09"):
        assert _events(coded, "lex2", rid) == []


def test_content_of_plans_and_denied_reports(coded):
    ev = _events(coded, "lex2", "lex2-mod-01")  # "ein Abkommen, das den Abzug ... vorsieht"
    assert sorted((e["type"], e["hypothetical"]) for e in ev) == [
        ("AGREE", False),
        ("RETREAT", True),
    ]
    ev = _events(coded, "lex2", "lex2-mod-06")  # "wies Berichte zurück, wonach ... angreifen"
    assert ("ASSAULT", True) in [(e["type"], e["negated"]) for e in ev]


def test_purpose_clause_coordinated_adjectives_and_blame(coded):
    ev = _events(coded, "roles", "roles-c2-06")  # "besetzten …, um gegen die Regierung zu …"
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [
        ("PROTEST", "BGD/CVL", "BGD/GOV")
    ]
    ev = _events(coded, "roles", "roles-c4-01")  # "Indische und japanische Marineeinheiten"
    assert [(e["type"], e["symmetric"]) for e in ev] == [("COOPERATE", True)]
    assert {ev[0]["source"], ev[0]["target"]} == {"IND/MIL", "JPN/MIL"}
    ev = _events(coded, "roles", "roles-c5-03")  # "… machte Russland dafür verantwortlich"
    assert sorted((e["type"], e["source"], e["target"]) for e in ev) == [
        ("ACCUSE", "UKR", "RUS"),
        ("ASSAULT", "RUS", "IGO:WFP"),
    ]


def test_release_after_long_relative_clause_and_handover(coded):
    ev = _events(coded, "lex3", "lex3-c1-02")  # "hat den Journalisten, der …, wieder freigelassen"
    assert [(e["type"], e["source"], e["target"][:3]) for e in ev] == [("CONCEDE", "BLR", "LTU")]
    ev = _events(coded, "lex3", "lex3-c1-03")  # "an das Rote Kreuz" is no target
    assert [(e["type"], e["target"][:3]) for e in ev] == [("CONCEDE", "ISR")]


def test_prefield_subject_and_seat_of_an_organisation_as_place(coded):
    ev = _events(coded, "roles2", "roles2-c7-01")  # "Den Haag bestellte …": 'Den' read as Acc
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("ACCUSE", "NLD/GOV", "RUS/GOV")]
    ev = _events(coded, "roles2", "roles2-c2-01")  # protesters "in Brüssel" are Belgian
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("PROTEST", "BEL/CVL", "IGO:EU")]


def test_retaliation_mutual_blame_readiness_and_expulsion(coded):
    ev = _events(coded, "lex3", "lex3-c5-09")  # "Nach dem Luftangriff Israels … Vergeltung an"
    assert sorted((e["type"], e["source"][:3], e["target"], e["hypothetical"]) for e in ev) == [
        ("ASSAULT", "ISR", "LBN", False),
        ("THREATEN", "LBN", "ISR", False),
    ]
    ev = _events(coded, "lex3", "lex3-c3-01")  # "schoben sich gegenseitig die Schuld … zu"
    assert sorted((e["source"], e["target"]) for e in ev) == [("ARM", "AZE"), ("AZE", "ARM")]
    ev = _events(coded, "lex3", "lex3-c6-01")  # readiness with "sofern": all hypothetical
    assert ("RETREAT", True) in [(e["type"], e["hypothetical"]) for e in ev]
    assert not [e for e in ev if not e["hypothetical"]]
    # readiness without a condition: the act offered, hypothetical; readiness is no AGREE of its
    # own (session 17, rule readiness, as the pool gold codes it)
    ev = _events(coded, "lex3", "lex3-c6-05")
    assert ("CONSULT", "UKR", "RUS", True) in [
        (e["type"], e["source"], e["target"], e["hypothetical"]) for e in ev
    ]
    assert "AGREE" not in [e["type"] for e in ev]
    ev = _events(coded, "lex3", "lex3-c6-06")  # "…, das Land … zu verlassen": an expulsion
    assert [(e["type"], e["source"], e["target"][:3]) for e in ev] == [("SANCTION", "LTU", "RUS")]
    ev = _events(coded, "lex3", "lex3-c4-13")  # a pushback at the border is no REJECT
    assert [e["type"] for e in ev] == ["COERCE"]


def test_was_clause_comments_on_the_clause_before(coded):
    ev = _events(coded, "multi", "multi-coord-01")  # "…, was der Kreml als Terrorakt verurteilte"
    assert ("ACCUSE", "RUS/GOV", "UKR") in [(e["type"], e["source"], e["target"]) for e in ev]
    ev = _events(coded, "multi", "multi-coord-03")  # "…, was Zagreb als unbegründet zurückwies"
    assert ("REJECT", "HRV", "SRB") in [
        (e["type"], e["source"].split("/")[0], e["target"].split("/")[0]) for e in ev
    ]


def test_arrest_named_in_a_pp_is_an_event_of_its_own(coded):
    ev = _events(coded, "multi", "multi-coord-05")  # "Nach der Festnahme mehrerer Oppositioneller"
    # the arrest's doer is the state where it happened (rule state-agent: "in Minsk")
    assert ("COERCE", "BLR/COP") in [(e["type"], e["source"]) for e in ev]
    assert "SANCTION" in [e["type"] for e in ev]


def test_nominal_events_agents_patients_and_nesting(coded):
    ev = _events(coded, "ctx", "ctx-n-03")  # "die Beschlagnahme … durch die Küstenwache"
    assert sorted((e["type"], e["source"], e["target"][:3]) for e in ev) == [
        ("ACCUSE", "PHL/GOV", "CHN"),
        ("COERCE", "CHN/COP", "PHL"),
    ]
    ev = _events(coded, "ctx", "ctx-n-04")  # the detention inside the protest noun is its own event
    assert sorted((e["type"], e["source"] or "-", e["target"]) for e in ev) == [
        ("COERCE", "VEN/COP", "VEN/CVL"),
        ("COERCE", "VEN/COP", "VEN/OPP"),  # implied: the state where it happened (state-agent)
        ("PROTEST", "VEN/CVL", "VEN/OPP"),
    ]
    # implied sources, like null slots, first (order-robust pairing with gold)
    assert (ev[0]["source"], ev[0]["target"]) == ("VEN/COP", "VEN/OPP")
    ev = _events(coded, "ctx", "ctx-n-05")  # "Unter Vermittlung von UN-Generalsekretär …"
    assert sorted((e["type"], e["source"], e["target"]) for e in ev if e["type"] == "CONSULT") == [
        ("CONSULT", "IGO:UN", "RUS"),
        ("CONSULT", "IGO:UN", "UKR"),
    ]


def test_scope_towns_sports_advisories_are_no_events(coded):
    for rid in ("prec-c1-01", "prec-c2-01", "prec-c2-04", "prec-c3-01", "prec-c4-01"):
        assert _events(coded, "coding-prec", rid) == [], rid
    ev = _events(coded, "coding-prec", "prec-c2-09")  # a warning aimed at an actor stays
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("ACCUSE", "IGO:NATO", "RUS")]
    ev = _events(coded, "coding-prec", "prec-c4-05")  # headline passive: the "von" is the agent
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("COERCE", "BLR/COP", "BLR/MED")]
    ev = _events(coded, "coding-prec", "prec-c5-01")  # "nach Angaben von UN-Mitarbeitern"
    assert all("IGO:UN" not in (e["source"], e["target"]) for e in ev)


def _plain(ev):
    return [
        (e["type"], e["source"], e["target"])
        for e in ev
        if not (e.get("negated") or e.get("hypothetical"))
    ]


def test_weapons_hit_places_and_money_is_released_not_freed(coded):
    # "traf Sumy mit Gleitbomben": an attack, not a meeting
    assert [t for t, _, _ in _plain(_events(coded, "lex6", "lex6-a-01"))] == ["ASSAULT"]
    # "gab 1,5 Milliarden Euro für die Ukraine frei": aid, not a release of prisoners
    assert _plain(_events(coded, "lex6", "lex6-d-01")) == [("AID", "IGO:EU", "UKR")]


def test_one_body_deciding_or_agreeing_on_a_measure_takes_it(coded):
    # "Die EU-Außenminister haben sich auf neue Sanktionen gegen Belarus verständigt."
    assert ("SANCTION", "IGO:EU", "BLR") in _plain(_events(coded, "lex6", "lex6-e-01"))
    # "Der Bundestag hat beschlossen, der Ukraine weitere Militärhilfe ... zu gewähren."
    assert ("AID", "DEU/LEG", "UKR") in _plain(_events(coded, "lex6", "lex6-e-03"))


def test_a_capability_is_no_event(coded):
    # "wäre China bis 2027 in der Lage, eine Invasion Taiwans zu führen"
    assert _plain(_events(coded, "lex6", "lex6-f-01")) == []


def test_attributive_participle_is_its_own_event(coded):
    # "Die von den USA verhängten Zölle auf kanadischen Stahl": the participle's agent acts
    ev = _events(coded, "nouns2", "n2-part-01")
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("SANCTION", "USA", "CAN")]
    # "Ein von Huthi-Rebellen gekapertes Frachtschiff ist … freigegeben worden": a seizure
    ev = _events(coded, "nouns2", "n2-part-03")
    assert ("COERCE", "YEM/REB") in [(e["type"], e["source"]) for e in ev]


def test_reaction_cause_targets_the_one_reacting(coded):
    # "Als Reaktion auf die Sanktionen der Europäischen Union hat Belarus … verboten"
    ev = _events(coded, "nouns2", "n2-pp-04")
    got = {(e["type"], e["source"], e["target"], e["negated"]) for e in ev}
    assert ("SANCTION", "IGO:EU", "BLR", False) in got


def test_fight_in_a_frame_pp_is_the_subjects_fight(coded):
    # "Armenien und Aserbaidschan haben sich nach neuen Schusswechseln an ihrer Grenze …"
    ev = _events(coded, "nouns2heldout", "n2h-01")
    pairs = {(e["type"], frozenset((e["source"], e["target"]))) for e in ev}
    assert ("ASSAULT", frozenset(("ARM", "AZE"))) in pairs
    # "Bei heftigen Kämpfen an der Grenze zwischen dem Sudan und dem Südsudan …"
    ev = _events(coded, "nouns2heldout", "n2h-05")
    pairs = {(e["type"], frozenset((e["source"], e["target"]))) for e in ev}
    assert ("ASSAULT", frozenset(("SDN", "SSD"))) in pairs


def test_plural_owner_of_a_meeting_names_all_parties(coded):
    # "Die Regierungschefs Polens und Litauens haben bei ihrem Treffen in Vilnius …"
    ev = _events(coded, "nouns8", "n8-own-01")
    pairs = {(e["type"], frozenset((e["source"][:3], e["target"][:3]))) for e in ev}
    assert ("CONSULT", frozenset(("POL", "LTU"))) in pairs


def test_rejected_accusation_targets_the_rejecter(coded):
    # "Das chinesische Außenministerium hat die Vorwürfe Washingtons … zurückgewiesen"
    ev = _events(coded, "nouns8", "n8-rej-01")
    got = {(e["type"], e["source"], e["target"], e["negated"]) for e in ev}
    assert ("ACCUSE", "USA/GOV", "CHN/GOV", False) in got


def test_participle_lost_behind_an_apposition(coded):
    # "Die georgische Polizei hat den Oppositionsführer Nika Melia, einen scharfen Kritiker der
    # Regierungspartei, bei einer Kundgebung in Tiflis festgenommen."
    ev = _events(coded, "nouns8", "n8-perf-01")
    assert ("COERCE", "GEO/COP", "GEO/OPP") in [(e["type"], e["source"], e["target"]) for e in ev]


def test_plans_means_warnings_and_risks_are_no_plain_events(coded):
    plain = lambda rid: [  # noqa: E731
        (e["type"], e["source"], e["target"])
        for e in _events(coded, "coding-precision9", rid)
        if not (e["negated"] or e["hypothetical"])
    ]
    # "an Plänen für einen Angriff", "als Vorwand für einen Einmarsch", "Vorbereitungen für"
    for rid in ("prec9-plan-01", "prec9-plan-02", "prec9-plan-04"):
        assert not [p for p in plain(rid) if p[0] == "ASSAULT"], rid
    assert not plain("prec9-plan-05")  # "Mit Warnstreiks … will die Gewerkschaft Verdi …"
    # "Mit neuen Sanktionen hat die EU … reagiert": the means of an act that happened
    assert [p for p in plain("prec9-plan-08") if p[:2] == ("SANCTION", "IGO:EU")]
    assert not plain("prec9-warn-01")  # "warnt vor einer Staatspleite Argentiniens"
    assert ("ACCUSE", "DEU/GOV", "RUS/MIL") in plain("prec9-warn-06")  # "vor einem Einmarsch"
    assert not plain("prec9-sense-01")  # "Griechenland droht … die Zahlungsunfähigkeit"
    assert ("THREATEN", "PRK", "KOR") in plain("prec9-sense-03")


def test_unplaced_source_of_an_exchange_is_null_not_the_other_side(coded):
    got = lambda rid: [(e["type"], e["source"]) for e in _events(coded, "coding-precision9", rid)]  # noqa: E731
    assert ("CONSULT", None) in got("prec9-unpl-01")  # "Der Außenminister sprach … mit dem
    assert ("REQUEST", None) in got("prec9-unpl-02")  # chinesischen Regierungschef": not CHN
    assert ("ACCUSE", "TZA/GOV") in got("prec9-unpl-03")  # domestic: "Die Behörden werfen …"


def test_joint_action_is_cooperation_among_its_parties(coded):
    # "Polnische und litauische Grenzschützer haben in einer gemeinsamen Operation …"
    ev = _events(coded, "coding-multi9", "cm9-mj-01")
    pairs = {(e["type"], frozenset((e["source"][:3], e["target"][:3]))) for e in ev if e["target"]}
    assert ("COOPERATE", frozenset(("POL", "LTU"))) in pairs
    # "Kenia und Uganda wollen künftig gemeinsam … vorgehen": planned, flagged
    ev = _events(coded, "coding-multi9", "cm9-mj-07")
    assert all(e["hypothetical"] for e in ev if e["type"] == "COOPERATE")
    # "eine gemeinsame Erklärung" is no material cooperation
    ev = _events(coded, "coding-multi9", "cm9-mj-09")
    assert not [e for e in ev if e["type"] == "COOPERATE"]


def test_colleagues_named_by_origin_are_one_partner_each(coded):
    # "… mit seinen Kollegen aus Spanien, Portugal und Griechenland zusammengetroffen"
    ev = _events(coded, "coding-multi9", "cm9-mp-01")
    got = {(e["type"], e["source"][:3], (e["target"] or "")[:3]) for e in ev}
    assert {("CONSULT", "ITA", c) for c in ("ESP", "PRT", "GRC")} <= got


def test_exchange_host_and_joint_decision(coded):
    # "Armenien und Aserbaidschan haben im Rahmen eines Gefangenenaustauschs jeweils zehn
    # Soldaten freigelassen": one release each way
    ev = _events(coded, "coding-multi9", "cm9-mx-01")
    got = {(e["type"], e["source"], e["target"]) for e in ev}
    assert {("CONCEDE", "ARM", "AZE"), ("CONCEDE", "AZE", "ARM")} <= got
    # "Der chilenische Präsident ist am Mittwoch im Kreml empfangen worden": the Kremlin hosts
    ev = _events(coded, "coding-multi9", "cm9-mh-01")
    assert ("CONSULT", "RUS/GOV", "CHL/GOV") in [(e["type"], e["source"], e["target"]) for e in ev]
    # "Die Regierungen von Chile, Peru und Bolivien haben … beschlossen": they agreed
    ev = _events(coded, "coding-multi9", "cm9-ma-02")
    pairs = {frozenset((e["source"][:3], e["target"][:3])) for e in ev if e["type"] == "AGREE"}
    assert frozenset(("CHL", "BOL")) in pairs
    # "…, wo beide eine Erklärung … unterzeichneten": "beide" are host and guest
    ev = _events(coded, "coding-multi9", "cm9-ma-03")
    assert any(e["type"] == "AGREE" and e["target"] for e in ev)


def test_people_take_the_country_of_the_scene(coded):
    ev = _events(coded, "coding-sources11", "src11-03")  # "das Pariser Regierungsviertel"
    assert [(e["type"], e["source"]) for e in ev] == [("PROTEST", "FRA/CVL")]
    ev = _events(coded, "coding-sources11", "src11-04")  # the one country of the sentence
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [
        ("REQUEST", "GEO/CVL", "GEO/GOV")
    ]


def test_who_claims_an_attack_made_it(coded):
    ev = _events(coded, "coding-sources11", "src11-09")  # "reklamierten den Raketenangriff"
    assert [(e["type"], e["source"], e["target"]) for e in ev] == [("ASSAULT", "YEM/REB", "ISR")]
