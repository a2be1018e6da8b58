"""A learned actor-role chooser: the statistical complement to the role rules.

When the role rules give an event a source but no target, the coder used to take the actor
mentioned nearest to the trigger (rule `nearest-actor`). The role model scores every actor
mention of the sentence as the target of that event instead, from features that name no word:
the dependency path from the trigger to the mention (relations, length, the clause boundaries it
crosses), the linear distance and side, the mention's case or preposition, its kind (country,
government, military, IGO, civilians, place), whether it is in quotes, whether another event of
the sentence already uses it, the entry's type and kind (verb/noun/light), passive voice and
reported speech. A logistic regression over these features (weights in
`lagebild/models/rolemodel.json`, trained by `scripts/train_rolemodel.py` on the repository's
annotated sets) gives the probability that the mention is the target an annotator would write;
the best mention above the threshold becomes the target (`target=rolemodel p=0.83` in the
evidence, confidence scaled by p). Switch: `role_model: false` in rules.yaml (then the rule
`nearest-actor` applies as before).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from lagebild.coding import logistic
from lagebild.coding import syntax as sx

ROLEMODEL = "rolemodel"
WEIGHTS = Path(__file__).resolve().parents[1] / "models" / "rolemodel.json"

# relations that start a new clause (a path through one crosses a clause boundary)
_CLAUSE_DEPS = ("advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj", "conj")
_QUOTES = '"„“”»«'

# when set (a list), `RoleModel.fill` appends one record per event it looks at: the training
# script collects features and the rules' choices this way
COLLECT: list[dict] | None = None
# the same for the source chooser (`score_sources`): one record per candidate without a source
SRC_COLLECT: list[dict] | None = None


@dataclass
class RoleModel:
    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = 0.5
    fallback_nearest: bool = False  # below the threshold: the nearest actor as before
    overrule: float | None = None  # replace a rule's target scored this much below another
    meta: dict[str, Any] = field(default_factory=dict)
    # the source chooser (rule `source=rolemodel`): its own weights and thresholds, one for
    # candidates the rules drop for want of a source, one for those allowed a null source
    source: RoleModel | None = None
    threshold_null: float = 1.01

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RoleModel:
        return cls(
            weights={str(k): float(v) for k, v in d.get("weights", {}).items()},
            bias=float(d.get("bias", 0.0)),
            threshold=float(d.get("threshold", 0.5)),
            fallback_nearest=bool(d.get("fallback_nearest", False)),
            overrule=float(d["overrule"]) if d.get("overrule") is not None else None,
            meta={k: v for k, v in d.items() if k not in ("weights", "bias", "source")},
            source=cls.from_dict(d["source"]) if isinstance(d.get("source"), dict) else None,
            threshold_null=float(d.get("threshold_null", 1.01)),
        )

    def prob(self, feats: dict[str, float]) -> float:
        return logistic.prob(self.weights, self.bias, feats)


@lru_cache(maxsize=4)
def _load(path: str) -> RoleModel | None:
    return logistic.read_weights(path, RoleModel.from_dict)


def load_model(path: Path | str | None = None) -> RoleModel | None:
    """The shipped role model (loaded once), or None when its weights file is absent."""
    return _load(str(path or WEIGHTS))


# ------------------------------------------------------------------ features
def _chain(t: Token) -> list[Token]:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _kind(code: str, is_place: bool) -> str:
    return "place" if is_place else code_kind(code)


def code_kind(code: str) -> str:
    """The kind of an actor code as a feature: "IGO", "NGO", its sector ("GOV", "MIL", …) or
    "country"."""
    if code.startswith("IGO"):
        return "IGO"
    if code.startswith("NGO"):
        return "NGO"
    if "/" in code:
        return code.split("/", 1)[1].split("/")[0] or "country"
    return "country"


class SentencePaths:
    """The dependency chains, trigger-to-mention paths and quote parity of one sentence,
    computed once per sentence and shared by the target chooser (`score_events`) and the source
    chooser (`score_sources`), which ask for the same chains and often the same paths."""

    def __init__(self, sent: Span):
        self.sent = sent
        self._chains: dict[int, list[Token]] = {}
        self._index: dict[int, dict[int, int]] = {}
        self._above: dict[int, frozenset[int]] = {}
        self._lca: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._pf: dict[tuple[int, int], dict[str, float]] = {}
        self._parity: list[bool] | None = None
        self._spans: dict[tuple[int, int], list[Token]] = {}
        self._heads: dict[tuple[int, int], Token | None] = {}
        self._conj: dict[int, frozenset[int]] = {}

    def span_tokens(self, start: int, end: int) -> list[Token]:
        """The sentence's tokens that start inside the char span [start, end)."""
        key = (start, end)
        toks = self._spans.get(key)
        if toks is None:
            toks = self._spans[key] = [t for t in self.sent if start <= t.idx < end]
        return toks

    def span_head(self, start: int, end: int) -> Token | None:
        """`_span_head(sent, start, end)`, once per span."""
        key = (start, end)
        if key not in self._heads:
            self._heads[key] = _head_of(self.span_tokens(start, end), start, end)
        return self._heads[key]

    def conjuncts(self, t: Token) -> frozenset[int]:
        """The token indices of `syntax.conjuncts(t)`."""
        c = self._conj.get(t.i)
        if c is None:
            c = self._conj[t.i] = frozenset(x.i for x in sx.conjuncts(t))
        return c

    def chain(self, t: Token) -> list[Token]:
        """t and its heads up to the root (at most 40)."""
        c = self._chains.get(t.i)
        if c is None:
            c = self._chains[t.i] = _chain(t)
        return c

    def index(self, t: Token) -> dict[int, int]:
        """Token index -> steps from t up to it, over t's chain."""
        d = self._index.get(t.i)
        if d is None:
            d = self._index[t.i] = {x.i: k for k, x in enumerate(self.chain(t))}
        return d

    def above(self, t: Token) -> frozenset[int]:
        """The token indices of t's heads (its chain without t itself)."""
        s = self._above.get(t.i)
        if s is None:
            s = self._above[t.i] = frozenset(x.i for x in self.chain(t)[1:])
        return s

    def lca(self, trig: Token, a: Token) -> tuple[int, int] | None:
        """(steps from a up to the common head, steps from trig up to it), or None."""
        key = (trig.i, a.i)
        if key not in self._lca:
            idx_t = self.index(trig)
            up_a = self.chain(a)
            lca_k = next((k for k, t in enumerate(up_a) if t.i in idx_t), None)
            self._lca[key] = None if lca_k is None else (lca_k, idx_t[up_a[lca_k].i])
        return self._lca[key]

    def path_len(self, trig: Token, a: Token) -> int:
        ud = self.lca(trig, a)
        return 99 if ud is None else ud[0] + ud[1]

    def path_features(self, trig: Token, a: Token) -> dict[str, float]:
        """`path_features(trig, a)`, computed once per pair (the dict is shared: read only)."""
        key = (trig.i, a.i)
        f = self._pf.get(key)
        if f is None:
            f = self._pf[key] = _path_features(trig, a, self)
        return f

    def quoted(self, i: int) -> bool:
        """Whether token i stands between an odd number of quote marks of the sentence."""
        if self._parity is None:
            par, n = [], 0
            for t in self.sent:
                par.append(n % 2 == 1)
                if t.text in _QUOTES:
                    n += 1
            par.append(n % 2 == 1)
            self._parity = par
        k = i - self.sent.start
        if k <= 0:
            return False
        return self._parity[min(k, len(self._parity) - 1)]


