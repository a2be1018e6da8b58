"""Actor entries added through the API, kept in a user file in the actors stage's knowledge-base
format (`people:` / `organisations:` sections, see docs/actors.md), next to the store, and
passed to the pipeline as `Pipeline(actor_files=[...])` for the ingests that follow."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml


def entry_to_spec(entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """An API entry -> (section, knowledge-base spec)."""
    code = entry["code"]
    role = None
    if entry.get("valid_from") or entry.get("valid_until") or entry.get("role"):
        role = {"code": code, "role": entry.get("role")}
        if entry.get("valid_from"):
            role["start"] = str(entry["valid_from"])
        if entry.get("valid_until"):
            role["end"] = str(entry["valid_until"])
    if entry.get("kind") == "person":
        spec: dict[str, Any] = {"name": entry["name"], "aliases": list(entry.get("aliases", []))}
        if not code.startswith(("IGO:", "NGO:")):
            spec["country"] = code.split("/")[0]
        if role:
            spec["roles"] = [role]
        else:
            spec["default"] = code
        section = "people"
    else:
        spec = {"code": code, "names": [entry["name"], *entry.get("aliases", [])]}
        if role and (role.get("start") or role.get("end")):
            spec["roles"] = [role]
        section = "organisations"
    if entry.get("kb_id"):
        spec["qid"] = entry["kb_id"]
    return section, spec


def add_entry(path: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """Add (or replace: same section and name) an entry; returns what was written."""
    data: dict[str, Any] = {}
    if path.exists():
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = loaded if isinstance(loaded, dict) else {}
    section, spec = entry_to_spec(entry)

    def name_of(x: dict[str, Any]) -> Any:
        return (
            x.get("name") if section == "people" else (x.get("code"), (x.get("names") or [None])[0])
        )

    items = [x for x in data.get(section) or [] if name_of(x) != name_of(spec)]
    items.append(spec)
    data[section] = items
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    os.replace(tmp, path)
    return {
        "section": section,
        "entry": spec,
        "file": str(path),
        "entries": sum(len(v or []) for v in data.values() if isinstance(v, list)),
    }
