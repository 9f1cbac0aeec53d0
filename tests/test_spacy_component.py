"""The spaCy tokenizer and component: the issue's snippet in a fresh process, span groups, to_disk/load, n_process."""

import json
import subprocess
import sys
import textwrap

import pytest

spacy = pytest.importorskip("spacy")

from kh_extract.models import CriterionRef, DateMention, Extraction, Reference, Target  # noqa: E402
from kh_extract.spacy_component import SPAN_GROUPS, set_extraction, token_pieces  # noqa: E402

SPEC_EXAMPLES = [
    "Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp, ít nhất 90% hồ sơ công "
    "việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.",
    "Thái Nguyên cũng phấn đấu có ít nhất 4 huyện đạt chuẩn chỉ tiêu 9.5 của tiêu chí số 9 theo Bộ tiêu chí quốc gia "
    "về xã NTM.",
]
REAL_WORLD_MD = [
    "Ngày 21/9, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND.\n\nTỷ lệ hộ nghèo giảm 1-1,5%/năm.",
    "Phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.",
]
TEXTS = SPEC_EXAMPLES + REAL_WORLD_MD

# The snippet of issue 4, run in a fresh interpreter: entry points must register everything without an import.
SNIPPET = textwrap.dedent("""
    import json, sys
    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kh_extract.underthesea.v1"}}})
    nlp.add_pipe("kh_extract")
    out = []
    for text in json.loads(sys.stdin.read()):
        doc = nlp(text)
        e = doc._.kh_extract
        out.append({
            "text": doc.text,
            "groups": {g: [[s.start_char, s.end_char] for s in doc.spans[g]] for g in doc.spans},
            "mentions": {f: [list(x.span) for x in getattr(e, f)] for f in ("references", "dates", "criteria", "targets")},
        })
    print(json.dumps(out))
""")


def _covers(span_offsets, mention_offsets):
    return span_offsets[0] <= mention_offsets[0] and mention_offsets[1] <= span_offsets[1]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kh_extract.underthesea.v1"}}})
    nlp.add_pipe("kh_extract")
    return nlp


def test_snippet_in_fresh_process():
    run = subprocess.run([sys.executable, "-c", SNIPPET], input=json.dumps(TEXTS), capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert sum(len(m) for r in results for m in r["mentions"].values()) > 0, "the extractor found nothing at all"
    for text, result in zip(TEXTS, results):
        assert result["text"] == text
        assert set(result["groups"]) == set(SPAN_GROUPS)
        for group, field in SPAN_GROUPS.items():
            spans, mentions = result["groups"][group], result["mentions"][field]
            assert len(spans) == len(mentions)
            assert all(_covers(s, m) for s, m in zip(spans, mentions))


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_keep_the_text(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert any(" " in t.text for t in doc), "underthesea joins syllables into words"


# (text, words from the tokenizer, expected pieces): a word the tokenizer skipped becomes its own piece.
TOKEN_PIECES = [
    ("hợp tác xã có", [(0, 10, "hợp tác xã"), (11, 13, "có")], ["hợp tác xã", "có"]),
    ("Uỷ ban  nhân dân", [(8, 16, "nhân dân")], ["Uỷ", "ban", "nhân dân"]),
    ("70% xã", [(0, 2, "70"), (2, 3, "%")], ["70", "%", "xã"]),
]


@pytest.mark.parametrize("text, words, expected", TOKEN_PIECES)
def test_token_pieces(text, words, expected):
    assert token_pieces(text, words) == expected


def test_set_extraction_expands_to_tokens(nlp):
    text = "Tỷ lệ hộ nghèo giảm 1-1,5%/năm theo Kế hoạch 06/KH-UBND ngày 21/9, chỉ tiêu 8.4."
    doc = nlp.make_doc(text)
    ref, date, code, value = (text.index(s) for s in ("06/KH-UBND", "ngày 21/9", "8.4", "1-1,5"))
    extraction = Extraction(
        references=[Reference(ref="06/KH-UBND", number="06", span=(ref, ref + 10))],
        dates=[DateMention(text="ngày 21/9", value="--09-21", span=(date, date + 9))],
        criteria=[CriterionRef(code="8.4", criterion=8, span=(code, code + 3))],
        targets=[Target(value=1, value_max=1.5, unit="%/năm", span=(value, value + 5))],
    )
    set_extraction(doc, extraction)
    assert doc._.kh_extract == extraction
    for group, field in SPAN_GROUPS.items():
        (span,), (item,) = doc.spans[group], getattr(extraction, field)
        assert span.label_ == field
        assert _covers((span.start_char, span.end_char), item.span)
        assert text[item.span[0]:item.span[1]] in span.text


def test_to_disk_and_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "kh")
    loaded = spacy.load(tmp_path / "kh")
    assert loaded.pipe_names == ["kh_extract"]
    for text in TEXTS:
        a, b = nlp(text), loaded(text)
        assert [t.text for t in a] == [t.text for t in b]
        assert {g: [(s.start, s.end) for s in a.spans[g]] for g in SPAN_GROUPS} == \
               {g: [(s.start, s.end) for s in b.spans[g]] for g in SPAN_GROUPS}
        assert a._.kh_extract == b._.kh_extract


def test_pipe_two_processes(nlp):
    single = [nlp(t) for t in TEXTS]
    multi = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert [d.text for d in multi] == TEXTS
    assert [d._.kh_extract for d in multi] == [d._.kh_extract for d in single]
    assert [{g: [(s.start, s.end) for s in d.spans[g]] for g in SPAN_GROUPS} for d in multi] == \
           [{g: [(s.start, s.end) for s in d.spans[g]] for g in SPAN_GROUPS} for d in single]
