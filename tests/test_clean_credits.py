"""Where a photo credit ends and the next caption begins, on credits of many kinds."""

import pytest

from lagebild.clean.credits import parse_credit, split_credits


def credit_and_rest(text: str) -> tuple[str, str]:
    """Split `text` (which starts right after `Foto:`) into credit and what follows."""
    end = parse_credit(text, 0)
    return text[:end].strip(), text[end:].strip()


@pytest.mark.parametrize(
    "text, credit, rest",
    [
        # agencies behind IMAGO, single and in semicolon lists
        (
            "IMAGO/ABACAPRESS; ZUMA Press; Anadolu Agency Venezuela ist ein Transitland.",
            "IMAGO/ABACAPRESS; ZUMA Press; Anadolu Agency",
            "Venezuela ist ein Transitland.",
        ),
        ("imago/Xinhua In den vergangenen Wochen", "imago/Xinhua", "In den vergangenen Wochen"),
        ("IMAGO/ZUMA Press Russland gehört dazu.", "IMAGO/ZUMA Press", "Russland gehört dazu."),
        (
            "IMAGO/ZUMA Press Wire Deutschland sagte zu.",
            "IMAGO/ZUMA Press Wire",
            "Deutschland sagte zu.",
        ),
        ("IMAGO/Anadolu Agency Russland ist zudem", "IMAGO/Anadolu Agency", "Russland ist zudem"),
        ("IMAGO/SNA Die Verbindung", "IMAGO/SNA", "Die Verbindung"),
        # photographer/agency
        (
            "Kay Nietfeld/dpa Bundeskanzler Merz sprach.",
            "Kay Nietfeld/dpa",
            "Bundeskanzler Merz sprach.",
        ),
        (
            "Anna Weber/dpa/Archiv Die Polizei nahm drei Männer fest.",
            "Anna Weber/dpa/Archiv",
            "Die Polizei nahm drei Männer fest.",
        ),
        (
            "picture alliance / dpa | Michael Kappeler Der Kanzler sagte.",
            "picture alliance / dpa | Michael Kappeler",
            "Der Kanzler sagte.",
        ),
        ("Getty Images/iStockphoto Viele Menschen", "Getty Images/iStockphoto", "Viele Menschen"),
        (
            "AFP PHOTO / JOHN MACDOUGALL Bundeskanzler Friedrich Merz spricht.",
            "AFP PHOTO / JOHN MACDOUGALL",
            "Bundeskanzler Friedrich Merz spricht.",
        ),
        (
            "epd-bild/Jens Schulze Kirchenvertreter forderten",
            "epd-bild/Jens Schulze",
            "Kirchenvertreter forderten",
        ),
        ("KNA Papst Leo rief zum Frieden auf.", "KNA", "Papst Leo rief zum Frieden auf."),
        ("Reuters Die Regierung in Kiew", "Reuters", "Die Regierung in Kiew"),
        (
            "REUTERS/Maxim Shemetov Wladimir Putin empfing",
            "REUTERS/Maxim Shemetov",
            "Wladimir Putin empfing",
        ),
        ("U.S. Navy Ein Kriegsschiff der US-Marine", "U.S. Navy", "Ein Kriegsschiff der US-Marine"),
        # unknown agencies and names: the caption starts at the sentence-like run
        (
            "IMAGO/Christian Ohde Russische Kriegsschiffe haben geankert.",
            "IMAGO/Christian Ohde",
            "Russische Kriegsschiffe haben geankert.",
        ),
        (
            "Lena Vogt Donald Trump operiert mit seinem Militär.",
            "Lena Vogt",
            "Donald Trump operiert mit seinem Militär.",
        ),
        ("Lena Vogt Kreml-Chef Putin traf Maduro.", "Lena Vogt", "Kreml-Chef Putin traf Maduro."),
        ("Lena Vogt Trump sagte am Montag", "Lena Vogt", "Trump sagte am Montag"),
        ("Brigitte von Hagen/KNA Die Bischöfe", "Brigitte von Hagen/KNA", "Die Bischöfe"),
        (
            "Xinhua/Li Wei Chinas Außenminister Wang Yi reiste",
            "Xinhua/Li Wei",
            "Chinas Außenminister Wang Yi reiste",
        ),
        ("dpa „Wir bleiben“, sagte sie.", "dpa", "„Wir bleiben“, sagte sie."),
        ("dpa (Archiv) Die Lage", "dpa (Archiv)", "Die Lage"),
        ("privat", "privat", ""),
        ("Tomasz Nowak/PAP", "Tomasz Nowak/PAP", ""),
        ("dpa.", "dpa", "."),
        # dpa-style chains
        (
            "-/XinHua/dpa Chinas Staatschef Xi Jinping empfing",
            "-/XinHua/dpa",
            "Chinas Staatschef Xi Jinping empfing",
        ),
        (
            "Sergei Bobylev/POOL TASS/AP/dpa Kremlchef Putin sprach",
            "Sergei Bobylev/POOL TASS/AP/dpa",
            "Kremlchef Putin sprach",
        ),
        (
            "Michael Kappeler/dpa-Pool/dpa Bundeskanzler Merz",
            "Michael Kappeler/dpa-Pool/dpa",
            "Bundeskanzler Merz",
        ),
        (
            "Alexander Kazakov/Sputnik/Kremlin Pool/AP/dpa Russlands Präsident Wladimir Putin",
            "Alexander Kazakov/Sputnik/Kremlin Pool/AP/dpa",
            "Russlands Präsident Wladimir Putin",
        ),
        ("Anadolu Agency via Getty Images Ein Kind", "Anadolu Agency via Getty Images", "Ein Kind"),
        ("AFP/SAUL LOEB US-Präsident Joe Biden", "AFP/SAUL LOEB", "US-Präsident Joe Biden"),
        (
            "Markus Scholz/dpa Hamburgs Bürgermeister Peter Tschentscher ist",
            "Markus Scholz/dpa",
            "Hamburgs Bürgermeister Peter Tschentscher ist",
        ),
        ("dpa CDU/CSU-Fraktionschef Spahn sagte", "dpa", "CDU/CSU-Fraktionschef Spahn sagte"),
        ("Lena Haas Kreml-Chef Putin sagte", "Lena Haas", "Kreml-Chef Putin sagte"),
        # lower-case brands after the slash, unknown multi-word agencies
        (
            "IMAGO/dts Nachrichtenagentur Die Bundesregierung",
            "IMAGO/dts Nachrichtenagentur",
            "Die Bundesregierung",
        ),
        ("IMAGO/serienlicht Die Polizei nahm", "IMAGO/serienlicht", "Die Polizei nahm"),
        ("IMAGO/localpic Russland gehört", "IMAGO/localpic", "Russland gehört"),
        ("IMAGO/Neue Pressebilder Russland gehört", "IMAGO/Neue Pressebilder", "Russland gehört"),
        (
            "IMAGO/Lobeca NATO-Generalsekretär Mark Rutte sagte",
            "IMAGO/Lobeca",
            "NATO-Generalsekretär Mark Rutte sagte",
        ),
        ("IMAGO/SNA 2024 hatte Russland", "IMAGO/SNA", "2024 hatte Russland"),
        # a caption opening with a full name after a one-word or a two-word credit
        ("IMAGO/Nordbild Friedrich Merz sagte", "IMAGO/Nordbild", "Friedrich Merz sagte"),
        ("Michael Kappeler Friedrich Merz sagte", "Michael Kappeler", "Friedrich Merz sagte"),
        ("IMAGO/Hans Peter Müller Die Kanzlerin", "IMAGO/Hans Peter Müller", "Die Kanzlerin"),
        (
            "IMAGO/Nordbild Recep Tayyip Erdoğan verkündete",
            "IMAGO/Nordbild",
            "Recep Tayyip Erdoğan verkündete",
        ),
        ("Anna Weber Im Jahr 2025 hatte", "Anna Weber", "Im Jahr 2025 hatte"),
        ("IMAGO/Nordbild Thomas", "IMAGO/Nordbild Thomas", ""),
        (
            "IMAGO/Nordbild Venezuelas Präsident Maduro warnte",
            "IMAGO/Nordbild",
            "Venezuelas Präsident Maduro warnte",
        ),
        (
            "Sergei Ilyin/Pool Sputnik Kremlin/AP/dpa Kremlchef Putin sprach",
            "Sergei Ilyin/Pool Sputnik Kremlin/AP/dpa",
            "Kremlchef Putin sprach",
        ),
        (
            "Kremlin Pool/Neue Bilder via ZUMA Wire/dpa Die Delegationen",
            "Kremlin Pool/Neue Bilder via ZUMA Wire/dpa",
            "Die Delegationen",
        ),
        (
            "Screenshot X/@lagebild_test Der Präsident schrieb",
            "Screenshot X/@lagebild_test",
            "Der Präsident schrieb",
        ),
        (
            "picture alliance / ASSOCIATED PRESS | Evan Vucci Der Präsident",
            "picture alliance / ASSOCIATED PRESS | Evan Vucci",
            "Der Präsident",
        ),
        # no credit at all
        ("wie man sieht, ist das so.", "", "wie man sieht, ist das so."),
    ],
)
def test_credit_boundary(text, credit, rest):
    assert credit_and_rest(text) == (credit, rest)


