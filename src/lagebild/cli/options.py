"""Options shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

NlpOpt = Annotated[
    str,
    typer.Option(
        "--nlp",
        envvar="LAGEBILD_NLP",
        metavar="BACKEND",
        help="NLP backend: 'default' (the offline German pipeline), 'default:hanta', or "
        "'spacy:<model-or-path>' (an installed spaCy German model).",
    ),
]
