"""Page furniture is nobody's words: a `Related:` marker in mid-page (in quote marks as a scraper copies it) and
the headlines of other stories listed under it, and a wire story's subhead quoting words in capitals
(`“DIVISIVE, STUPID AND WRONG”` alone as a paragraph, no full stop). A quote in capitals that ends a sentence
(`“WE WON THE VOTE!”`) is still a quote. Short invented articles."""

RELATED = """Pool row goes on.

The council will vote on the pool budget next week, its leader said on Monday.

"Related:"

Mayor Faces Questions Over Pool Closure.

Lido Campaigners Say They Will Fight On.

Lena Voss said the pool would stay open all summer.
"""

SUBHEAD = """Leaders clash over tariffs.

Prime Minister Ana Ruiz said the tariffs were a mistake and would hurt farmers.

“RECKLESS AND WRONG”

Ruiz called the plan “reckless and wrong” in a speech to farmers on Friday.

Tom Reed posted on Sunday.

“WE WON THE VOTE!”
"""


def test_a_related_box_and_its_headlines_are_no_quotes(extract):
    texts = [q.text for q in extract(RELATED)]
    assert not any("Related" in t or "Fight On" in t for t in texts)
    assert any("stay open all summer" in t for t in texts)


def test_a_subhead_in_capitals_is_no_quote(extract):
    texts = [q.text for q in extract(SUBHEAD)]
    assert "RECKLESS AND WRONG" not in texts
    assert any("reckless and wrong" in t for t in texts)
    assert "WE WON THE VOTE!" in texts
