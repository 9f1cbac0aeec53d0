"""Label Studio: extractor output → tasks with pre-annotations; a corrected, exported project → gold objects.

>>> from kh_extract import extract
>>> text = "Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp"
>>> tasks = to_tasks([extract(text, id="dt")], [text])
>>> sorted({r["value"]["labels"][0] for r in tasks[0]["predictions"][0]["result"] if r["type"] == "labels"})
['DATE', 'REFERENCE']
>>> export = [{"data": t["data"], "annotations": [{"result": t["predictions"][0]["result"]}]} for t in tasks]
>>> from_export(export)[0]["references"][0]["ref"]
'06/KH-UBND'

One task per document: ``data`` holds the raw ``text`` (spans are offsets
into it), ``id``, ``title``, ``published`` and ``warnings``. Each mention is a
region labelled REFERENCE, DATE, CRITERION or TARGET over its span; the plan
is a PLAN region over the plan's reference (else its issuer, else the first
line). The normalised attributes of a region (a target's value, unit,
comparator, level, deadline, kind …) are per-region TextAreas and Choices
named ``<label>_<attribute>`` (``target_unit``); a target's criteria are
relations target → criterion. The labelling configuration that shows all of
this is ``catalogue/labelstudio_config.xml`` (written by
:func:`labelling_config`).

Label Studio counts offsets in UTF-16 code units (JavaScript strings); they
are converted both ways, so a text with characters outside the BMP keeps exact
spans.
"""

from __future__ import annotations

import json
import typing
from html import escape
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

from .models import CriterionRef, DateMention, Extraction, Locality, Plan, Reference, Target
from .normalize import normalize

CONFIG_PATH = Path(__file__).parent / "catalogue" / "labelstudio_config.xml"
TEXT_TAG = "text"  # the <Text> object
LABELS_TAG = "label"  # the <Labels> control
RELATION = "criterion"  # the relation label target → criterion
PUBLISHED_TAG = "published"  # document-level TextArea: the article date

# label -> (Extraction field, model, [(attribute, kind)]); kind: text | int | number | choice.
# A DATE's ``text`` is the normalised region text unless its own TextArea says otherwise.
REGIONS: dict[str, tuple[str, type, list[tuple[str, str]]]] = {
    "REFERENCE": ("references", Reference, [
        ("ref", "text"), ("kind", "text"), ("number", "text"), ("year", "int"), ("symbol", "text"),
        ("issued", "text"), ("issuer", "text")]),
    "DATE": ("dates", DateMention, [("value", "text"), ("text", "text")]),
    "CRITERION": ("criteria", CriterionRef, [
        ("code", "text"), ("criterion", "int"), ("framework", "choice"), ("name", "text")]),
    "TARGET": ("targets", Target, [
        ("value", "number"), ("value_max", "number"), ("unit", "text"), ("comparator", "choice"),
        ("direction", "choice"), ("subject", "text"), ("action", "text"), ("level", "choice"),
        ("deadline", "int"), ("kind", "choice"), ("criteria", "codes")]),
    "PLAN": ("plan", Plan, [
        ("ref", "text"), ("issuer", "text"), ("province", "text"), ("district", "text"), ("commune", "text"),
        ("level", "choice"), ("issued", "text"), ("horizon", "int")]),
}
LOCALITY_FIELDS = ("province", "district", "commune", "level")
COLOURS = {"REFERENCE": "#1f77b4", "DATE": "#2ca02c", "CRITERION": "#9467bd", "TARGET": "#d62728", "PLAN": "#ff7f0e"}
# Help shown next to a TextArea where the attribute is not obvious.
HINTS = {
    ("DATE", "text"): "as written, NFC (empty: the region text)",
    ("TARGET", "criteria"): "codes with no CRITERION region, comma separated (else draw relations)",
    ("TARGET", "value"): "number, decimal point: 11.79",
}


class ExportError(ValueError):
    """An exported annotation that cannot become a gold object (all problems, one per line)."""


# --------------------------------------------------------------------------- small helpers


