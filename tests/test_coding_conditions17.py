"""Entry conditions and targets that blocked right events (session 17, issue #5): violence aimed
at someone by a force ("wandte Gewalt gegen Demonstranten an") fills the doer requirement of the
violence noun as its genitive does; a required role may name alternatives ("gen|gegen"); a PP the parser
hung on the verb right after the noun fills the noun's required PP; a recipient is placed by the
"in" PP the parser hung on the verb right after it. Sentences written for these tests, not taken
from any gold set."""

from __future__ import annotations

import pytest

from lagebild.coding.lexicon import load_lexicon
from tests.parses import country_pairs


@pytest.mark.parametrize(
    "text, typ, src, tgt",
    [
        # violence aimed at people, used by the police (support verb "anwenden")
        (
            "Die Polizei in Kampala hat am Montag brutale Gewalt gegen streikende Lehrer "
            "angewendet.",
            "ASSAULT",
            "UGA",
            "UGA",
        ),
        # the armed group's violence named by its genitive still counts
        (
            "Die Gewalt der Banden in Port-au-Prince hat Tausende Menschen vertrieben.",
            "ASSAULT",
            "HTI",
            None,
        ),
    ],
)
def test_violence_against(pipe, text, typ, src, tgt):
    pairs = country_pairs(pipe, text, typ)
    assert any(s == src and (tgt is None or t == tgt) for s, t in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        # violence against someone with no force named as its doer is no attack by anyone
        "Die Regierung verurteilte die zunehmende Gewalt gegen Frauen.",
        # violence with neither doer nor aim
        "Die Gewalt in der Region hat im Sommer zugenommen.",
    ],
)
def test_violence_without_doer(pipe, text):
    assert not country_pairs(pipe, text, "ASSAULT"), text


def test_required_alternatives_are_roles():
    lex = load_lexicon()
    e = lex.entries["assault.gewalt_bewaffneter"]
    assert "gen|gegen" in e.require
    assert set(e.require_roles) >= {"gen", "gegen"}


def test_recipient_placed_by_the_pp_after_it(pipe):
    # the recipient's place, a PP the parser hung on the verb right after the recipient
    text = (
        "Die Bundesregierung stellte den vom Erdbeben betroffenen Dörfern in Albanien zwei "
        "Millionen Euro zur Verfügung."
    )
    assert ("DEU", "ALB") in country_pairs(pipe, text, "AID")


def test_place_not_next_to_the_recipient_is_no_recipient(pipe):
    # a place after the aid itself is where it was given, not whom
    text = "Die Bundesregierung stellte den Opfern zwei Millionen Euro in Genf zur Verfügung."
    assert not any(t == "CHE" for _, t in country_pairs(pipe, text, "AID"))
