"""Data shipped with Marsad that is not a lexicon: the bundled sample corpus.

``corpus/`` holds original Arabic news articles written for Marsad (see
``corpus/README.md``), one JSON object a file in the ``extract --jsonl`` input form:
``id``, ``published``, ``outlet``, ``title``, ``url``, ``text``. The demo ingests them.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["corpus_files", "load_corpus"]


def corpus_files() -> list[Traversable]:
    """The sample corpus's article files (``NN_slug.json``), in file-name order."""
    root = resources.files(__name__).joinpath("corpus")
    return sorted((f for f in root.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def load_corpus() -> list[dict[str, Any]]:
    """Every sample article as a dict, in file-name order (which is also id order)."""
    return [json.loads(f.read_text(encoding="utf-8")) for f in corpus_files()]
