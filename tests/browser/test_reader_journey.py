"""A reader in real Chromium: finds a speaker by alias, reads his quotes, opens one in context, downloads the CSV."""

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias

BODY = (
    "Defence chiefs met in Brussels on Monday.\n"
    "“We will not stand by while the ceasefire collapses,” said Ash Carter. "
    "Carter said the coalition would “keep up the pressure”.\n"
    "Jimmy Carter said “peace is possible”. Sergei Lavrov said talks would continue."
)


def quote(article: Article, text: str, speaker: Speaker, **fields) -> Quote:
    start = article.body.index(text)
    fields.setdefault("kind", Quote.Kind.DIRECT)
    fields.setdefault("confidence", 0.9)
    return Quote.objects.create(
        article=article, text=text, start=start, end=start + len(text), speaker=speaker, **fields
    )


@pytest.fixture
def newsroom(transactional_db) -> dict[str, Quote]:
    ash = Speaker.objects.create(
        name="Ash Carter", kind=Speaker.Kind.PERSON, quote_count=2, public_quote_count=2, description="Defense Secretary"
    )
    SpeakerAlias.objects.create(speaker=ash, name="Carter")
    jimmy = Speaker.objects.create(name="Jimmy Carter", kind=Speaker.Kind.PERSON, quote_count=1, public_quote_count=1)
    lavrov = Speaker.objects.create(name="Sergei Lavrov", kind=Speaker.Kind.PERSON, quote_count=1, public_quote_count=1)
    article = Article.objects.create(
        source=Source.objects.create(name="Wire Service"),
        title="Carter warns on ceasefire",
        body=BODY,
        content_hash="b" * 64,
        url="https://wire.example/carter",
        published_at=datetime(2016, 3, 1, 9, tzinfo=UTC),
    )
    return {
        "stand_by": quote(article, "We will not stand by while the ceasefire collapses", ash),
        "pressure": quote(article, "keep up the pressure", ash, kind=Quote.Kind.PARTIAL, status=Quote.Status.CONFIRMED),
        "peace": quote(article, "peace is possible", jimmy),
        "talks": quote(article, "talks would continue", lavrov, kind=Quote.Kind.INDIRECT),
    }


def test_reader_finds_ash_carter_by_alias_reads_in_context_and_downloads_csv(live_server, page: Page, newsroom):
    page.goto(live_server.url + "/")
    page.get_by_label("Speaker").press_sequentially("Carter", delay=30)

    # The type-ahead offers both Carters, the most quoted first; the reader picks Ash Carter.
    suggestions = page.locator("a.suggestion")
    expect(suggestions).to_have_text(["Ash Carter", "Jimmy Carter"])
    suggestions.first.click()

    expect(page).to_have_url(re.compile(r"/quotes/\?speaker=ash-carter$"))
    results = page.locator("#results article.result q")
    expect(results).to_have_text(["keep up the pressure", "We will not stand by while the ceasefire collapses"])
    expect(page.locator("#results")).not_to_contain_text("peace is possible")
    expect(page.locator(f"#quote-{newsroom['pressure'].pk} .badge")).to_have_text("reviewed by an editor")
    expect(page.locator(f"#quote-{newsroom['stand_by'].pk} .badge")).to_have_text("automatic · confidence 0.90")

    # The permalink shows the quote inside its paragraph, with the article's title, source, date and link.
    page.locator(f"#quote-{newsroom['stand_by'].pk}").get_by_role("link", name="in context").click()
    expect(page).to_have_url(re.compile(rf"/quotes/{newsroom['stand_by'].pk}/$"))
    expect(page.locator("mark.quoted")).to_have_text("We will not stand by while the ceasefire collapses")
    expect(page.locator("blockquote.context")).to_contain_text("said Ash Carter.")
    expect(page.locator("h1")).to_have_text("Carter warns on ceasefire")
    expect(page.locator(".meta").first).to_contain_text("Wire Service · 1 March 2016")
    expect(page.get_by_role("link", name="Read the article at Wire Service")).to_have_attribute(
        "href", "https://wire.example/carter"
    )

    # Back on the results, the CSV export holds exactly his quotes.
    page.go_back()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "quotes.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert [row["text"] for row in rows] == [
        "keep up the pressure",
        "We will not stand by while the ceasefire collapses",
    ]
    assert {row["speaker"] for row in rows} == {"Ash Carter"}
    assert [row["reviewed"] for row in rows] == ["true", "false"]


def test_results_update_as_the_reader_types_and_the_url_follows(live_server, page: Page, newsroom):
    page.goto(live_server.url + "/")
    page.get_by_label("Words in the quote").press_sequentially("ceasefire", delay=30)
    expect(page.locator("#results article.result")).to_have_count(1)
    expect(page.locator("#results mark")).to_have_text(["ceasefire"])
    expect(page).to_have_url(re.compile(r"/quotes/\?q=ceasefire"))
    page.get_by_label("Kind").select_option("indirect")
    expect(page.locator("#results")).to_contain_text("0 quotes")
    page.reload()  # the pushed URL is a normal link: it renders the same search on its own
    expect(page.get_by_label("Words in the quote")).to_have_value("ceasefire")
    expect(page.locator("#results")).to_contain_text("0 quotes")


def test_search_and_paging_work_without_javascript(live_server, browser, newsroom):
    article = newsroom["talks"].article
    lavrov = newsroom["talks"].speaker
    extra = " ".join(f"Lavrov said point {n} stood." for n in range(30))
    article.body += "\n" + extra
    article.save()
    for n in range(30):
        quote(article, f"point {n} stood", lavrov, kind=Quote.Kind.INDIRECT)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_label("Speaker").fill("lavrov")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#results article.result")).to_have_count(25)
    expect(page.locator(".summary")).to_contain_text("31 quotes")
    page.get_by_role("link", name="Next →").click()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(page.locator("#results article.result")).to_have_count(6)
    context.close()