def path_features(trig: Token, a: Token) -> dict[str, float]:
    """Features of the dependency path from trigger `trig` to mention head `a`."""
    return _path_features(trig, a, SentencePaths(trig.doc[:]))


def _path_features(trig: Token, a: Token, paths: SentencePaths) -> dict[str, float]:
    f: dict[str, float] = {}
    ud = paths.lca(trig, a)
    if ud is None:
        f["path=none"] = 1.0
        return f
    up, down = ud  # steps from the mention / from the trigger up to the common head
    up_a, up_t = paths.chain(a), paths.chain(trig)
    rels_a = [sx.dep(t) for t in up_a[:up]]
    rels_t = [sx.dep(t) for t in up_t[:down]]
    f[f"up={min(up, 4)}"] = 1.0
    f[f"down={min(down, 3)}"] = 1.0
    f[f"len={_bucket(up + down, (1, 2, 3, 4, 6))}"] = 1.0
    if up + down <= 3:
        f["path=" + ">".join(rels_a) + "|" + "<".join(rels_t)] = 1.0
    if rels_a:
        f[f"adep={rels_a[0]}"] = 1.0
        f[f"atop={rels_a[-1]}"] = 1.0  # the relation that reaches the common head
    if down == 0:
        f["under_trigger"] = 1.0
        if rels_a:
            f[f"trig_arg={rels_a[-1]}"] = 1.0
    crossed = 0
    for r in rels_a + rels_t:
        base = r.split(":")[0]
        if base in _CLAUSE_DEPS or r == "acl:relcl":
            crossed += 1
            f[f"cross={r}"] = 1.0
    f[f"clauses={min(crossed, 2)}"] = 1.0
    return f


