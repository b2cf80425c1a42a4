from __future__ import annotations

import subprocess
import sys

import pytest

from marsad.doc import Doc
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline, registry


def test_every_default_component_is_registered_in_a_valid_order() -> None:
    reg = registry()
    assert set(DEFAULT_PIPELINE) <= set(reg)
    Pipeline()  # raises when a component's requirement is not assigned earlier


def test_order_is_checked() -> None:
    with pytest.raises(ValueError, match="requires"):
        Pipeline(["entities", "text"])


def test_disable_and_unknown() -> None:
    p = Pipeline(disable=["summaries"])
    assert "summaries" not in p.names
    with pytest.raises(KeyError):
        Pipeline(["text", "nope"])


def test_components_return_docs() -> None:
    doc = Pipeline()(Doc(text="أعلنت الحكومة العراقية انسحاب القوات."))
    assert isinstance(doc, Doc) and doc.sentences


def test_public_names() -> None:
    import marsad

    assert sorted(marsad.__all__) == sorted([
        "Doc", "EmptyInput", "Extractor", "InputError", "InputTooLarge", "InvalidEncoding",
        "MarsadError", "Record", "SCHEMA", "__version__", "extract", "load"])


def test_import_does_not_touch_shared() -> None:
    code = "import builtins,marsad;o=builtins.open\n" \
           "def g(f,*a,**k):\n assert 'shared' not in str(f), f\n return o(f,*a,**k)\n" \
           "builtins.open=g;marsad.extract('أعلنت الحكومة العراقية انسحاب القوات من بغداد أمس', published='2025-01-01')"
    subprocess.run([sys.executable, "-c", code], check=True)
