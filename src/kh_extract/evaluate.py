"""Score an extractor against the hand-checked gold files (SPEC "Matching against gold").

Each field type is compared as a set per document; true positives, false
positives and misses are summed over all documents (micro-average) before
precision, recall and F1 are computed.

* references: key ``ref``; ``issued`` and ``kind`` are attributes of matched pairs.
* dates: key ``value``, a set per document, so a date mentioned twice counts once.
* criteria: key (``code``, ``framework``).
* plan: one item per document, equal when ``ref``, ``issuer``, ``locality`` and
  ``issued`` all agree. Gold null and predicted null is not counted; gold null
  and predicted non-null is a false positive; gold non-null and predicted null
  a miss; both non-null and unequal is both.
* targets: only ``kind == "target"`` on both sides. A pair matches when
  ``value`` (tolerance 1e-9) and ``unit`` (case-insensitive, NFC) are equal and
  the predicted subject holds at least half of the gold subject's syllables
  ("hồ sơ công việc cấp xã" needs three of its six). Pairs are made one to one,
  best syllable overlap first. ``comparator``, ``level``, ``deadline`` and
  ``criteria`` are attributes; "targets_strict" counts a pair only when all of
  them agree too.
* overall: micro over references, dates, criteria, plan and targets.
* document: ``title`` (spaces collapsed) and ``published`` are attributes of each document whose gold file gives
  them (null included); they are in no F1.

A field with nothing in gold and nothing predicted scores 1.0 (nothing to find,
nothing wrongly found); otherwise an empty denominator gives 0.0.

>>> gold = {"id": "d", "dates": [{"text": "ngày 21/9", "value": "2023-09-21", "span": [0, 9]}]}
>>> report = evaluate_pairs([(gold, {"dates": []})])
>>> report.fields["dates"].fn, report.fields["dates"].recall
(1, 0.0)
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

import regex

from .normalize import normalize

# The scored field types, in the order of the table; "overall" sums the first five.
SCORED_FIELDS = ("references", "dates", "criteria", "plan", "targets")
ALL_FIELDS = SCORED_FIELDS + ("targets_strict", "overall")

REFERENCE_ATTRIBUTES = ("issued", "kind")
# horizon is not part of the plan's match key (SPEC); it is reported for information.
PLAN_KEY_ATTRIBUTES = ("ref", "issuer", "locality", "issued")
PLAN_ATTRIBUTES = PLAN_KEY_ATTRIBUTES + ("horizon",)
LOCALITY_FIELDS = ("province", "district", "commune", "level")
TARGET_ATTRIBUTES = ("comparator", "level", "deadline", "criteria")
# The document's own header, scored per document as attributes (not in any field's F1): the headline with its spaces
# collapsed, and the article's date
DOCUMENT_ATTRIBUTES = ("title", "published")

VALUE_TOLERANCE = 1e-9

_EDGE_PUNCTUATION = regex.compile(
    r"""
    ^ [\p{P}\p{S}]+        # "(hộ" , "“số"  : punctuation before a syllable
  | [\p{P}\p{S}]+ $        # "xã," , "nghèo)" : punctuation after it
    """,
    regex.VERBOSE,
)

Item = dict[str, Any]
Extractor = Callable[..., Any]


# --------------------------------------------------------------------------- scores


@dataclass
class FieldScore:
    """Counts of one field type, summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "FieldScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class AttributeScore:
    """How often an attribute agrees on matched pairs."""

    agree: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return self.agree / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        acc = self.accuracy
        return {"agree": self.agree, "total": self.total, "accuracy": None if acc is None else round(acc, 4)}


@dataclass
class Finding:
    """One miss, false hit or attribute disagreement in one document."""

    field: str
    item: str  # what a human searches for in the text: "90 % — hồ sơ công việc cấp tỉnh"
    span: Optional[tuple[int, int]] = None
    detail: Optional[str] = None  # for disagreements: "comparator: gold '>=' predicted '='"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "item": self.item}
        if self.span is not None:
            out["span"] = list(self.span)
        if self.detail is not None:
            out["detail"] = self.detail
        return out

    def __str__(self) -> str:
        where = f"  @{self.span[0]}-{self.span[1]}" if self.span else ""
        detail = f"  -- {self.detail}" if self.detail else ""
        return f"{self.field:<11} {self.item}{where}{detail}"


