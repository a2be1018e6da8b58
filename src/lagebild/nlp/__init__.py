"""nlp stage: German language analysis that runs offline.

    from lagebild.nlp import load_analyzer
    analyzer = load_analyzer()              # "default": the offline German pipeline
    doc = analyzer.nlp("Der Iran lehnte das Angebot ab.")
    docs = analyzer.analyze(document)       # {section: spacy Doc}; fills document.sentences

Backends live in `lagebild.registry.nlp_backends`: "default" and "spacy:<model-or-path>"
(any installed spaCy model, its annotations mapped to the same UD conventions).
"""

from __future__ import annotations

from lagebild.nlp.analyzer import Analyzer, load_analyzer

__all__ = ["Analyzer", "load_analyzer"]