def control_name(label: str, attribute: str) -> str:
    """The per-region control of an attribute: ``target_unit``."""
    return f"{label.lower()}_{attribute}"


def choices(label: str, attribute: str) -> list[str]:
    """The values a Choices control offers: the Literal of the model field."""
    model = Locality if label == "PLAN" and attribute in LOCALITY_FIELDS else REGIONS[label][1]
    args: list = []
    stack = [model.model_fields[attribute].annotation]
    while stack:  # unwrap Optional[Literal[...]]
        t = stack.pop()
        if typing.get_origin(t) is typing.Literal:
            args.extend(typing.get_args(t))
        else:
            stack.extend(typing.get_args(t))
    return [a for a in args if a is not None]


class _Offsets:
    """Python (code point) offsets ↔ Label Studio (UTF-16 code unit) offsets of one text."""

    def __init__(self, text: str):
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_ls(self, i: int) -> int:
        return i + sum(1 for a in self.astral if a < i)

    def from_ls(self, j: int) -> int:
        i = j
        for a in self.astral:
            if a < i:
                i -= 1
        return i


def _parse(kind: str, raw: str) -> Any:
    raw = raw.strip()
    if kind == "int":
        return int(raw)
    if kind == "number":
        if "," in raw and "." not in raw:  # "11,79" typed the Vietnamese way
            raw = raw.replace(",", ".")
        number = float(raw)
        return int(number) if number.is_integer() and "." not in raw else number
    if kind == "codes":
        return [c.strip() for c in raw.replace(";", ",").split(",") if c.strip()]
    return raw


def _as_extraction(item: Union[Extraction, dict]) -> Extraction:
    if isinstance(item, Extraction):
        return item
    known = {f.alias or name for name, f in Extraction.model_fields.items()}
    return Extraction.model_validate({k: v for k, v in item.items() if k in known})


# --------------------------------------------------------------------------- extraction → task


def _plan_span(extraction: Extraction, text: str) -> tuple[int, int]:
    """Where the PLAN region goes: its reference, else its issuer or place as written, else the first line."""
    plan = extraction.plan
    for ref in extraction.references:
        if plan.ref and ref.ref == plan.ref:
            return tuple(ref.span)
    loc = plan.locality
    for needle in (plan.issuer, loc.commune, loc.district, loc.province):
        if needle and needle in text:
            start = text.index(needle)
            return start, start + len(needle)
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = start + len(stripped.split("\n", 1)[0].rstrip())
    return start, max(end, min(start + 1, len(text)))


def _attributes(label: str, item) -> dict[str, Any]:
    if label == "PLAN":
        values = item.model_dump(exclude={"locality"})
        values.update(item.locality.model_dump())
        return values
    return item.model_dump()


def _region_results(rid: str, label: str, span: tuple[int, int], values: dict, text: str, offsets: _Offsets,
                    skip: Sequence[str] = ()) -> list[dict]:
    start, end = span
    where = {"start": offsets.to_ls(start), "end": offsets.to_ls(end)}
    common = {"id": rid, "to_name": TEXT_TAG, "origin": "prediction"}
    out = [{**common, "from_name": LABELS_TAG, "type": "labels",
            "value": {**where, "text": text[start:end], "labels": [label]}}]
    for attribute, kind in REGIONS[label][2]:
        value = values.get(attribute)
        if attribute in skip or value is None or value == "" or value == []:
            continue
        name = control_name(label, attribute)
        if kind == "choice":
            out.append({**common, "from_name": name, "type": "choices", "value": {**where, "choices": [value]}})
        else:
            shown = ", ".join(value) if kind == "codes" else str(value)
            out.append({**common, "from_name": name, "type": "textarea", "value": {**where, "text": [shown]}})
    return out


