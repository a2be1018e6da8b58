"""`lagebild eval sentences`: reading JSONL and CoNLL-U gold, scoring boundaries."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from lagebild.evaluation.sentences import (
    FormatError,
    GoldDocument,
    evaluate_sentences,
    read_conllu_documents,
    read_documents,
)

CONLLU = """# newdoc id = a
# newpar
# sent_id = 1
# text = Kiew meldet Angriffe
1\tKiew\tKiew\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tmeldet\tmelden\tVERB\t_\t_\t0\troot\t_\t_
3\tAngriffe\tAngriff\tNOUN\t_\t_\t2\tobj\t_\t_

# newpar
# sent_id = 2
1\tDie\tder\tDET\t_\t_\t2\tdet\t_\t_
2\tArmee\tArmee\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tgriff\tgreifen\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# sent_id = 3
# text = Am 28. Oktober.
1\tAm\tan\tADP\t_\t_\t3\tcase\t_\t_
2\t28.\t28.\tADJ\t_\t_\t3\tamod\t_\t_
3\tOktober\tOktober\tPROPN\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# newdoc id = b
# text = Zweites Dokument.
1\tZweites\tzweit\tADJ\t_\t_\t2\tamod\t_\t_
2\tDokument\tDokument\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

"""


def test_conllu_documents_and_paragraphs(tmp_path):
    path = tmp_path / "g.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    docs = list(read_conllu_documents(path))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == "Kiew meldet Angriffe\n\nDie Armee griff. Am 28. Oktober."
    assert [docs[0].text[s : s + 4] for s in docs[0].starts] == ["Kiew", "Die ", "Am 2"]


def test_conllu_without_newdoc_is_chunked(tmp_path):
    path = tmp_path / "g.conllu"
    path.write_text(CONLLU.replace("# newdoc id = a\n", "").replace("# newdoc id = b\n", ""))
    docs = list(read_conllu_documents(path, chunk=2))
    assert [len(d.starts) for d in docs] == [2, 2]
    assert "\n" not in docs[0].text  # paragraphs only count inside marked documents


def test_scoring_counts_inner_boundaries_only():
    docs = [GoldDocument("Eins. Zwei. Drei.", [0, 6, 12])]
    res = evaluate_sentences(docs, lambda text: [0, 6], errors=5)
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 1)
    assert res["precision"] == 1.0 and res["recall"] == 0.5
    assert res["examples"][0]["kind"] == "missed"


def test_jsonl_sentences_must_be_in_the_text(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": "A b. C d.", "sentences": ["A b.", "X."]}) + "\n")
    with pytest.raises(FormatError):
        read_documents(path)


def test_cli_ends_with_a_json_line(tmp_path):
    from lagebild.cli import app

    path = tmp_path / "g.jsonl"
    text = "Explosion in Kiew\nAm 28. Oktober griff die Armee an. Dr. Müller sagte nichts."
    sents = ["Explosion in Kiew", "Am 28. Oktober griff die Armee an.", "Dr. Müller sagte nichts."]
    path.write_text(json.dumps({"id": "x", "text": text, "sentences": sents}) + "\n")
    res = CliRunner().invoke(app, ["eval", "sentences", str(path)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output.strip().splitlines()[-1])
    assert out["boundaries"] == 2 and out["f1"] == 1.0
    res = CliRunner().invoke(app, ["eval", "sentences", str(path), "--splitter", "sentencizer"])
    out = json.loads(res.output.strip().splitlines()[-1])
    assert (
        out["splitter"] == "sentencizer" and out["recall"] == 0.5
    )  # a headline needs the line break