def candidate_features(
    ev: Any,
    trig: Token | None,
    hit: Any,
    rank: int,
    n_cands: int,
    sent: Span,
    ctx: dict[str, Any],
) -> dict[str, float]:
    """Features of mention `hit` as the target of event `ev` (an EventMention)."""
    f: dict[str, float] = {}
    typ = ev.type
    ekind = ctx["ekind"]
    a = sent.doc[hit.token]
    kind = _kind(hit.code, hit.is_place)
    f[f"kind={kind}"] = 1.0
    f[f"how={hit.how}"] = 1.0
    f[f"rank={min(rank, 3)}"] = 1.0
    f[f"ncand={min(n_cands, 4)}"] = 1.0
    f[f"type={typ}"] = 1.0
    f[f"ekind={ekind}"] = 1.0
    f[f"src_rule={ctx['src_rule'] or '-'}"] = 1.0
    if ctx["passive"]:
        f["passive"] = 1.0
    if ctx["reported"]:
        f["reported"] = 1.0
    if hit.country is not None and hit.country == ctx["own"]:
        f["same_country"] = 1.0
        f["same_country|others" if ctx["others"] else "same_country|alone"] = 1.0
    paths: SentencePaths = ctx["paths"]
    sh = ctx.get("src_head")
    if sh is not None and sh.i in paths.above(a):
        if trig is None or trig.i not in paths.above(a) or trig.i == sh.i:
            f["in_source_phrase"] = 1.0
            if hit.country is not None and hit.country == ctx["own"]:
                f["in_source_phrase|same_country"] = 1.0
    if sh is not None:
        # coordinated with the source ("Russland und das syrische Regime"), or its label in
        # parentheses right after it ("Schäuble (CDU)"): a co-actor, not whom the act is on
        mh = mention_head(sent, hit, paths)
        if mh.i != sh.i and (mh.i in paths.conjuncts(sh) or sh.i in paths.conjuncts(mh)):
            f["src_conj"] = 1.0
        first = sent.doc[hit.token]
        if first.i > sent.start and sent.doc[first.i - 1].text == "(":
            src_end = ctx.get("src_end")
            if src_end is not None and 0 <= first.i - 2 - src_end <= 0:
                f["src_paren"] = 1.0
    if hit.token in ctx["used_src"]:
        f["other_event_source"] = 1.0
    if hit.token in ctx["used_tgt"]:
        f["other_event_target"] = 1.0
    case = sx.case_of(a)
    f[f"prep={case or '-'}"] = 1.0
    f[f"case={sx.morph(a, 'Case') or '-'}"] = 1.0
    q_a = paths.quoted(a.i)
    if trig is None:
        f["no_trigger"] = 1.0
        return f
    dist = a.i - trig.i
    side = "before" if dist < 0 else "after"
    f[f"side={side}"] = 1.0
    f[f"dist={_bucket(abs(dist), (1, 2, 4, 8, 16))}"] = 1.0
    f[f"side={side}|ekind={ekind}"] = 1.0
    if q_a != paths.quoted(trig.i):
        f["quote_boundary"] = 1.0
    pf = paths.path_features(trig, a)
    f.update(pf)
    adep = next((k[5:] for k in pf if k.startswith("adep=")), "-")
    f[f"type={typ}|adep={adep}"] = 1.0
    f[f"ekind={ekind}|adep={adep}"] = 1.0
    f[f"kind={kind}|type={typ}"] = 1.0
    f[f"prep={case or '-'}|ekind={ekind}"] = 1.0
    return f


def _span_head(sent: Span, start: int, end: int) -> Token | None:
    """The token of the char span [start, end) whose head lies outside it."""
    return _head_of([t for t in sent if start <= t.idx < end], start, end)