def to_task(extraction: Union[Extraction, dict], text: str, *, model_version: Optional[str] = None) -> dict:
    """One Label Studio task: the text, and the extraction as a prediction (regions, attributes, relations)."""
    from . import __version__

    e = _as_extraction(extraction)
    offsets = _Offsets(text)
    results: list[dict] = []
    criteria_regions: list[tuple[str, CriterionRef]] = []
    for label, (field, _, _) in REGIONS.items():
        if label == "PLAN":
            if e.plan is not None:
                results += _region_results("plan", label, _plan_span(e, text), _attributes(label, e.plan), text,
                                           offsets)
            continue
        for i, item in enumerate(getattr(e, field)):
            rid = f"{label.lower()[:4]}{i}"
            values = _attributes(label, item)
            skip: list[str] = []
            if label == "DATE" and item.text == normalize(text[item.span[0]:item.span[1]]).text:
                skip.append("text")  # the region shows it
            if label == "CRITERION":
                criteria_regions.append((rid, item))
            if label == "TARGET":
                linked, others = _link_criteria(item, criteria_regions)
                values["criteria"] = others
                results += [{"from_id": rid, "to_id": cid, "type": "relation", "direction": "right",
                             "labels": [RELATION]} for cid in linked]
            results += _region_results(rid, label, tuple(item.span), values, text, offsets, skip)
    if e.published:
        results.append({"id": "published", "from_name": PUBLISHED_TAG, "to_name": TEXT_TAG, "type": "textarea",
                        "origin": "prediction", "value": {"text": [e.published]}})
    data = {"text": text, "id": e.id, "title": e.title or "", "published": e.published, "warnings": e.warnings}
    return {"data": data,
            "predictions": [{"model_version": model_version or f"kh_extract {__version__}", "result": results}]}


def _link_criteria(target: Target, regions: list[tuple[str, CriterionRef]]) -> tuple[list[str], list[str]]:
    """Region ids of the target's criteria (the nearest region with the code), and the codes with no region."""
    linked, others = [], []
    for code in target.criteria:
        candidates = [(abs(c.span[0] - target.span[0]), rid) for rid, c in regions if c.code == code]
        if candidates:
            linked.append(min(candidates)[1])
        else:
            others.append(code)
    return linked, others


def to_tasks(extractions: Iterable[Union[Extraction, dict]], texts: Iterable[str], *,
             model_version: Optional[str] = None) -> list[dict]:
    """Label Studio tasks (import JSON) for extractions and their raw texts, pairwise."""
    return [to_task(e, t, model_version=model_version) for e, t in zip(extractions, texts, strict=True)]


# --------------------------------------------------------------------------- export → gold


def _annotation(task: dict, use_predictions: bool) -> Optional[list]:
    """The result list of the task's latest kept annotation (else its prediction when allowed)."""
    kept = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if kept:
        return max(enumerate(kept), key=lambda ia: (str(ia[1].get("updated_at") or ""), ia[0]))[1]["result"]
    if use_predictions and task.get("predictions"):
        return task["predictions"][-1]["result"]
    return None


def _build(label: str, region: dict, attrs: dict[str, Any], text: str, problems: list[str]):
    """One SPEC object from a region and its attributes (model defaults for what is missing)."""
    field, model, _ = REGIONS[label]
    start, end = region["span"]
    values = dict(attrs)
    if label == "PLAN":
        values["locality"] = {k: values.pop(k) for k in LOCALITY_FIELDS if k in values}
    else:
        values["span"] = (start, end)
    if label == "DATE" and "text" not in values:
        values["text"] = normalize(text[start:end]).text
    try:
        return model.model_validate(values)
    except ValueError as err:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in getattr(err, "errors", list)())
        problems.append(f"{label} {text[start:end]!r} at {start}: {reasons or err}")
        return None


