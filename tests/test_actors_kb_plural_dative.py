"""Plural country names resolve in the dative plural too ("den Niederlanden", "den Emiraten")."""

from lagebild.actors import load_resolver


def test_plural_country_names_in_the_dative():
    r = load_resolver()
    for mention, code in [
        ("den Niederlanden", "NLD"),
        ("den Vereinigten Arabischen Emiraten", "ARE"),
        ("den Emiraten", "ARE"),
        ("die Niederlande", "NLD"),
    ]:
        ref = r.resolve_mention(mention)
        assert ref is not None and ref.code == code, mention
