"""The queue, the article view, the quote page and the speakers page: full page or fragment, few queries."""

import datetime as dt
import re

import pytest

from quotes.models import Article, Quote, Source, Speaker
from quotes.services import editing
from tests.conftest import make_quote


@pytest.fixture
def many_quotes(article, speaker):
    """120 automatic quotes with distinct spans and confidences, in one long article."""
    article.body = " ".join(f"Sentence number {n:03d} here." for n in range(120))
    article.save()
    quotes = []
    for n in range(120):
        text = f"Sentence number {n:03d}"
        quotes.append(make_quote(article, text, confidence=round((n * 37 % 120) / 120, 3), speaker=speaker))
    return quotes


def test_the_queue_shows_quotes_needing_review_lowest_confidence_first(editor_client, article, quote, second_quote):
    editing.confirm(make_quote(article, "said Mayor", confidence=0.1), None)
    html = editor_client.get("/desk/").content.decode()
    assert html.index("work would start in May") < html.index("We will rebuild the pier")
    assert 'id="quote-' in html and "said Mayor</blockquote>" not in html
    assert '<span class="count" data-status="auto">2</span>' in html
    assert '<span class="count" data-status="confirmed">1</span>' in html


def test_queue_filters_by_source_kind_speaker_article_and_date(editor_client, article, quote, second_quote, speaker):
    elsewhere = Article.objects.create(
        source=Source.objects.create(name="Other Times"),
        body="“Elsewhere,” she said.",
        content_hash="c" * 64,
        published_at=dt.datetime(2020, 5, 1, tzinfo=dt.UTC),
    )
    far = make_quote(elsewhere, "Elsewhere")
    cases = {
        f"?source={article.source_id}": {quote, second_quote},
        "?kind=indirect": {second_quote},
        f"?speaker={speaker.pk}": {quote},
        f"?article={elsewhere.pk}": {far},
        "?date_from=2020-04-30&date_to=2020-05-01": {far},
        "?date_to=2020-04-30": set(),
        "?status=all&kind=direct": {quote, far},
    }
    for query, expected in cases.items():
        html = editor_client.get("/desk/" + query).content.decode()
        shown = {q for q in (quote, second_quote, far) if f'id="quote-{q.pk}"' in html}
        assert shown == expected, query


def test_the_queue_filters_show_what_the_editor_chose(editor_client, article, quote, speaker):
    page = editor_client.get(
        f"/desk/?source={article.source_id}&kind=indirect&speaker={speaker.pk}&date_from=2020-04-30"
    ).text
    assert f'<option value="{article.source_id}" selected>{article.source.name}</option>' in page
    assert '<option value="indirect" selected>Indirect</option>' in page
    assert f'<input type="hidden" name="speaker" value="{speaker.pk}">' in page
    assert 'name="date_from" value="2020-04-30"' in page


def test_the_queue_pages_by_cursor_without_repeats(editor_client, many_quotes):
    seen, url = [], "/desk/"
    while url:
        response = editor_client.get(url, headers={"HX-Request": "true"} if seen else {})
        html = response.content.decode()
        seen += [int(pk) for pk in re.findall(r'<li id="quote-(\d+)"', html)]
        more = (
            html.split("data-load-more", 1)[0].rsplit('hx-get="', 1)[-1].split('"', 1)[0]
            if "data-load-more" in html
            else ""
        )
        url = "/desk/" + more.replace("&amp;", "&") if more else ""
    expected = sorted(many_quotes, key=lambda q: (q.confidence, q.pk))
    assert seen == [q.pk for q in expected]


def test_htmx_gets_only_the_fragment_and_a_next_page_only_rows(htmx_client, many_quotes):
    html = htmx_client.get("/desk/?kind=direct").content.decode()
    assert html.lstrip().startswith('<section id="queue"') and "<html" not in html
    nxt = htmx_client.get("/desk/?after=0.0:1").content.decode()
    assert nxt.lstrip().startswith('<li id="quote-') and 'class="status-tabs"' not in nxt


def test_a_history_restore_gets_the_full_page(htmx_client, quote):
    html = htmx_client.get("/desk/", headers={"HX-History-Restore-Request": "true"}).content.decode()
    assert "<html" in html


def test_queue_queries_stay_flat_over_many_quotes(editor_client, many_quotes, django_assert_num_queries):
    # session, user, the user's and the group's permissions; one page of quotes with article and speaker;
    # their history (for cards not in the card cache); the four capped status counts in one; the source choices
    with django_assert_num_queries(8):
        editor_client.get("/desk/")


def test_status_counts_are_capped(editor_client, many_quotes, monkeypatch):
    from quotes import forms

    monkeypatch.setattr(forms, "COUNT_CAP", 100)
    html = editor_client.get("/desk/").content.decode()
    assert '<span class="count" data-status="auto">100+</span>' in html


def test_status_counts_past_the_cap_are_counted_afresh_after_a_bulk_confirmation(editor_client, many_quotes, monkeypatch):
    from quotes import forms

    monkeypatch.setattr(forms, "COUNT_CAP", 100)
    assert '<span class="count" data-status="auto">100+</span>' in editor_client.get("/desk/").content.decode()
    response = editor_client.post("/desk/bulk-confirm/", {"status": "auto", "min_confidence": "0"})
    assert (response.status_code, response["Location"]) == (302, "/desk/")  # without htmx: back to the queue
    html = editor_client.get("/desk/").content.decode()
    assert '<span class="count" data-status="auto">0</span>' in html
    assert '<span class="count" data-status="confirmed">100+</span>' in html


