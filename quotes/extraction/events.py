"""'O’Brien said the officials had ‘lost control of the game’ after his side let slip a two-goal lead on Saturday':
after the speaker's quoted words close, 'after' and a clause that runs to the end of the sentence and is dated ('on
Saturday', 'last night') tell the event the words were spoken on, in the writer's words: not what was said."""

from __future__ import annotations

from spacy.tokens import Token

from .structure import DocIndex

AFTER_EVENT = frozenset({"after", "following"})


def event_after_quote(idx: DocIndex, word: Token, e: int) -> bool:
    """`word` ('after') comes right after a closing quote mark, heads the rest of the content (to `e`) and its phrase
    holds a date; nothing in it is quoted."""
    k = idx.in_quote[word.i - 1]
    if k < 0 or idx.seg_outer[k][1] != word.i:
        return False
    doc = idx.doc
    clause = word.head if word.dep_ == "mark" else word
    last = max(clause.right_edge.i, word.i)
    if last + 2 < e or any(idx.in_quote[j] >= 0 for j in range(word.i, e)):
        return False
    return any(doc[j].ent_type_ in ("DATE", "TIME") for j in range(word.i + 1, e))
