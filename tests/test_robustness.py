"""extract() never raises and every span lies inside the text, on mangled real text.

Slices of the corpus cut anywhere, random characters from the alphabet the
patterns care about (digits, %, /, combining marks, NBSP, zero-width, eth),
and corpus texts with characters replaced. Deterministic (fixed seed).
"""

import random
from pathlib import Path

import pytest

from kh_extract import extract

CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
ALPHABET = ("0123456789%/.,-–: ()|*\n\t abcđêôơưăáàảãạ ĐÐỦỷ xã huyện tỉnh ngày tháng năm Kế hoạch số KH-UBND "
            "chỉ tiêu 8.4 tiêu chí ít nhất trên dưới tỷ đồng \u0301\u0300\u200b\ufeff\u00a0")


def _cases(n=240, seed=7):
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    for i in range(n):
        kind = i % 3
        if kind == 0:
            t = rng.choice(texts)
            a = rng.randrange(len(t))
            yield t[a:a + rng.randrange(1, 800)]
        elif kind == 1:
            yield "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 300)))
        else:
            chars = list(rng.choice(texts))
            for _ in range(30):
                chars[rng.randrange(len(chars))] = rng.choice(ALPHABET)
            yield "".join(chars)


@pytest.mark.parametrize("published", [None, "2023-01-05"])
def test_mangled_text_never_raises_and_spans_stay_inside(published):
    for text in _cases():
        result = extract(text, published=published)
        for field in (result.references, result.dates, result.criteria, result.targets):
            for item in field:
                start, end = item.span
                assert 0 <= start < end <= len(text), (item, text[:80])
