"""An actor of no named country takes the other side's country only where that makes sense:
officials of no country are not the other government's (coder._fill_countries)."""

from __future__ import annotations


def test_officials_of_no_country_do_not_borrow_the_other_governments(pipe):
    # "den europäischen Regierungen" names no one country: not the accuser's (USA -> USA)
    doc = pipe.code_text("US-Präsident Trump warf den europäischen Regierungen Feigheit vor.")
    evs = [e for e in doc.events if e.type == "ACCUSE"]
    assert evs and all(e.target is None or e.target.code != "USA/GOV" for e in evs)