@dataclass
class DocumentReport:
    id: str
    misses: list[Finding] = field(default_factory=list)  # in gold, not predicted
    false_hits: list[Finding] = field(default_factory=list)  # predicted, not in gold
    disagreements: list[Finding] = field(default_factory=list)  # matched, attribute differs

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id,
                "misses": [f.to_dict() for f in self.misses],
                "false_hits": [f.to_dict() for f in self.false_hits],
                "disagreements": [f.to_dict() for f in self.disagreements]}


@dataclass
class Report:
    """Scores of one evaluation run: ``fields[name]``, ``attributes[field][attr]``, ``documents``."""

    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in ALL_FIELDS})
    attributes: dict[str, dict[str, AttributeScore]] = field(default_factory=lambda: {
        "references": {a: AttributeScore() for a in REFERENCE_ATTRIBUTES},
        "plan": {a: AttributeScore() for a in PLAN_ATTRIBUTES},
        "targets": {a: AttributeScore() for a in TARGET_ATTRIBUTES},
        "document": {a: AttributeScore() for a in DOCUMENT_ATTRIBUTES},
    })
    documents: list[DocumentReport] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_evaluated": len(self.documents),
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "attributes": {f: {a: s.to_dict() for a, s in attrs.items()} for f, attrs in self.attributes.items()},
            "documents": [d.to_dict() for d in self.documents],
        }

    def format_table(self) -> str:
        """Plain aligned text: one row per field type, then attribute accuracies."""
        lines = [f"{len(self.documents)} documents", "",
                 f"{'field':<15}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}"]
        for name in ALL_FIELDS:
            s = self.fields[name]
            if name == "overall":
                lines.append("-" * 60)
            lines.append(f"{name:<15}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
        lines += ["", f"{'attribute (of matched pairs)':<30}{'agree':>8}{'total':>8}{'accuracy':>10}"]
        for fname, attrs in self.attributes.items():
            for aname, a in attrs.items():
                acc = "-" if a.accuracy is None else f"{a.accuracy:.3f}"
                label = f"{fname}.{aname}" + (" (not in key)" if (fname, aname) == ("plan", "horizon") else "")
                lines.append(f"{label:<30}{a.agree:>8}{a.total:>8}{acc:>10}")
        return "\n".join(lines)

    def format_findings(self) -> str:
        """Per document: every miss, false hit and attribute disagreement."""
        lines = []
        for d in self.documents:
            if not (d.misses or d.false_hits or d.disagreements):
                continue
            lines.append(f"== {d.id}")
            lines += [f"  miss       {f}" for f in d.misses]
            lines += [f"  false hit  {f}" for f in d.false_hits]
            lines += [f"  differs    {f}" for f in d.disagreements]
        return "\n".join(lines)


# --------------------------------------------------------------------------- helpers


def _nfc(value: Any) -> Any:
    """NFC and outer whitespace stripped for strings; anything else as it is."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _as_dict(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if hasattr(obj, "model_dump"):
        return obj.model_dump(by_alias=True)
    return dict(obj)


def _span(item: Item) -> Optional[tuple[int, int]]:
    span = item.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return (span[0], span[1])
    return None


def syllables(subject: Optional[str]) -> list[str]:
    """Whitespace-separated, lower-cased syllables with edge punctuation stripped.

    >>> syllables("Tỷ lệ hộ nghèo (đa chiều),")
    ['tỷ', 'lệ', 'hộ', 'nghèo', 'đa', 'chiều']
    """
    if not subject:
        return []
    text = normalize(subject).text.lower()
    out = []
    for token in text.split():
        token = _EDGE_PUNCTUATION.sub("", token)
        if token:
            out.append(token)
    return out


def subject_overlap(gold_subject: Optional[str], predicted_subject: Optional[str]) -> tuple[int, int]:
    """(gold syllables found in the predicted subject, gold syllable count); counted as multisets."""
    gold = Counter(syllables(gold_subject))
    pred = Counter(syllables(predicted_subject))
    return sum((gold & pred).values()), sum(gold.values())


def subject_matches(gold_subject: Optional[str], predicted_subject: Optional[str]) -> bool:
    """At least half of the gold subject's syllables are in the predicted one; an empty gold subject matches any.

    >>> subject_matches("tỷ lệ hộ nghèo", "tỷ lệ"), subject_matches("số xã đạt chuẩn NTM", "số xã")
    (True, False)
    """
    found, total = subject_overlap(gold_subject, predicted_subject)
    return 2 * found >= total


def _same_number(a: Any, b: Any) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)
    except (TypeError, ValueError):
        return False


def _unit_key(unit: Optional[str]) -> str:
    return " ".join(unicodedata.normalize("NFC", unit or "").casefold().split())


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _collapse(items: Iterable[Item], key: Callable[[Item], Any]) -> dict[Any, Item]:
    """One item per key, the first one listed (the set comparison of SPEC)."""
    out: dict[Any, Item] = {}
    for item in items:
        out.setdefault(key(item), item)
    return out


# --------------------------------------------------------------------------- per field


def _score_keyed(name: str, gold_items: Iterable[Item], pred_items: Iterable[Item], key: Callable[[Item], Any],
                 describe: Callable[[Item], str], report: Report, doc: DocumentReport,
                 attributes: tuple[str, ...] = ()) -> None:
    gold = _collapse(gold_items, key)
    pred = _collapse(pred_items, key)
    score = report.fields[name]
    for k, g in gold.items():
        if k in pred:
            score.tp += 1
            p = pred[k]
            for attr in attributes:
                stat = report.attributes[name][attr]
                stat.total += 1
                if _nfc(g.get(attr)) == _nfc(p.get(attr)):
                    stat.agree += 1
                else:
                    doc.disagreements.append(Finding(name, describe(g), _span(p),
                                                     f"{attr}: gold {g.get(attr)!r} predicted {p.get(attr)!r}"))
        else:
            score.fn += 1
            doc.misses.append(Finding(name, describe(g), _span(g)))
    for k, p in pred.items():
        if k not in gold:
            score.fp += 1
            doc.false_hits.append(Finding(name, describe(p), _span(p)))


def _describe_reference(r: Item) -> str:
    return f"{r.get('ref')}" + (f" ({r['kind']})" if r.get("kind") else "")


def _describe_date(d: Item) -> str:
    return f"{d.get('value')}" + (f" “{d['text']}”" if d.get("text") else "")


def _describe_criterion(c: Item) -> str:
    return f"{c.get('code')} ({c.get('framework') or 'no framework'})"


def _describe_target(t: Item) -> str:
    value = _number_text(t.get("value"))
    if t.get("value_max") is not None:
        value += f"-{_number_text(t['value_max'])}"
    return f"{t.get('comparator') or '='} {value} {t.get('unit')} — {t.get('subject') or '(no subject)'}"


def _locality_key(locality: Any) -> tuple:
    loc = _as_dict(locality)
    return tuple(_nfc(loc.get(f)) for f in LOCALITY_FIELDS)


def _plan_attr(plan: Item, attr: str) -> Any:
    if attr == "locality":
        return _locality_key(plan.get("locality"))
    return _nfc(plan.get(attr))


def _describe_plan(plan: Item) -> str:
    loc = _as_dict(plan.get("locality"))
    place = ", ".join(str(loc[f]) for f in ("commune", "district", "province") if loc.get(f))
    return (f"ref={plan.get('ref')} issuer={plan.get('issuer')} issued={plan.get('issued')} "
            f"locality=({place or '-'}; {loc.get('level')})")


def _score_plan(gold_plan: Optional[Item], pred_plan: Optional[Item], report: Report, doc: DocumentReport) -> None:
    score = report.fields["plan"]
    if gold_plan is None and pred_plan is None:
        return
    if gold_plan is None:
        score.fp += 1
        doc.false_hits.append(Finding("plan", _describe_plan(pred_plan)))
        return
    if pred_plan is None:
        score.fn += 1
        doc.misses.append(Finding("plan", _describe_plan(gold_plan)))
        return
    for attr in PLAN_ATTRIBUTES:
        stat = report.attributes["plan"][attr]
        stat.total += 1
        if _plan_attr(gold_plan, attr) == _plan_attr(pred_plan, attr):
            stat.agree += 1
        else:
            doc.disagreements.append(Finding("plan", _describe_plan(gold_plan), None,
                                             f"{attr}: gold {_plan_attr(gold_plan, attr)!r} "
                                             f"predicted {_plan_attr(pred_plan, attr)!r}"))
    if all(_plan_attr(gold_plan, a) == _plan_attr(pred_plan, a) for a in PLAN_KEY_ATTRIBUTES):
        score.tp += 1
    else:
        score.fp += 1
        score.fn += 1
        doc.misses.append(Finding("plan", _describe_plan(gold_plan)))
        doc.false_hits.append(Finding("plan", _describe_plan(pred_plan)))


def _target_attr(target: Item, attr: str) -> Any:
    if attr == "criteria":
        return frozenset(_nfc(c) for c in (target.get("criteria") or []))
    if attr == "comparator":
        return target.get("comparator") or "="
    return _nfc(target.get(attr))


def _target_candidates(gold: list[Item], pred: list[Item]) -> list[tuple[tuple, int, int]]:
    """Every admissible (gold, predicted) pair with its sort key, best first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if not _same_number(g.get("value"), p.get("value")):
                continue
            if _unit_key(g.get("unit")) != _unit_key(p.get("unit")):
                continue
            found, total = subject_overlap(g.get("subject"), p.get("subject"))
            if 2 * found < total:
                continue
            share = found / total if total else 1.0
            # Ties (the same "100 %" for two subjects) go to the tighter subject,
            # then to the pair agreeing on more attributes, then to the closer span.
            extra = len(syllables(p.get("subject"))) - found
            agreeing = sum(_target_attr(g, a) == _target_attr(p, a) for a in TARGET_ATTRIBUTES)
            gs, ps = _span(g), _span(p)
            distance = abs(gs[0] - ps[0]) if gs and ps else math.inf
            candidates.append(((-share, extra, -agreeing, distance, gi, pi), gi, pi))
    candidates.sort(key=lambda c: c[0])
    return candidates


def _score_targets(gold_items: list[Item], pred_items: list[Item], report: Report, doc: DocumentReport) -> None:
    gold = [t for t in gold_items if (t.get("kind") or "target") == "target"]
    pred = [t for t in pred_items if (t.get("kind") or "target") == "target"]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in _target_candidates(gold, pred):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    loose, strict = report.fields["targets"], report.fields["targets_strict"]
    strict_tp = 0
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        loose.tp += 1
        all_agree = True
        for attr in TARGET_ATTRIBUTES:
            stat = report.attributes["targets"][attr]
            stat.total += 1
            gv, pv = _target_attr(g, attr), _target_attr(p, attr)
            if gv == pv:
                stat.agree += 1
            else:
                all_agree = False
                if isinstance(gv, frozenset):
                    gv, pv = sorted(gv), sorted(pv)
                doc.disagreements.append(Finding("targets", _describe_target(g), _span(p),
                                                 f"{attr}: gold {gv!r} predicted {pv!r}"))
        strict_tp += all_agree
    loose.fn += len(gold) - len(pairs)
    loose.fp += len(pred) - len(pairs)
    # strict: a matched pair that disagrees on an attribute is both a false hit and a miss
    strict.tp += strict_tp
    strict.fn += len(gold) - strict_tp
    strict.fp += len(pred) - strict_tp
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            doc.misses.append(Finding("targets", _describe_target(g), _span(g)))
    for pi, p in enumerate(pred):
        if pi not in used_pred:
            doc.false_hits.append(Finding("targets", _describe_target(p), _span(p)))


# --------------------------------------------------------------------------- entry points


def _evaluate_document(gold: Item, pred: Item, doc_id: str, report: Report) -> None:
    doc = DocumentReport(id=doc_id)
    _score_keyed("references", gold.get("references") or [], pred.get("references") or [],
                 lambda r: _nfc(r.get("ref")), _describe_reference, report, doc, REFERENCE_ATTRIBUTES)
    _score_keyed("dates", gold.get("dates") or [], pred.get("dates") or [],
                 lambda d: _nfc(d.get("value")), _describe_date, report, doc)
    _score_keyed("criteria", gold.get("criteria") or [], pred.get("criteria") or [],
                 lambda c: (_nfc(c.get("code")), c.get("framework")), _describe_criterion, report, doc)
    _score_plan(_as_dict(gold["plan"]) if gold.get("plan") else None,
                _as_dict(pred["plan"]) if pred.get("plan") else None, report, doc)
    _score_targets(gold.get("targets") or [], pred.get("targets") or [], report, doc)
    _score_header(gold, pred, report, doc)
    report.documents.append(doc)


def _score_header(gold: Item, pred: Item, report: Report, doc: DocumentReport) -> None:
    """``title`` and ``published`` as attributes of the document, when the gold file gives the key (null counts)."""
    for attr in DOCUMENT_ATTRIBUTES:
        if attr not in gold:
            continue
        want, got = (" ".join(_nfc(str(d.get(attr) or "")).split()) or None for d in (gold, pred))
        stat = report.attributes["document"][attr]
        stat.total += 1
        if want == got:
            stat.agree += 1
        else:
            doc.disagreements.append(Finding("document", attr, None, f"{attr}: gold {want!r} predicted {got!r}"))


def _sum_overall(report: Report) -> None:
    overall = FieldScore()
    for name in SCORED_FIELDS:
        overall.add(report.fields[name])
    report.fields["overall"] = overall


def evaluate_pairs(pairs: list[tuple[Any, Any]]) -> Report:
    """Score ``(gold, predicted)`` documents (dicts of the SPEC shape, or ``Extraction`` objects)."""
    report = Report()
    for n, (gold, pred) in enumerate(pairs):
        gold, pred = _as_dict(gold), _as_dict(pred)
        _evaluate_document(gold, pred, str(gold.get("id") or f"#{n}"), report)
    _sum_overall(report)
    return report


def evaluate_dirs(gold_dir: Union[str, Path], corpus_dir: Union[str, Path], *,
                  extract: Optional[Extractor] = None) -> Report:
    """Run ``extract`` on ``corpus/<id>.txt`` for every ``gold/<id>.json`` and score it.

    The extractor gets the text and ``id`` only: it must find ``published`` itself.
    """
    if extract is None:
        from .pipeline import extract  # noqa: PLC0415  (the real extractor unless a test passes another)
    pairs = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        doc_id = gold_path.stem
        text_path = Path(corpus_dir) / f"{doc_id}.txt"
        if not text_path.exists():
            raise FileNotFoundError(f"{gold_path} has no corpus text {text_path}")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["id"] = doc_id
        text = text_path.read_text(encoding="utf-8")
        try:
            predicted = _as_dict(extract(text, id=doc_id))
        except Exception as exc:  # a crash is the extractor's bug: name the document
            raise RuntimeError(f"extract() failed on {text_path}: {exc}") from exc
        pairs.append((gold, predicted))
    return evaluate_pairs(pairs)


__all__ = ["AttributeScore", "DocumentReport", "FieldScore", "Finding", "Report", "evaluate_dirs",
           "evaluate_pairs", "subject_matches", "syllables"]
