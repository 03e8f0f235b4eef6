"""An editor reviews an imported article in real Chromium: keyboard, text selection, undo, and a reload."""

import re

import pytest
from playwright.sync_api import Page, expect

from quotes.importers.text import parse_text
from quotes.models import Article, Quote
from quotes.services.imports import import_records
from tests.conftest import DEMO, make_quote

pytestmark = pytest.mark.slow  # imports through the real extractor


@pytest.fixture
def imported(transactional_db) -> Article:
    path = DEMO / "council-budget.txt"
    report = import_records([parse_text(path.read_text(encoding="utf-8"), str(path))], source_name="Harbour Gazette")
    assert report.created == 1
    return Article.objects.get()


def log_in(page: Page, live_server, editor) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", "correct horse battery")
    page.click("form.login button[type=submit]")
    expect(page.locator("h1")).to_have_text("Review queue")
    page.wait_for_load_state()  # the heading shows before the deferred scripts run; keys pressed earlier are lost


def card(page: Page, quote: Quote):
    return page.locator(f"#quote-{quote.pk}")


def select_with_keys(page: Page, quote: Quote, quotes: list[Quote]) -> None:
    page.keyboard.press("Escape")
    for _ in range(len(quotes)):
        page.keyboard.press("k")
    for _ in range(quotes.index(quote)):
        page.keyboard.press("j")
    expect(card(page, quote)).to_have_class(re.compile(r"\bselected\b"))


def test_an_editor_reviews_an_imported_article(live_server, page: Page, editor, imported):
    quotes = list(imported.quotes.order_by("start", "end"))
    relayed = next(q for q in quotes if "6,000 people" in q.text)
    library = next(q for q in quotes if "close in June" in q.text)
    first = quotes[0]
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/desk/articles/{imported.pk}/")
    # one mark per piece: a quote in pieces is marked piece by piece, its attribution left unmarked
    expect(page.locator("mark.quote-mark")).to_have_count(sum(len(q.parts) or 1 for q in quotes))
    assert any(q.parts for q in quotes)

    # The speaker of the relayed claim, by keyboard only: select, search, pick the campaign its organiser speaks for.
    # (Picking the speaker a quote already has changes nothing, so the extractor's choice is not picked again.)
    assert relayed.speaker.name != "Campaigners"
    select_with_keys(page, relayed, quotes)
    page.keyboard.press("s")
    page.keyboard.type("Campaign")
    expect(page.locator(f"#speaker-options-{relayed.pk} .speaker-option").first).to_contain_text("Campaigners")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(card(page, relayed).locator(".status-badge")).to_have_text("Corrected")
    expect(card(page, relayed).locator(".speaker-chip")).to_have_text("Campaigners")
    expect(page.locator(f'mark[data-quote-id="{relayed.pk}"]').first).to_have_attribute("data-speaker", "Campaigners")

    # Reject one: x, then the reason's number.
    select_with_keys(page, library, quotes)
    page.keyboard.press("x")
    page.keyboard.press("3")
    expect(card(page, library).locator(".status-badge")).to_have_text("Rejected: Not speech")

    # Confirm the first quote, step back to it, and undo.
    select_with_keys(page, first, quotes)
    page.keyboard.press("c")
    expect(card(page, first).locator(".status-badge")).to_have_text("Confirmed")
    page.keyboard.press("k")
    page.keyboard.press("u")
    expect(card(page, first).locator(".status-badge")).to_have_text("Auto")

    # Add the placard's slogan by selecting it in the article, then choosing its speaker.
    page.evaluate(
        """(words) => {
            const body = document.querySelector('[data-article-body]');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode()) && !node.data.includes(words)) {}
            const range = document.createRange();
            range.setStart(node, node.data.indexOf(words));
            range.setEnd(node, node.data.indexOf(words) + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }""",
        "Books Not Cuts",
    )
    start = imported.body.index("Books Not Cuts")
    expect(page.locator("#add-quote [name=start]")).to_have_value(str(start))
    expect(page.locator("#add-quote [name=end]")).to_have_value(str(start + len("Books Not Cuts")))
    page.select_option("#add-quote select[name=kind]", "partial")
    page.fill("#add-quote [data-speaker-search]", "Campaign")
    expect(page.locator("#add-speaker-options .speaker-option").first).to_contain_text("Campaigners")
    page.focus("#add-quote [data-speaker-search]")
    page.keyboard.press("Enter")
    added = page.locator(".desk-quote", has=page.locator("blockquote", has_text="Books Not Cuts"))
    expect(added.locator(".speaker-chip")).to_have_text("Campaigners")

    # Everything is still there after a reload.
    page.reload()
    expect(card(page, relayed).locator(".speaker-chip")).to_have_text("Campaigners")
    expect(card(page, library).locator(".status-badge")).to_have_text("Rejected: Not speech")
    expect(card(page, first).locator(".status-badge")).to_have_text("Auto")
    expect(page.locator("mark.quote-mark", has_text="Books Not Cuts")).to_have_attribute("data-speaker", "Campaigners")
    expect(card(page, first).locator(".history")).to_contain_text("(undone)")
    added_quote = Quote.objects.get(origin=Quote.Origin.EDITOR)
    assert (added_quote.text, added_quote.kind, added_quote.speaker.name) == (
        "Books Not Cuts",
        "partial",
        "Campaigners",
    )
    relayed.refresh_from_db()
    assert (relayed.speaker.name, relayed.status) == ("Campaigners", "corrected")