def from_task(task: dict, *, use_predictions: bool = False) -> Optional[dict]:
    """The gold object (SPEC shape, as a dict) of one exported task; None when it has no annotation."""
    result = _annotation(task, use_predictions)
    if result is None:
        return None
    data = task["data"]
    text = data["text"]
    offsets = _Offsets(text)
    problems: list[str] = []
    regions: dict[str, dict] = {}  # region id -> {"label", "span", "attrs"} in result order
    document: dict[str, Any] = {}
    relations: list[tuple[str, str]] = []
    kinds = {control_name(label, a): (label, a, k) for label, (_, _, attrs) in REGIONS.items() for a, k in attrs}
    for item in result:
        if item.get("type") == "relation":
            relations.append((item["from_id"], item["to_id"]))
        elif item.get("type") == "labels":
            region = regions.setdefault(item["id"], {"attrs": {}})
            region["label"] = item["value"]["labels"][0]
            region["span"] = (offsets.from_ls(item["value"]["start"]), offsets.from_ls(item["value"]["end"]))
    for item in result:
        name, value = item.get("from_name"), item.get("value") or {}
        if item.get("type") in ("labels", "relation"):
            continue
        raw = value.get("choices") if item.get("type") == "choices" else value.get("text")
        raw = "\n".join(x for x in raw if x.strip()) if isinstance(raw, list) else (raw or "")
        if not raw.strip():
            continue  # a cleared TextArea: the attribute is missing
        if item.get("id") in regions and name in kinds:
            label, attribute, kind = kinds[name]
            try:
                regions[item["id"]]["attrs"][attribute] = _parse(kind, raw)
            except ValueError:
                problems.append(f"{name} {raw!r}: not a {kind}")
        else:
            document[name] = raw.strip()
    built: dict[str, Any] = {}
    for rid, region in regions.items():
        if "label" not in region or region["label"] not in REGIONS:
            continue
        obj = _build(region["label"], region, region["attrs"], text, problems)
        if obj is not None:
            built[rid] = obj
    codes: dict[str, list[str]] = {}
    for a, b in relations:  # target → criterion, or drawn the other way round
        if isinstance(built.get(b), Target):
            a, b = b, a
        if isinstance(built.get(a), Target) and isinstance(built.get(b), CriterionRef):
            codes.setdefault(a, []).append(built[b].code)
    for rid, obj in built.items():
        if isinstance(obj, Target) and rid in codes:
            obj.criteria = codes[rid] + [c for c in obj.criteria if c not in codes[rid]]
    if problems:
        raise ExportError("\n".join(f"task {data.get('id') or task.get('id')}: {p}" for p in problems))
    plans = [obj for obj in built.values() if isinstance(obj, Plan)]
    extraction = Extraction(
        id=data.get("id") or str(task.get("id")),
        title=data.get("title") or None,
        published=document.get(PUBLISHED_TAG) or data.get("published"),
        plan=plans[0] if plans else None,
        warnings=list(data.get("warnings") or []),
        **{field: [o for o in built.values() if isinstance(o, model)]
           for label, (field, model, _) in REGIONS.items() if label != "PLAN"},
    )
    return extraction.model_dump(mode="json", by_alias=True)


def from_export(export: Union[list, dict], *, use_predictions: bool = False) -> list[dict]:
    """Gold objects from a Label Studio JSON export (a list of tasks); tasks nobody annotated are left out.

    Raises :class:`ExportError` listing every region that cannot be read
    (a TARGET without unit, a DATE without value, a year that is no number …).
    """
    tasks = [export] if isinstance(export, dict) else export
    out, problems = [], []
    for task in tasks:
        try:
            gold = from_task(task, use_predictions=use_predictions)
        except ExportError as e:
            problems.append(str(e))
            continue
        if gold is not None:
            out.append(gold)
    if problems:
        raise ExportError("\n".join(problems))
    return out


# --------------------------------------------------------------------------- inputs of `convert --to labelstudio`


def _source_text(record: dict) -> str:
    """The text a batch record was extracted from, read again the way ``batch`` read it."""
    from .batch import content_hash, read_task
    from .reader import ReadOptions, iter_json_lines

    source = record["source"]
    path, line = source["path"], source.get("line")
    if line is None:
        task = ("file", path)
    else:
        raw = next((r for n, r in iter_json_lines(path) if n == line), None)
        if raw is None:
            raise ValueError(f"{path} has no line {line} any more")
        task = ("jsonl", path, line, raw)
    doc = read_task(task, ReadOptions())
    if doc.error:
        raise ValueError(f"{path}: {doc.error['message']}")
    if record.get("content_hash") and content_hash(doc.text) != record["content_hash"]:
        raise ValueError(f"{path}: the text changed since the batch run (content_hash differs)")
    return doc.text


