"""The numbers layer: Arabic numbers and the quantities they count.

``parse.py`` reads numbers (digits, separators, number words, vague counts);
``recognise.py`` finds quantities (hedge + number + unit noun) in a text; the data they
use is in ``data/*.tsv``. The component writes ``doc.quantities`` (record ``Quantity``,
Q1… in text order) and ``doc.spans["quantities"]``: one ``QTY`` Mention per quantity,
with ``qid``, ``unit_noun`` (the counted noun as written, or None) and ``unit_span``
(its offsets, or None), so that a later layer can fill ``Quantity.entity``.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..pipeline import Process
from ..record import Quantity
from .lexicon import lexicon
from .parse import Parsed, parse_number, tokenise_numbers
from .recognise import Found, find_quantities

__all__ = ["make_component", "parse_number", "find_quantities", "quantities_of", "Parsed", "Found"]


def quantities_of(doc: Doc) -> list[Found]:
    """The quantities of a Doc, skipping numbers the time layer has read as dates."""
    times = [(t.start, t.end) for t in doc.times]
    return find_quantities(doc.text, tokenise_numbers(doc.text, doc.folded), times)


def make_component() -> Process:
    lexicon()  # load and check the data files once, when the pipeline is built

    def run(doc: Doc) -> Doc:
        mentions = doc.spans.setdefault("quantities", [])
        base = len(doc.quantities)
        for n, f in enumerate(quantities_of(doc), base + 1):
            qid = f"Q{n}"
            doc.quantities.append(Quantity(
                id=qid, start=f.start, end=f.end, text=doc.text[f.start:f.end], value=f.value,
                approx=f.approx, lower=f.lower, upper=f.upper, unit=f.unit,  # type: ignore[arg-type]
            ))
            mentions.append(Mention(f.start, f.end, "QTY", {
                "qid": qid, "unit_noun": f.noun, "unit_span": f.noun_span, "lemma": f.lemma, "unit": f.unit,
            }, source="numbers"))
        return doc

    return run