def test_the_shortcuts_list_opens_with_a_question_mark(live_server, page: Page, editor, imported):
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/desk/articles/{imported.pk}/")
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#shortcuts")).to_be_hidden()


def test_article_script_is_shown_as_text(live_server, page: Page, editor, transactional_db):
    body = "<script>document.title='pwned'</script> “Hello,” said Ana."
    article = Article.objects.create(title="Script", body=body, content_hash="e" * 64)
    start = body.index("Hello")
    Quote.objects.create(article=article, text="Hello", start=start, end=start + 5, kind="direct", confidence=0.4)
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    expect(page.locator("#article-body")).to_contain_text("<script>document.title='pwned'</script>")
    assert page.title() != "pwned"


def test_confirming_in_the_queue_by_keyboard_moves_to_the_next_quote(live_server, page: Page, editor, imported):
    log_in(page, live_server, editor)
    lowest = list(Quote.objects.order_by("confidence", "id"))
    page.keyboard.press("j")
    expect(card(page, lowest[0])).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("c")
    expect(card(page, lowest[0]).locator(".status-badge")).to_have_text("Confirmed")
    expect(card(page, lowest[1])).to_have_class(re.compile(r"\bselected\b"))
    lowest[0].refresh_from_db()
    assert lowest[0].status == Quote.Status.CONFIRMED


def test_the_queue_loads_its_next_page_before_the_editor_reaches_the_end(
    live_server, page: Page, editor, transactional_db
):
    body = " ".join(f"Line {n:03d} said." for n in range(60))
    article = Article.objects.create(title="Many", body=body, content_hash="f" * 64)
    for n in range(60):
        make_quote(article, f"Line {n:03d}", confidence=n / 100)
    log_in(page, live_server, editor)
    expect(page.locator(".desk-quote")).to_have_count(25)  # a screenful (views.desk.PER_PAGE)
    for _ in range(24):  # ten from the end of the first page, the second is on its way
        page.keyboard.press("j")
    expect(page.locator(".desk-quote")).to_have_count(50)
    for _ in range(25):
        page.keyboard.press("j")
    expect(page.locator(".desk-quote")).to_have_count(60)
    expect(page.locator("[data-load-more]")).to_have_count(0)


def test_u_undoes_my_last_confirmation_after_the_selection_moved_on(live_server, page: Page, editor, imported):
    log_in(page, live_server, editor)
    lowest = list(Quote.objects.order_by("confidence", "id"))
    page.keyboard.press("j")
    page.keyboard.press("c")
    expect(card(page, lowest[0]).locator(".status-badge")).to_have_text("Confirmed")
    expect(card(page, lowest[1])).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("u")
    expect(card(page, lowest[0]).locator(".status-badge")).to_have_text("Auto")
    expect(card(page, lowest[0])).to_have_class(re.compile(r"\bselected\b"))  # back to the quote undone
    expect(card(page, lowest[1]).locator(".status-badge")).to_have_text("Auto")
    expect(page.locator("#undo-last-note")).to_contain_text("Undone: confirm")
    lowest[0].refresh_from_db()
    lowest[1].refresh_from_db()
    assert (lowest[0].status, lowest[1].status) == (Quote.Status.AUTO, Quote.Status.AUTO)
    # The card's own history is one click away.
    card(page, lowest[0]).locator(".history summary").click()
    expect(card(page, lowest[0]).locator(".history")).to_contain_text("(undone)")