def load_documents(paths: Sequence[Union[str, Path]], texts: Union[str, Path] = "corpus",
                   ) -> tuple[list[dict], list[str], list[str]]:
    """Extractions and their raw texts for :func:`to_tasks`, and what was skipped (one reason per line).

    ``paths``: JSON Lines written by ``kh-extract batch`` (the text is read
    again from each record's ``source``; error and duplicate records are
    skipped), or SPEC objects (``.json`` files, folders of them: gold files,
    ``kh-extract extract`` output) whose text is ``<texts>/<id>.txt``.
    """
    extractions, raw_texts, skipped = [], [], []
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    for f in files:
        if f.name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            from .reader import iter_json_lines

            records = [(f"{f}:{n}", json.loads(raw)) for n, raw in iter_json_lines(str(f))]
        else:
            data = json.loads(f.read_text(encoding="utf-8"))
            records = [(f"{f}:{i + 1}" if isinstance(data, list) else str(f), r)
                       for i, r in enumerate(data if isinstance(data, list) else [data])]
        for where, record in records:
            if record.get("status") == "error" or record.get("duplicate_of"):
                skipped.append(f"{where}: {'error' if record.get('status') == 'error' else 'duplicate'} record")
                continue
            try:
                if record.get("source"):
                    text = _source_text(record)
                else:
                    text = (Path(texts) / f"{record.get('id') or f.stem}.txt").read_text(encoding="utf-8")
            except (OSError, ValueError) as e:
                skipped.append(f"{where}: {e}")
                continue
            extractions.append(record)
            raw_texts.append(text)
    return extractions, raw_texts, skipped


# --------------------------------------------------------------------------- the labelling configuration


def labelling_config() -> str:
    """The Label Studio labelling configuration (XML) matching :data:`REGIONS`."""
    lines = ['<View>',
             '  <!-- kh_extract gold: written by kh_extract.labelstudio.labelling_config(); do not edit by hand -->',
             '  <Header value="$title"/>',
             f'  <TextArea name="{PUBLISHED_TAG}" toName="{TEXT_TAG}" placeholder="published (ISO date)" '
             'editable="true" maxSubmissions="1" rows="1"/>',
             f'  <Labels name="{LABELS_TAG}" toName="{TEXT_TAG}">']
    lines += [f'    <Label value="{label}" background="{COLOURS[label]}"/>' for label in REGIONS]
    lines += ['  </Labels>',
              f'  <Relations>\n    <Relation value="{RELATION}"/>\n  </Relations>',
              '  <View style="height: 480px; overflow: auto">',
              f'    <Text name="{TEXT_TAG}" value="$text" granularity="symbol"/>',
              '  </View>']
    for label, (_, _, attrs) in REGIONS.items():
        when = f'visibleWhen="region-selected" whenLabelValue="{label}"'
        lines.append(f'  <View {when}>')
        lines.append(f'    <Header value="{label}" size="5"/>')
        for attribute, kind in attrs:
            name = control_name(label, attribute)
            common = f'name="{name}" toName="{TEXT_TAG}" perRegion="true" {when}'
            lines.append(f'    <Header value="{escape(HINTS.get((label, attribute), attribute))}" size="6"/>')
            if kind == "choice":
                lines.append(f'    <Choices {common} choice="single" showInline="true">')
                lines += [f'      <Choice value="{escape(v)}"/>' for v in choices(label, attribute)]
                lines.append('    </Choices>')
            else:
                lines.append(f'    <TextArea {common} placeholder="{attribute}" editable="true" '
                             'maxSubmissions="1" rows="1"/>')
        lines.append('  </View>')
    lines.append('</View>')
    return "\n".join(lines) + "\n"


__all__ = ["CONFIG_PATH", "REGIONS", "ExportError", "choices", "control_name", "from_export", "from_task",
           "labelling_config", "load_documents", "to_task", "to_tasks"]
