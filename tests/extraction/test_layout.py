"""split_layout: site line, headline, dateline, body and boilerplate on plain strings."""

import pytest

from quotes.extraction.layout import split_layout

SCRAPED = (
    "Odisha News Insight\n\nUS dismisses cooperation with Russia\n\n"
    "russia-syriaWashington, Oct 14: The US would not cooperate, Carter said.\n\nLeave a comment"
)


def test_scraped_page_parts():
    layout = split_layout(SCRAPED)
    assert layout.site_name == "Odisha News Insight"
    assert layout.headline_text == "US dismisses cooperation with Russia"
    assert layout.dateline_text == "Washington, Oct 14"  # image alt text glued in front is dropped
    assert layout.body == "The US would not cooperate, Carter said."
    assert [SCRAPED[s:e] for s, e in layout.boilerplate] == ["Leave a comment"]


def test_windows_line_endings_keep_offsets():
    text = SCRAPED.replace("\n", "\r\n")
    layout = split_layout(text)
    assert layout.body == "The US would not cooperate, Carter said."
    assert text[layout.headline[0]:layout.headline[1]] == "US dismisses cooperation with Russia"


def test_body_only_text_has_no_header():
    text = "Thousands of staff began a strike on Monday, their union said.\n\nTalks collapsed."
    layout = split_layout(text)
    assert (layout.site, layout.headline, layout.dateline) == (None, None, None)
    assert layout.body == text


@pytest.mark.parametrize("first, dateline, rest", [
    ("OSLO, May 6 (Wire) — Talks ended.", "OSLO, May 6 (Wire)", "Talks ended."),  # wire style, agency, dash
    ("CAPE CANAVERAL, Florida — A lander lifted off.", "CAPE CANAVERAL, Florida", "A lander lifted off."),
    ("leedsLeeds, Feb 2: Staff struck.", "Leeds, Feb 2", "Staff struck."),  # fused alt text
    ("LONDON (Reuters) - Shares fell.", "LONDON (Reuters)", "Shares fell."),
    ("Meanwhile, Carter said: “No.”", None, "Meanwhile, Carter said: “No.”"),  # not a dateline
    ("Carter: “We will not.”", None, "Carter: “We will not.”"),  # a speaker label, not a dateline
])
def test_datelines(first, dateline, rest):
    layout = split_layout(f"Fans riot\n\n{first}\n")
    assert layout.dateline_text == dateline
    assert layout.body.startswith(rest)


@pytest.mark.parametrize("tail", [
    "Share this", "Share this article", "Share this:\nLeave a comment", "Related: Mayor quits over row",
    "(Reporting by Ana Ruiz; Editing by Tom Hale)", "Share this article\nRelated: Whelan charged\nCouncil row grows",
])
def test_trailing_boilerplate_is_not_body(tail):
    text = f"Headline here\n\nStaff struck on Monday, the union said.\n\n{tail}\n"
    layout = split_layout(text)
    assert layout.body == "Staff struck on Monday, the union said."
    assert layout.boilerplate


@pytest.mark.parametrize("text", ["", "   \n\n", "Share this", "“", "no newline at all"])
def test_degenerate_inputs(text):
    layout = split_layout(text)
    assert 0 <= layout.body_start <= layout.body_end <= len(text)