def _head_of(toks: list[Token], start: int, end: int) -> Token | None:
    for t in toks:
        if not (start <= t.head.idx < end) or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def trigger_token(ev: Any, sent: Span, offset: int) -> Token | None:
    """The token the event's trigger starts at (the evidence span), in `sent`'s doc."""
    if ev.start is None:
        return None
    at = ev.start - offset
    for t in sent:
        if t.idx == at:
            return t
    for t in sent:  # a trigger inside a token (a compound part)
        if t.idx <= at < t.idx + len(t.text):
            return t
    return None


def rule_part(rule: str, role: str) -> str:
    """The rule name of `role` ('source'/'target') in an evidence rule string (as written out;
    the coder's own events carry it as `evidence.source_rule` / `target_rule`)."""
    for part in (rule or "").split():
        if part.startswith(role + "="):
            return part[len(role) + 1 :]
    return ""


def _first_word(text: str | None) -> str:
    """A rule's name without what follows it ("rolemodel p=0.85" -> "rolemodel")."""
    words = (text or "").split()
    return words[0] if words else ""


def fill_target_rule(ev: Any, name: str) -> None:
    """A rule after the role rules gave the event a target none of these did (`name`:
    "rolemodel p=0.83", "nearest-actor", "domestic-target:SYR"): the evidence says so, in its
    rule string ("target=-" becomes "target=NAME", else it is added) and in `target_rule`
    (which keeps the role rule that the string names first)."""
    evi = ev.evidence
    tag = f"target={name}"
    rule = (evi.rule or "").replace("target=-", tag)
    evi.rule = rule if tag in rule else f"{rule} {tag}"
    if evi.target_rule in (None, "-"):
        evi.target_rule = name


def overrule_target_rule(ev: Any, name: str, p_rule: float) -> str:
    """The role model's target (`name`: "rolemodel p=0.91") replaces the one of the rule that
    the evidence names, which stays named with its p ("target=rolemodel p=0.91 over=subj
    p=0.40"). Returns that rule's name."""
    evi = ev.evidence
    now = evi.target_rule or ""
    old = _first_word(now)
    tag = f"{name} over={old} p={p_rule:.2f}"
    evi.rule = (evi.rule or "").replace(f"target={old}", f"target={tag}", 1)
    evi.target_rule = tag + now[len(old) :]
    return old


def _mentions_key(h: Any, offset: int) -> tuple[int, int]:
    return (h.start + offset, h.end + offset)


def _overlaps(slot: Any, h: Any, offset: int) -> bool:
    return slot is not None and slot.start < h.end + offset and h.start + offset < slot.end


def score_events(
    events: list[Any],
    mentions: list[Any],
    sent: Span,
    offset: int,
    reporter: Any,
    model: RoleModel | None,
    paths: SentencePaths | None = None,
) -> list[tuple[Any, list[tuple[Any, float, dict[str, float]]]]]:
    """For every event with a source and a trigger: its target candidates (the mentions other
    than its source), each with the model's probability (0.0 without a model) and features.
    With `COLLECT` set, one record per event is appended there. `paths`: the sentence's shared
    `SentencePaths` (made here when not given)."""
    if paths is None:
        paths = SentencePaths(sent)
    used_src = {h.token for ev in events for h in mentions if _overlaps(ev.source, h, offset)}
    used_tgt = {h.token for ev in events for h in mentions if _overlaps(ev.target, h, offset)}
    out = []
    for ev in events:
        if ev.source is None or ev.start is None:
            continue
        trig = trigger_token(ev, sent, offset)
        cands = [h for h in mentions if not _overlaps(ev.source, h, offset)]
        if not cands:
            continue
        at = ev.start
        order = sorted(range(len(cands)), key=lambda k: abs(cands[k].start + offset - at))
        rank = {k: r for r, k in enumerate(order)}
        src_tok = next((h.token for h in mentions if _overlaps(ev.source, h, offset)), None)
        src_toks = paths.span_tokens(ev.source.start - offset, ev.source.end - offset)
        src_head = paths.span_head(ev.source.start - offset, ev.source.end - offset)
        lens = [paths.path_len(trig, sent.doc[h.token]) if trig is not None else 99 for h in cands]
        tree = sorted(range(len(cands)), key=lambda k: (lens[k], rank[k]))
        tree_rank = {k: r for r, k in enumerate(tree)}
        own = sx.code_country(ev.source.code)
        ctx = {
            "ekind": ev.evidence.kind or "-",
            "src_rule": _first_word(ev.evidence.source_rule),
            "passive": bool(trig is not None and sx.is_passive(trig)),
            "reported": reporter is not None,
            "own": own,
            "others": any(h.country != own for h in cands),
            "src_head": src_head,
            "src_end": src_toks[-1].i if src_toks else None,
            "used_src": used_src - {src_tok},
            "used_tgt": used_tgt - {h.token for h in cands if _overlaps(ev.target, h, offset)},
            "paths": paths,
        }
        scored = []
        for k, h in enumerate(cands):
            feats = candidate_features(ev, trig, h, rank[k], len(cands), sent, ctx)
            feats[f"tree_rank={min(tree_rank[k], 2)}"] = 1.0
            scored.append((h, model.prob(feats) if model is not None else 0.0, feats))
        if COLLECT is not None:
            COLLECT.append(
                {
                    "type": ev.type,
                    "source": ev.source.code,
                    "target": ev.target.code if ev.target is not None else None,
                    "rule": ev.evidence.rule or "",
                    "flagged": bool(ev.negated or ev.hypothetical),
                    "symmetric": bool(ev.symmetric),
                    "cands": [
                        {
                            "code": h.code,
                            "nearest": rank[k] == 0,
                            "rule_choice": _overlaps(ev.target, h, offset),
                            "feats": feats,
                        }
                        for k, (h, _, feats) in enumerate(scored)
                    ],
                }
            )
        out.append((ev, scored))
    return out


