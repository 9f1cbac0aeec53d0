"""The examples in the modules' docstrings are living documentation: they must run."""

import doctest
import importlib
import pkgutil

import pytest

import kh_extract

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(kh_extract.__path__, prefix="kh_extract.")
    if not name.startswith(("kh_extract.cli", "kh_extract.dask_engine"))
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
