"""A learned candidate gate: is this candidate an event an annotator would write?

The coder's hand rules decide whether a candidate (a lexicon hit with the roles read for it)
becomes a plain event, is dropped (no source, the entry's sector or `require_target` filter, an
"um … zu" clause merged into its main verb) or is flagged. The gate scores every event the coder
is about to emit, and every event a dropped candidate would have made, with a logistic
regression over features that name no word: the entry's TYPE, mode, kind (verb / light verb /
noun) and CAMEO root, the stage the rules gave it (emitted, flagged, and why it was dropped),
which rule found the source and the target (syntax, merged, nearest actor, the role model and its
p) or none, the kinds of the actors (country, GOV, MIL, CVL, IGO, …), the trigger's dependency
relation and clause (main, relative, adverbial, complement, infinitive, nominal), tense and
mood, passive, modality cues (hedged, negated, hypothetical, reported speech, quotes), position
in the sentence and how many candidates the sentence has.

Two decisions (each switchable by its threshold in the weights file):

- a precision gate: a plain event with p below `low` is dropped (not one the rules coded with a
  null source on purpose, unless `keep_null_source` is false);
- a rescue: an event a dropped candidate would have made is emitted when p >= `high`.

The evidence of every event the gate looked at says `gate p=0.83` (and `gate: rescued` or the
note of a drop). Weights: `lagebild/models/gate.json`, trained by `scripts/train_gate.py`
(leave-one-set-out CV over the annotated sets); switch: `gate: false` in rules.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from lagebild.coding import logistic, rolemodel
from lagebild.coding import syntax as sx

WEIGHTS = Path(__file__).resolve().parents[1] / "models" / "gate.json"

# stages whose candidates the rescue may bring back (their roles were read): the entry's filters
# (`sector`, `require_target`), no source (`no-source`, from _merge), an "um … zu" clause merged
# into its main verb (`purpose-merged`)
RESCUABLE = ("sector", "require_target", "no-source", "purpose-merged")

# when set (a list), `apply` appends one record per event it scores (emitted, flagged and the
# would-be events of dropped candidates): the training script collects its rows this way
COLLECT: list[dict] | None = None

_P = re.compile(r"p=([0-9.]+)")
_QUOTES = '"„“”»«'


@dataclass
class Gate:
    weights: dict[str, float]
    bias: float = 0.0
    low: float = -1.0  # drop plain events with p below this (below 0: never)
    high: float = 1.01  # emit dropped candidates' events with p at least this (above 1: never)
    meta: dict[str, Any] = field(default_factory=dict)
    # an event the rules coded with a null source on purpose (an agentless passive of an
    # arrest, an attack named by its noun: CONVENTIONS, "the text gives none") is never dropped
    keep_null_source: bool = True

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Gate:
        return cls(
            weights={str(k): float(v) for k, v in d.get("weights", {}).items()},
            bias=float(d.get("bias", 0.0)),
            low=float(d.get("low", -1.0)),
            high=float(d.get("high", 1.01)),
            meta={k: v for k, v in d.items() if k not in ("weights", "bias")},
            keep_null_source=bool(d.get("keep_null_source", True)),
        )

    def prob(self, feats: dict[str, float]) -> float:
        return logistic.prob(self.weights, self.bias, feats)


@lru_cache(maxsize=4)
def _load(path: str) -> Gate | None:
    return logistic.read_weights(path, Gate.from_dict)


def load_gate(path: Path | str | None = None) -> Gate | None:
    """The shipped gate (loaded once), or None when its weights file is absent."""
    return _load(str(path or WEIGHTS))


# ------------------------------------------------------------------ features
def _rule_name(rule: str) -> str:
    """'merged:ENTRY' -> 'merged', 'rolemodel p=0.93' -> 'rolemodel', '' -> 'none'."""
    r = (rule or "").strip()
    if not r or r == "-":
        return "none"
    return re.split(r"[:\s/=]", r, maxsplit=1)[0] or "none"


def _pbucket(text: str) -> str:
    m = _P.search(text or "")
    if not m:
        return "-"
    p = float(m.group(1))
    return "9" if p >= 0.9 else "7" if p >= 0.7 else "5" if p >= 0.5 else "0"


def actor_kind(code: str | None) -> str:
    """The role model's kind of a code (`rolemodel.code_kind`), "none" for no actor and
    "unplaced" for a sector without a country ("/GOV")."""
    if not code:
        return "none"
    if code.startswith("/"):
        return "unplaced"
    return rolemodel.code_kind(code)


_CLAUSES = ("advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj", "conj")


def clause_of(t: Token) -> str:
    """The clause the trigger stands in: main, relcl, advcl, ccomp, xcomp, acl, conj, parataxis,
    csubj (the first clause relation on the way up from it)."""
    x = t
    for _ in range(40):
        if sx.dep(x) == "root" or x.head.i == x.i:
            return "main"
        if sx.dep(x) == "acl:relcl":
            return "relcl"
        if sx.base_dep(x) in _CLAUSES and x.pos_ in ("VERB", "AUX", "ADJ"):
            return sx.base_dep(x)
        x = x.head
    return "main"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _quoted(sent: Span, i: int) -> bool:
    n = 0
    for t in sent:
        if t.i >= i:
            break
        if t.text in _QUOTES:
            n += 1
    return n % 2 == 1


def features(
    c: Any,
    ev: Any,
    stage: str,
    sent: Span,
    ctx: dict[str, Any],
    use_entry: bool = False,
) -> dict[str, float]:
    """Word-free features of the event `ev` made from candidate `c` at `stage` (emitted,
    flagged or one of RESCUABLE). `ctx`: n_cands, n_types, reported, n_events of the sentence."""
    e = c.entry
    a = c.anchor
    src_part = ev.evidence.source_rule or ""
    tgt_part = ev.evidence.target_rule or ""
    src_rule = _rule_name(src_part)
    tgt_rule = _rule_name(tgt_part)
    sk = actor_kind(ev.source.code if ev.source else None)
    tk = actor_kind(ev.target.code if ev.target else None)
    same = bool(
        ev.source
        and ev.target
        and sx.code_country(ev.source.code) == sx.code_country(ev.target.code)
    )
    clause = clause_of(a)
    typ = ev.type
    pos = (a.i - sent.start) / max(1, len(sent))
    f: dict[str, float] = {
        f"type={typ}": 1.0,
        f"mode={e.mode or '-'}": 1.0,
        f"kind={c.kind}": 1.0,
        f"cameo={str(ev.cameo or '')[:2]}": 1.0,
        f"stage={stage}": 1.0,
        f"src_rule={src_rule}": 1.0,
        f"tgt_rule={tgt_rule}": 1.0,
        f"src_p={_pbucket(src_part)}": 1.0,
        f"tgt_p={_pbucket(tgt_part)}": 1.0,
        f"src_kind={sk}": 1.0,
        f"tgt_kind={tk}": 1.0,
        f"dep={sx.dep(a)}": 1.0,
        f"clause={clause}": 1.0,
        f"nominal={sx.base_dep(a) if c.kind == 'noun' else '-'}": 1.0,
        f"head_pos={a.head.pos_ if a.head.i != a.i else 'ROOT'}": 1.0,
        f"pos_third={min(2, int(pos * 3))}": 1.0,
        f"sent_len={_bucket(len(sent), (8, 15, 25, 40))}": 1.0,
        f"n_cands={_bucket(ctx.get('n_cands', 0), (1, 2, 3, 5))}": 1.0,
        f"n_types={_bucket(ctx.get('n_types', 0), (1, 2, 3))}": 1.0,
        f"n_same_type={_bucket(ctx.get('same_type', {}).get(typ, 0), (1, 2))}": 1.0,
        f"tense={sx.morph(a, 'Tense') or '-'}": 1.0,
        f"mood={sx.morph(a, 'Mood') or '-'}": 1.0,
        f"verbform={sx.morph(a, 'VerbForm') or '-'}": 1.0,
        f"n_pairs={_bucket(len(c.sources) * max(1, len(c.targets)), (1, 2))}": 1.0,
        f"conf={_bucket(int(ev.confidence * 10), (3, 5, 7, 8))}": 1.0,
        f"type|stage={typ}|{stage}": 1.0,
        f"type|kind={typ}|{c.kind}": 1.0,
        f"type|src={typ}|{src_rule}": 1.0,
        f"type|tgt={typ}|{tgt_rule}": 1.0,
        f"kind|clause={c.kind}|{clause}": 1.0,
        f"stage|src={stage}|{src_rule}": 1.0,
        f"stage|tgt={stage}|{tgt_rule}": 1.0,
        f"src|tgt={sk}|{tk}": 1.0,
        f"type|tgt_kind={typ}|{tk}": 1.0,
        f"type|src_kind={typ}|{sk}": 1.0,
    }
    if c.kind != "noun" and a.pos_ in ("VERB", "AUX"):
        f["passive"] = 1.0 if sx.is_passive(a) else 0.0
    flags = {
        "same_country": same,
        "symmetric": bool(ev.symmetric),
        "hedged": bool(ev.hedged),
        "negated": bool(ev.negated),
        "hypothetical": bool(ev.hypothetical),
        "reported": bool(ev.reported_by) or bool(ctx.get("reported")),
        "quoted": _quoted(sent, a.i),
        "presupposed": bool(c.presupposed),
        "null_source_entry": bool(c.null_source),
        "require_target": bool(e.require_target),
        "announced": bool(e.announced),
        "repaired": any("parse repaired" in n for n in ev.evidence.notes),
    }
    for k, v in flags.items():
        if v:
            f[k] = 1.0
    if use_entry:
        f[f"entry={e.id}"] = 1.0
    return f


# ------------------------------------------------------------------ the decision
def _key(ev: Any) -> tuple:
    s = sx.code_country(ev.source.code) if ev.source else None
    t = sx.code_country(ev.target.code) if ev.target else None
    return (ev.type, s, t)


def apply(
    gate: Gate | None,
    events: list[Any],
    made: dict[int, Any],
    drops: list[tuple[Any, str]],
    cands: list[Any],
    sent: Span,
    build: Callable[[Any], list[Any]],
    reported: bool,
) -> list[Any]:
    """Score the sentence's events (and the would-be events of its dropped candidates) and
    return the events to emit. `made`: id(event) -> its candidate; `drops`: (candidate, stage)
    of every candidate lost on the way; `build(c)`: the events candidate c makes now."""
    # (collecting rows for training: with the entry id, which the script keeps or strips)
    use_entry = bool(gate.meta.get("use_entry")) if gate is not None else True
    live = {id(c) for c in cands}
    lost: list[tuple[Any, str]] = []
    seen: set[int] = set()
    for c, stage in drops:
        st = stage.split(":")[0]
        if st not in RESCUABLE or id(c) in seen or id(c) in live:
            continue
        if st == "no-source" and c.sources:  # given a source later (the source model)
            continue
        seen.add(id(c))
        lost.append((c, st))
    every = [made[id(ev)] for ev in events if id(ev) in made] + [c for c, _ in lost]
    types = [c.entry.type for c in every]
    ctx = {
        "n_cands": len(every),
        "n_types": len(set(types)),
        "same_type": {t: types.count(t) for t in set(types)},
        "reported": reported,
    }
    out: list[Any] = []
    for ev in events:
        c = made.get(id(ev))
        if c is None:
            out.append(ev)
            continue
        stage = "flagged" if (ev.negated or ev.hypothetical) else "emitted"
        feats = features(c, ev, stage, sent, ctx, use_entry)
        if COLLECT is not None:
            COLLECT.append(_record(ev, stage, feats))
        if gate is None:
            out.append(ev)
            continue
        p = gate.prob(feats)
        ev.evidence.rule = f"{ev.evidence.rule or ''} gate p={p:.2f}".strip()
        if stage == "emitted" and p < gate.low and not (gate.keep_null_source and not ev.source):
            continue  # not an event by the gate
        out.append(ev)
    if not lost or (gate is None and COLLECT is None):
        return out
    taken = {_key(ev) for ev in out}
    rescue = gate is not None and gate.high <= 1.0
    for c, st in lost:
        if not rescue and COLLECT is None:
            break
        if st == "no-source":
            c.null_source = True  # its roles as read: no source
        saved = (list(c.sources), list(c.targets), list(c.notes), c.negated, c.hypothetical)
        evs = build(c)
        for ev in evs:
            stage = f"dropped-{st}"
            feats = features(c, ev, stage, sent, ctx, use_entry)
            if ev.negated or ev.hypothetical:
                continue  # a flagged event counts neither way: nothing to rescue
            if COLLECT is not None:
                COLLECT.append(_record(ev, stage, feats))
            if not rescue or gate is None:
                continue
            p = gate.prob(feats)
            if p < gate.high or _key(ev) in taken:
                continue
            taken.add(_key(ev))
            ev.evidence.rule = f"{ev.evidence.rule or ''} gate p={p:.2f}".strip()
            ev.evidence.notes.append(f"gate: rescued a candidate dropped at '{st}' (p={p:.2f})")
            out.append(ev)
        if not any(ev in out for ev in evs):
            c.sources, c.targets, c.notes, c.negated, c.hypothetical = saved
    return out


def _record(ev: Any, stage: str, feats: dict[str, float]) -> dict[str, Any]:
    return {
        "type": ev.type,
        "source": ev.source.code if ev.source else None,
        "target": ev.target.code if ev.target else None,
        "symmetric": bool(ev.symmetric),
        "stage": stage,
        "feats": feats,
    }