# ------------------------------------------------------------------ sources
def mention_head(sent: Span, h: Any, paths: SentencePaths | None = None) -> Token:
    """The head token of mention `h` (its span's token whose head lies outside the span)."""
    t = paths.span_head(h.start, h.end) if paths is not None else _span_head(sent, h.start, h.end)
    return t if t is not None else sent.doc[h.token]


def _subject_of(a: Token) -> Token | None:
    """The verb whose subject `a` (or a conjunct it belongs to) is."""
    x = a
    while sx.dep(x) == "conj" and x.head.i != x.i:
        x = x.head
    return x.head if sx.dep(x).startswith("nsubj") else None


def source_features(
    c: Any,
    hit: Any,
    a: Token,
    rank: int,
    n_cands: int,
    sent: Span,
    ctx: dict[str, Any],
) -> dict[str, float]:
    """Features of mention `hit` (head token `a`) as the source of candidate `c` (a coder
    Cand that the rules left without a source). Word-free, like `candidate_features`."""
    f: dict[str, float] = {}
    typ = c.entry.type
    ekind = c.kind
    trig = c.anchor
    kind = _kind(hit.code, hit.is_place)
    f[f"s:kind={kind}"] = 1.0
    f[f"s:rank={min(rank, 3)}"] = 1.0
    f[f"s:ncand={min(n_cands, 4)}"] = 1.0
    f[f"s:type={typ}"] = 1.0
    f[f"s:ekind={ekind}"] = 1.0
    f[f"s:tried={(c.src_rule or '-').split(':')[0]}"] = 1.0
    f["s:nullok" if c.null_source else "s:dropped"] = 1.0
    if c.entry.symmetric:
        f["s:symmetric"] = 1.0
    if ctx["passive"]:
        f["s:passive"] = 1.0
    if hit.token in ctx["reporter"]:
        f["s:reporter"] = 1.0
    if hit.token in ctx["attribution"]:
        f["s:attribution"] = 1.0
    tgt = ctx["targets"]
    if tgt:
        f["s:has_target"] = 1.0
        if hit.country is not None and hit.country in tgt:
            f["s:target_country"] = 1.0
    else:
        f["s:no_target"] = 1.0
    paths: SentencePaths = ctx["paths"]
    th = ctx["target_heads"]
    if th and not th.isdisjoint(paths.above(a)):
        f["s:in_target_phrase"] = 1.0
    if hit.token in ctx["other_src"]:
        f["s:other_source"] = 1.0
        if hit.token in ctx["gov_src"]:
            f["s:governor_source"] = 1.0
    if ctx["same_type_sourced"]:
        f["s:same_type_sourced"] = 1.0
        if hit.token in ctx["same_type_src"]:
            f["s:same_type_source"] = 1.0
    v = _subject_of(a)
    if v is not None:
        f["s:is_subject"] = 1.0
        if v.i == trig.i:
            f["s:subject_of_trigger"] = 1.0
        elif v.i in paths.index(trig):
            f["s:subject_of_governor"] = 1.0
        elif trig.i in paths.index(v):
            f["s:subject_below"] = 1.0
    case = sx.case_of(a)
    f[f"s:prep={case or '-'}"] = 1.0
    f[f"s:case={sx.morph(a, 'Case') or '-'}"] = 1.0
    dist = a.i - trig.i
    side = "before" if dist < 0 else "after"
    f[f"s:side={side}"] = 1.0
    f[f"s:dist={_bucket(abs(dist), (1, 2, 4, 8, 16))}"] = 1.0
    f[f"s:side={side}|ekind={ekind}"] = 1.0
    if paths.quoted(a.i) != paths.quoted(trig.i):
        f["s:quote_boundary"] = 1.0
    pf = paths.path_features(trig, a)
    for k, val in pf.items():
        f["s:" + k] = val
    adep = next((k[5:] for k in pf if k.startswith("adep=")), "-")
    f[f"s:type={typ}|adep={adep}"] = 1.0
    f[f"s:ekind={ekind}|adep={adep}"] = 1.0
    f[f"s:kind={kind}|type={typ}"] = 1.0
    f[f"s:prep={case or '-'}|ekind={ekind}"] = 1.0
    return f


