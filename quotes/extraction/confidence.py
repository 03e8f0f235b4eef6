"""Confidence: a sum of log-odds over how the quote and its speaker were found, then a sigmoid.

Hand weights, ordered so that a cue in the quote's own sentence beats a chain continuation, which
beats a paragraph continuation, which beats a floating quote; a full name beats a resolved pronoun.
"""

from __future__ import annotations

import math

from .attribution import Attribution

BIAS = -1.2
HOW = {"cue": 2.5, "relay": 2.3, "according": 2.0, "label": 2.0, "written": 2.0, "chain": 1.6, "para": 1.3, "answer": 1.0,
       "headline": 0.8, "floating": -0.3}  # a headline paraphrases: its claim is checked against the body
KIND = {"direct": 0.3, "indirect": 0.0, "partial": -0.2}
EVIDENCE = {
    "full": 1.2, "alias": 1.0, "alias_rivals": 0.3, "pronoun": 0.7, "pronoun_rivals": -0.1, "nominal_resolved": 0.7,
    "nominal": 0.5, "descriptor": 0.5, "floating": 0.0, "turn": 0.6, "unknown": -1.5, "none": -1.5,
}
FALLBACK = -0.7
UNCLOSED = -0.6
INHERITED = -0.2


def confidence(att: Attribution) -> float:
    z = BIAS + HOW.get(att.how, 0.0) + KIND.get(att.kind, 0.0)
    evidence = att.speaker_evidence
    if evidence.startswith("inherited:"):
        evidence = evidence.split(":", 1)[1]
        z += INHERITED
    if evidence.endswith("+fallback"):
        evidence = evidence[: -len("+fallback")]
        z += FALLBACK
    z += EVIDENCE.get(evidence, 0.0)
    if att.speaker is None:
        z += EVIDENCE["unknown"]
    if not att.closed:
        z += UNCLOSED
    return round(1.0 / (1.0 + math.exp(-z)), 3)
