"""Rule `state-agent`: an agentless passive or a noun of state coercion was done by the state
where it happened (the place on the act's own word or its clause), else by the state of a
domestic patient; the sector by the act (court JUD, police COP, government GOV). Attacks keep
an unknown doer; a place of another clause, and the destination of a deportation, are no agent."""

from __future__ import annotations


def _coerce(pipe, text):
    return [e for e in pipe.code_text(text).events if e.type == "COERCE" and not e.hypothetical]


def _code(a):
    return a.code if a is not None else None


def test_arrest_in_a_country_is_by_its_police(pipe):
    evs = _coerce(pipe, "In Ungarn sind am Montag vier Aktivisten festgenommen worden.")
    assert [_code(e.source) for e in evs] == ["HUN/COP"]
    assert evs[0].source.implied == "state-agent"  # ActorSlot.implied: the text names no doer


def test_sentence_of_a_domestic_opponent_is_by_its_courts(pipe):
    evs = _coerce(
        pipe, "Ein belarussischer Oppositionspolitiker wurde zu zwölf Jahren Haft verurteilt."
    )
    assert evs and all(_code(e.source) == "BLR/JUD" for e in evs)


def test_arrest_noun_with_a_place(pipe):
    evs = _coerce(
        pipe,
        "Die Festnahme mehrerer Journalisten in Baku löste internationale Kritik aus.",
    )
    assert evs and _code(evs[0].source).startswith("AZE/")


def test_place_of_another_clause_is_no_agent(pipe):
    evs = _coerce(
        pipe,
        "Die Regisseurin, die in ihrer Heimat mehrfach inhaftiert worden war, "
        "wurde in Venedig mit einem Preis ausgezeichnet.",
    )
    assert all(e.source is None or not e.source.code.startswith("ITA") for e in evs)


def test_deportation_destination_is_no_agent(pipe):
    evs = _coerce(pipe, "Im vergangenen Jahr wurden 800 Menschen nach Pakistan abgeschoben.")
    assert all(e.source is None or not e.source.code.startswith("PAK") for e in evs)


def test_attack_keeps_an_unknown_doer(pipe):
    doc = pipe.code_text("In Kabul wurden bei einem Anschlag zwölf Menschen getötet.")
    assert all(e.source is None for e in doc.events if e.type == "ASSAULT")


def test_implied_actors_sort_first_and_stay_out_of_dumps():
    from lagebild.coding.coder import _sure_actors
    from lagebild.models import ActorSlot, EventMention

    def ev(source, target):
        return EventMention(
            type="COERCE", sentence_idx=0, sentence="", source=source, target=target
        )

    named, state = ActorSlot(code="TUR/COP"), ActorSlot(code="TUR/COP", implied="state-agent")
    guessed = ActorSlot(code="SYR", implied="rolemodel")
    assert _sure_actors(ev(named, ActorSlot(code="SYR"))) == 2
    assert _sure_actors(ev(state, ActorSlot(code="SYR"))) == 1
    assert _sure_actors(ev(named, guessed)) == 1
    assert _sure_actors(ev(None, None)) == 0
    assert "implied" not in ev(state, guessed).model_dump()["source"]
    assert "implied" not in ev(state, guessed).model_dump_json()


def test_deportation_is_by_the_state_it_left_from(pipe):
    # session 15: "von X nach Y" is a route, not an agent phrase; the state of the departure
    # place deported them, never the destination's
    evs = _coerce(
        pipe,
        "Am Mittwoch sind 40 irakische Asylbewerber mit einem Sammelflug von Düsseldorf "
        "nach Bagdad abgeschoben worden.",
    )
    assert [_code(e.source) for e in evs] == ["DEU/GOV"]
    assert evs[0].target is not None and evs[0].target.code.startswith("IRQ")


def test_a_von_phrase_that_names_the_doer_stays_the_agent(pipe):
    evs = _coerce(
        pipe,
        "Zwei Oppositionelle wurden von der belarussischen Polizei nach Minsk gebracht "
        "und dort festgenommen.",
    )
    assert all(e.source is None or e.source.implied != "state-agent" for e in evs)


def test_sentence_with_zu_read_as_infinitive_mark(pipe):
    # the parser reads "zu" of "zu langen Haftstrafen" as the mark of the participle: it is the
    # preposition (syntax.stray_zu), the sentence is COERCE by the courts of the place
    evs = _coerce(
        pipe, "In Kairo wurden zwölf Demonstranten zu langen Gefängnisstrafen verurteilt."
    )
    assert [_code(e.source) for e in evs] == ["EGY/JUD"]
