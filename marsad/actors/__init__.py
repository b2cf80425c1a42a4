"""The actors layer: governments, forces, armed groups, bodies, outlets and people.

Writes ``doc.spans["actors"]``: Mentions labelled ORG or PER (LOC for phrases that stand
for a country, "الأراضي التركية"), with attrs ``name_ar``, ``name_en``, ``kb_id``,
``actor_code`` (CAMEO-style), ``country`` (ISO2), ``role`` (people), ``key`` (shared by
every mention of one real-world actor: short forms, surnames, "الجانب العراقي") and
``kind`` (armed-group, igo, outlet, composed, person, office, unnamed, …).
Data files live in ``marsad/actors/data``; see README "Actors".
"""

from __future__ import annotations

from ..doc import Doc
from ..pipeline import Process

__all__ = ["make_component"]


def make_component() -> Process:
    from .coref import link_references
    from .lexicon import lexicon
    from .ruler import find_mentions
    from .unknown import given_names, institution_heads

    lex = lexicon()
    institution_heads()
    given_names()

    def run(doc: Doc) -> Doc:
        mentions, state = find_mentions(doc, lex)
        mentions = mentions + link_references(state)
        mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        doc.spans["actors"] = mentions
        return doc

    return run
