"""Score predicted quotes against reference quotes, the way ../shared/eval/score.py does.

Plain Python (no Django, no spaCy) so the same figures come out of `evaluate_extractor` on a
newsroom's reviewed articles as out of the development-set scorer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

TOKEN = re.compile(r"\w+", re.UNICODE)
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "the", "a", "an"}
DICE_MATCH = 0.5


def tokens(text: str | None) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text or "")]


def dice(a: str | None, b: str | None) -> float:
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


def norm_name(name: str | None) -> str:
    return " ".join(t for t in tokens(name) if t not in TITLES)


def speaker_ok(predicted: str | None, accepted: Iterable[str]) -> bool:
    p = norm_name(predicted)
    return bool(p) and any(p == norm_name(a) for a in accepted)


def family(kind: str) -> str:
    """Partial quotes are scored with direct ones, as in the development set."""
    return "indirect" if kind == "indirect" else "direct"


@dataclass(frozen=True)
class Reference:
    text: str
    kind: str
    speakers: tuple[str, ...]  # every accepted name: canonical name and aliases


@dataclass(frozen=True)
class Prediction:
    text: str
    kind: str
    speaker: str | None


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right_speaker: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.tp if self.tp else 0.0

    @property
    def end_to_end_f1(self) -> float:
        p = self.right_speaker / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.right_speaker / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return self._f1(p, r)


@dataclass
class Score:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {"direct": KindScore(), "indirect": KindScore()})

    @property
    def speaker_accuracy(self) -> float:
        tp = sum(k.tp for k in self.kinds.values())
        return sum(k.right_speaker for k in self.kinds.values()) / tp if tp else 0.0

    def lines(self) -> list[str]:
        out = [
            f"{kind}: extraction P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}; "
            f"end-to-end F1={s.end_to_end_f1:.3f} (tp={s.tp} fp={s.fp} fn={s.fn} right speaker={s.right_speaker}; "
            f"speaker accuracy {s.speaker_accuracy:.3f})"
            for kind, s in self.kinds.items()
        ]
        out.append(f"speaker accuracy on matched quotes: {self.speaker_accuracy:.3f}")
        return out


def drop_nested(predictions: Sequence[Prediction]) -> list[Prediction]:
    """A prediction lying inside a longer one is not counted (nested partials)."""
    return [
        p for p in predictions
        if not any(o is not p and p.text and p.text in o.text and len(o.text) > len(p.text) for o in predictions)
    ]


def score_article(references: Sequence[Reference], predictions: Sequence[Prediction], into: Score) -> Score:
    """Match one-to-one by token overlap (best Dice ≥ 0.5, references in order) and count."""
    preds = drop_nested(predictions)
    used: set[int] = set()
    for ref in references:
        best, best_i = 0.0, None
        for i, pred in enumerate(preds):
            if i not in used and (d := dice(pred.text, ref.text)) > best:
                best, best_i = d, i
        counts = into.kinds[family(ref.kind)]
        if best_i is not None and best >= DICE_MATCH:
            used.add(best_i)
            counts.tp += 1
            counts.right_speaker += speaker_ok(preds[best_i].speaker, ref.speakers)
        else:
            counts.fn += 1
    for i, pred in enumerate(preds):
        if i not in used:
            into.kinds[family(pred.kind)].fp += 1
    return into
