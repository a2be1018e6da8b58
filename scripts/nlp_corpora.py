"""Readers for the shared NLP corpora (../shared/data), used by the training scripts."""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path


def shared_dir() -> Path:
    env = os.environ.get("LAGEBILD_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[1]
    for cand in (here.parent / "shared", here.parent.parent / "shared", Path("/work/shared")):
        if cand.is_dir():
            return cand
    raise SystemExit("no shared data folder: set LAGEBILD_SHARED")


def conll_zip(spec: str) -> Iterator[tuple[list[str], list[str]]]:
    path, member = spec.split("#")
    with zipfile.ZipFile(shared_dir() / path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(member))
        text = io.TextIOWrapper(zf.open(name), encoding="utf-8")
        toks, tags = [], []
        for line in text:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("-DOCSTART-"):
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            cols = line.split()
            toks.append(cols[0])
            tags.append(cols[-1])
        if toks:
            yield toks, tags


def smartdata(path: str) -> Iterator[dict]:
    with gzip.open(shared_dir() / path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    dec = json.JSONDecoder()
    i = 0
    while i < len(data):
        while i < len(data) and data[i].isspace():
            i += 1
        if i >= len(data):
            break
        obj, i = dec.raw_decode(data, i)
        yield obj