RESTORING = {"HX-Request": "true", "HX-History-Restore-Request": "true"}


def test_tab_counts_follow_an_edit_at_once(editor_client, many_quotes, editor):
    def tabs(html: str) -> list[str]:
        return re.findall(r'<span class="count" data-status="\w+">[^<]*</span>', html)

    before = tabs(editor_client.get("/desk/").content.decode())
    html = editor_client.get("/desk/", headers=RESTORING).content.decode()  # as htmx restores it from history
    assert tabs(html) == before and "Coastal Courier" in html
    editing.confirm(Quote.objects.filter(status="auto").first(), editor)
    html = editor_client.get("/desk/").content.decode()
    assert '<span class="count" data-status="confirmed">1</span>' in html


def test_the_article_view_marks_every_quote_with_its_speaker(editor_client, article, quote, second_quote):
    html = editor_client.get(f"/desk/articles/{article.pk}/").content.decode()
    assert f'data-quote-id="{quote.pk}"' in html and 'data-speaker="Elena Petrova"' in html
    assert "speaker-c0" in html and "speaker-cnone" in html
    assert html.count('class="desk-quote ') == 2
    assert html.count("<mark") == 2


def test_the_article_view_escapes_article_text(editor_client, db):
    body = "<script>alert('x')</script> “Hi <b>there</b>,” said Ana & Bo."
    article = Article.objects.create(title="<i>T</i>", body=body, content_hash="d" * 64)
    make_quote(article, "Hi <b>there</b>")
    html = editor_client.get(f"/desk/articles/{article.pk}/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Hi &lt;b&gt;there&lt;/b&gt;</mark>" in html and "Ana &amp; Bo." in html
    assert "<i>T</i>" not in html


def test_article_view_queries_stay_flat(editor_client, many_quotes, django_assert_num_queries):
    # session, user, the user's and the group's permissions; the article with its source; its quotes; their
    # history (for cards not in the card cache)
    with django_assert_num_queries(7):
        editor_client.get(f"/desk/articles/{many_quotes[0].article_id}/")


def test_the_quote_page_shows_its_history(editor_client, quote, other_speaker):
    editing.change_speaker(quote, other_speaker, None)
    html = editor_client.get(f"/desk/quotes/{quote.pk}/").content.decode()
    assert "speaker: Elena Petrova → Tom Ellery" in html


def test_speaker_search_gives_options_to_htmx(htmx_client, speaker, other_speaker):
    html = htmx_client.get("/desk/speakers/?q=petrov&create=1").content.decode()
    assert f'name="speaker" value="{speaker.pk}"' in html and "Tom Ellery" not in html
    assert 'name="new_speaker" value="petrov"' in html and "<html" not in html


def test_the_speakers_page_edits_a_speaker(editor_client, speaker):
    html = editor_client.get(f"/desk/speakers/?speaker={speaker.pk}").content.decode()
    assert 'id="speaker-panel"' in html and "Petrova" in html
    response = editor_client.post(
        f"/desk/speakers/{speaker.pk}/edit/",
        {"name": "Elena Petrova-Smith", "kind": "person", "description": "mayor"},
        headers={"HX-Request": "true"},
    )
    assert response.content.decode().lstrip().startswith('<section id="speaker-panel"')
    speaker.refresh_from_db()
    assert speaker.name == "Elena Petrova-Smith"


def test_merge_and_unmerge_speakers_from_the_page(htmx_client, quote, speaker, other_speaker):
    html = htmx_client.post(f"/desk/speakers/{speaker.pk}/merge/", {"speaker": other_speaker.pk}).content.decode()
    assert "Merged Elena Petrova into Tom Ellery: 1 quotes moved." in html
    quote.refresh_from_db()
    assert quote.speaker == other_speaker
    merge_id = int(html.split("/desk/merges/", 1)[1].split("/", 1)[0])
    html = htmx_client.post(f"/desk/merges/{merge_id}/undo/").content.decode()
    assert "separate again" in html
    quote.refresh_from_db()
    assert quote.speaker == speaker
    assert Speaker.objects.get(pk=speaker.pk).merged_into is None


def test_merging_into_itself_is_refused(htmx_client, speaker):
    html = htmx_client.post(f"/desk/speakers/{speaker.pk}/merge/", {"speaker": speaker.pk}).content.decode()
    assert "cannot be merged into itself" in html


def test_the_queue_after_a_cursor_is_by_confidence_then_id(editor_client, article):
    a = make_quote(article, "We will", confidence=0.5)
    b = make_quote(article, "rebuild the pier", confidence=0.5)
    html = editor_client.get(f"/desk/?after=0.5:{a.pk}").content.decode()
    assert f'id="quote-{b.pk}"' in html and f'id="quote-{a.pk}"' not in html
    assert Quote.objects.count() == 2


def test_each_filter_choice_shows_its_own_selection(editor_client, article, quote, source):
    """The filters' options are remembered per choice: one choice's page never shows another's selection."""

    def filters(address: str) -> str:
        page = editor_client.get(address).text
        return page[page.index('<form class="queue-filters"') :].split("</form>")[0]

    for kind, label in (("indirect", "Indirect"), ("direct", "Direct")):
        chosen = filters(f"/desk/?kind={kind}&source={source.pk}")
        assert f'<option value="{kind}" selected>{label}</option>' in chosen and chosen.count(" selected>") == 2
    plain = filters("/desk/")
    assert '<option value="" selected>Any source</option>' in plain and '<option value="" selected>Any kind</option>' in plain
