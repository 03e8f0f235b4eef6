"""Speaker names as people write them, whatever made them: an editor's form, or token texts from the extractor.

No Django here: `clean_name` is applied where a name enters the database (quotes/services/speakers.py for the
extractor's names and mentions, quotes/services/speaker_edits.py and quotes/forms.py for editors').
"""

from __future__ import annotations

import re
import unicodedata

NEEDS_A_NAME = "A speaker needs a name with at least one visible character."
# Control, format (zero-width spaces and joiners, soft hyphen, BOM), surrogate, private-use and unassigned
# characters show nothing; nor do the separators (spaces), which split() turns into plain spaces first.
_SHOWS_NOTHING = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}
_DROPPED = {"Cc", "Cf", "Cs", "Co", "Cn"}
# The spaces a tokeniser leaves around punctuation when token texts are joined with spaces.
_BEFORE_APOSTROPHE = re.compile(r"(?<=\w) (?=['’](?:s\b|\s|$))")  # "nurses ' union", "Carter 's"
_BEFORE_CLOSING = re.compile(r" (?=[,.;:!?)\]}])")  # "Smith ( Labour )", "Acme Inc ."
_AFTER_OPENING = re.compile(r"(?<=[(\[{]) ")
_AROUND_HYPHEN = re.compile(r"(?<=\w) ?([-‐]) ?(?=\w)")  # "Jean - Paul", "Rolls- Royce"


def has_visible(text: str) -> bool:
    """Whether `text` has a character that shows: a letter, digit, mark, punctuation or symbol."""
    return any(unicodedata.category(char) not in _SHOWS_NOTHING for char in text)


def clean_name(name: str) -> str:
    """`name` for display and storage: invisible characters dropped, whitespace single, and the spaces tokenisation
    leaves around punctuation closed up ("The nurses ' union" → "The nurses' union", "Carter 's office" →
    "Carter's office", "Jean - Paul" → "Jean-Paul"). "" when nothing visible is left."""
    kept = "".join(" " if char in "\t\n\r" else char for char in name if unicodedata.category(char) not in _DROPPED
                   or char in "\t\n\r")
    text = " ".join(kept.split())
    text = _BEFORE_APOSTROPHE.sub("", text)
    text = _BEFORE_CLOSING.sub("", text)
    text = _AFTER_OPENING.sub("", text)
    text = _AROUND_HYPHEN.sub(r"\1", text)
    return text if has_visible(text) else ""