def test_split_gallery_paragraph():
    para = (
        "Die Minister trafen sich in Wien. Foto: IMAGO/photothek Die Gespräche dauerten drei "
        "Stunden. Foto: Lena Vogt/AFP Danach sprach der Minister. Foto: AP Photo/Jan Berg"
    )
    split = split_credits(para)
    assert split.credits == ["IMAGO/photothek", "Lena Vogt/AFP", "AP Photo/Jan Berg"]
    assert split.captions == [
        "Die Minister trafen sich in Wien.",
        "Die Gespräche dauerten drei Stunden.",
        "Danach sprach der Minister.",
    ]
    assert split.parts == split.captions


def test_bracketed_credit_stays_inside_sentence():
    split = split_credits("Das Bild (Foto: dpa) zeigt den Hafen. Danach ging es weiter.")
    assert split.credits == ["dpa"]
    assert split.parts == ["Das Bild zeigt den Hafen. Danach ging es weiter."]
    assert split.captions == []


def test_text_after_last_credit_is_body_not_caption():
    split = split_credits("Ein Bild. Foto: Reuters Der Artikel geht hier weiter.")
    assert split.captions == ["Ein Bild."]
    assert split.parts == ["Ein Bild.", "Der Artikel geht hier weiter."]


def test_marker_variants_and_copyright():
    assert split_credits("Der Hafen. Bild: Jan Berg/dpa").credits == ["Jan Berg/dpa"]
    assert split_credits("Der Hafen. Fotos: dpa (2), Reuters Weiter.").credits == [
        "dpa (2), Reuters"
    ]
    assert split_credits("Der Hafen. © IMAGO/Xinhua Weiter.").credits == ["IMAGO/Xinhua"]


def test_words_in_quotes_are_not_markers():
    split = split_credits("Er sagte der „Bild“: Das stimmt nicht.")
    assert split.credits == []


def test_name_ending_in_s_before_determiner_stays_in_credit():
    assert credit_and_rest("Hans Peters Die Kanzlerin sprach.") == (
        "Hans Peters",
        "Die Kanzlerin sprach.",
    )