def score_sources(
    lost: list[Any],
    cands: list[Any],
    mentions: list[Any],
    sent: Span,
    reporter: Any,
    attribution: set[int],
    model: RoleModel | None,
    paths: SentencePaths | None = None,
) -> list[tuple[Any, list[tuple[Any, float, dict[str, float]]]]]:
    """For every candidate in `lost` (no source): its source candidates (the sentence's actor
    mentions outside its targets), each with the model's probability (0.0 without a model) and
    features. With `SRC_COLLECT` set, one record per candidate is appended there. `paths`: the
    sentence's shared `SentencePaths` (made here when not given)."""
    if paths is None:
        paths = SentencePaths(sent)
    rep = set()
    if reporter is not None:
        rep = {h.token for h in mentions if h.start < reporter.end and reporter.start < h.end}
    sourced = [d for d in cands if d.sources]
    out = []
    for c in lost:
        tgt_tok = {h.token for h in c.targets}
        tgt_spans = [(h.start, h.end) for h in c.targets]
        cands_m = [
            h
            for h in mentions
            if h.token not in tgt_tok and not any(s < h.end and h.start < e for s, e in tgt_spans)
        ]
        if not cands_m:
            continue
        trig = c.anchor
        heads = [mention_head(sent, h, paths) for h in cands_m]
        order = sorted(range(len(cands_m)), key=lambda k: abs(heads[k].i - trig.i))
        rank = {k: r for r, k in enumerate(order)}
        lens = [paths.path_len(trig, a) for a in heads]
        tree = sorted(range(len(cands_m)), key=lambda k: (lens[k], rank[k]))
        tree_rank = {k: r for r, k in enumerate(tree)}
        chain = paths.index(trig)
        gov = [d for d in sourced if d.anchor.i in chain or trig.i in paths.index(d.anchor)]
        same = [d for d in sourced if d.entry.type == c.entry.type]
        ctx = {
            "passive": sx.is_passive(trig) if c.kind != "noun" else False,
            "reporter": rep,
            "attribution": attribution,
            "targets": {h.country for h in c.targets if h.country},
            "target_heads": {mention_head(sent, h, paths).i for h in c.targets if h.end > h.start},
            "other_src": {h.token for d in sourced for h in d.sources},
            "gov_src": {h.token for d in gov for h in d.sources},
            "same_type_sourced": bool(same),
            "same_type_src": {h.token for d in same for h in d.sources},
            "paths": paths,
        }
        scored = []
        for k, h in enumerate(cands_m):
            feats = source_features(c, h, heads[k], rank[k], len(cands_m), sent, ctx)
            feats[f"s:tree_rank={min(tree_rank[k], 2)}"] = 1.0
            scored.append((h, model.prob(feats) if model is not None else 0.0, feats))
        if SRC_COLLECT is not None:
            SRC_COLLECT.append(
                {
                    "type": c.entry.type,
                    "targets": [h.code for h in c.targets],
                    "null_ok": bool(c.null_source),
                    "symmetric": bool(c.entry.symmetric),
                    "cands": [{"code": h.code, "feats": feats} for h, _, feats in scored],
                }
            )
        out.append((c, scored))
    return out
