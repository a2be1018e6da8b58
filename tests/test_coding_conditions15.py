"""Entry conditions that blocked right events (session 15, issue #5, audit of the pool's
"condition" stops): the object of "demonstrieren" that is a misread subject (not_object
@display), the noun of dissolving an organisation, a site occupied in protest and cleared, the
ban of a march, officials as persons, the premises of a broadcaster closed ("das Büro des
Senders"), the clause of a warning the parser hung elsewhere (in_clause), permits withdrawn, a
zu-infinitive announced by a pronominal adverb for a PP ("hinderte X daran, … zu überqueren")."""

from __future__ import annotations

import pytest

from tests.parses import country_pairs


def _pairs(pipe, text, typ):
    return country_pairs(pipe, text, typ)


@pytest.mark.parametrize(
    "text, typ, src, tgt",
    [
        # the parser reads the crowd after the verb as its object: still a protest
        (
            "Unter dem Motto „Freiheit jetzt“ demonstrierten am Sonntag in vielen serbischen "
            "Städten Zehntausende Menschen gegen die Regierung.",
            "PROTEST",
            "SRB",
            "SRB",
        ),
        # the noun of "auflösen" with an organisation
        (
            "Das türkische Innenministerium ordnete die Auflösung eines kurdischen Kulturvereins an.",
            "COERCE",
            "TUR",
            None,
        ),
        # a site occupied in protest, cleared by the police
        (
            "Die spanische Polizei räumte am Morgen ein von Studenten besetztes "
            "Universitätsgebäude in Madrid.",
            "COERCE",
            "ESP",
            "ESP",
        ),
        # the ban of a march
        (
            "Die Behörden in Moskau verhängten ein Verbot des Marsches der Opposition.",
            "COERCE",
            "RUS",
            "RUS",
        ),
        # officials are persons one can injure
        ("Demonstranten verletzten in Tiflis mehrere georgische Beamte.", "ASSAULT", "GEO", "GEO"),
        # closing the office of a newspaper closes the newspaper there
        (
            "Ein Gericht in Ankara bestätigte die Schließung des Büros der kurdischen Zeitung in "
            "Diyarbakır.",
            "COERCE",
            "TUR",
            "TUR",
        ),
        # the warning's clause, hung by the parser on the subject's apposition
        (
            "Der Verteidigungsminister Taiwans, Wellington Koo, warnte Peking, jede Blockade der "
            "Insel werde eine entschlossene Reaktion nach sich ziehen.",
            "THREATEN",
            "TWN",
            "CHN",
        ),
        # a pronominal adverb announcing a zu-infinitive stands for the PP ("daran, … zu")
        (
            "Die israelische Armee hinderte palästinensische Bauern daran, ihre Felder im "
            "Westjordanland zu betreten.",
            "COERCE",
            "ISR",
            "PSE",
        ),
        (
            "Die ungarische Polizei hinderte serbische Journalisten daran, aus dem Grenzgebiet "
            "zu berichten.",
            "COERCE",
            "HUN",
            "SRB",
        ),
        # a permit withdrawn
        (
            "Die Regierung in Managua entzog der spanischen Hilfsorganisation die "
            "Betriebsgenehmigung.",
            "COERCE",
            "NIC",
            "ESP",
        ),
    ],
)
def test_condition_widened(pipe, text, typ, src, tgt):
    pairs = _pairs(pipe, text, typ)
    assert pairs, (text, typ)
    assert any(s == src and (tgt is None or t == tgt) for s, t in pairs), pairs


@pytest.mark.parametrize(
    "text, typ",
    [
        # "demonstrieren" with what is shown is no protest
        (
            "Nordkorea demonstrierte bei der Militärparade in Pjöngjang seine militärische Stärke.",
            "PROTEST",
        ),
        ("Die chinesische Marine demonstrierte vor Taiwan ihre neuen Raketen.", "PROTEST"),
        # a group that dissolves itself is no ban
        ("Die kurdische PKK verkündete am Montag ihre Auflösung.", "COERCE"),
        # a relative clause after the warned is no content clause of the warning
        (
            "Die chinesische Regierung warnte die Bürger, die eine Antwort der Behörden erwarten, "
            "vor Reisen.",
            "THREATEN",
        ),
    ],
)
def test_condition_still_holds(pipe, text, typ):
    assert not _pairs(pipe, text, typ), text
