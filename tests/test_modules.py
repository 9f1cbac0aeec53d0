"""Module hygiene: a module-level name bound twice silently replaces the first pattern for every caller; a vocabulary
word listed twice was added without reading its list."""

import ast
import json
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "kh_extract").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, ast.Assign)
                    for target in node.targets if isinstance(target, ast.Name))
    names.update(node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef)))
    assert [name for name, count in names.items() if count > 1] == []


def test_no_vocabulary_list_names_a_word_twice():
    # a word listed twice reads the same once (the lists become alternations and sets), but says the list was not read
    # before it was added to
    path = Path(__file__).parent.parent / "src" / "kh_extract" / "catalogue" / "vocabulary.json"
    vocabulary = json.loads(path.read_text(encoding="utf-8"))
    twice = {key: [w for w, n in Counter(words).items() if n > 1]
             for key, words in vocabulary.items() if isinstance(words, list)}
    assert {key: words for key, words in twice.items() if words} == {}
