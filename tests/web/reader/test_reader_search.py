"""The search page at / and /quotes/: every filter, the alias type-ahead, what is public, htmx, paging, queries."""

import re

import pytest
from django.test import override_settings

from quotes.models import Quote, Source, Speaker
from quotes.services import speaker_edits
from tests.web.reader.conftest import many_quotes


def shown(response) -> list[int]:
    """The ids of the quotes on the page, in order."""
    return [
        int(pk) for pk in re.findall(r'<article class="quote result[^"]*" id="quote-(\d+)"', response.content.decode())
    ]


def ids(*quotes: Quote) -> list[int]:
    return [quote.pk for quote in quotes]


def test_home_shows_the_latest_public_quotes_newest_article_first(client, library):
    response = client.get("/")
    assert response.status_code == 200
    # Gazette (May) before Wire (March) before the undated article; within an article, newest quote first.
    lib = library
    assert shown(response) == ids(lib.hollow, lib.talks_continue, lib.no_comment, lib.stand_by, lib.peace)
    assert b"5 quotes, latest first" in response.content


def test_quotes_url_is_the_same_search(client, library):
    assert shown(client.get("/quotes/?q=geneva")) == ids(library.talks_continue)
    assert shown(client.get("/?q=geneva")) == ids(library.talks_continue)


def test_it_never_shows_rejected_or_unsure_automatic_quotes(client, library):
    for url in ("/", "/quotes/?q=holding", "/quotes/?q=hold", "/quotes/?speaker=ash-carter", "/quotes/?who=carter"):
        response = client.get(url)
        assert not set(shown(response)) & set(ids(*library.hidden)), url
        assert b"talks were holding" not in response.content


def test_the_threshold_comes_from_settings(client, library):
    with override_settings(NEWSDESK_DISPLAY_THRESHOLD=0.25):
        assert library.must_hold.pk in shown(client.get("/quotes/?speaker=ash-carter"))
    with override_settings(NEWSDESK_DISPLAY_THRESHOLD=0.95):
        assert library.stand_by.pk not in shown(client.get("/quotes/?speaker=ash-carter"))


def test_words_find_quotes_and_mark_the_matched_words(client, library):
    response = client.get("/quotes/", {"q": "ceasefire"})
    assert shown(response) == ids(library.stand_by)
    assert b"We will not stand by while the <mark>ceasefire</mark> collapses" in response.content


def test_words_match_other_forms_of_the_word(client, library):
    response = client.get("/quotes/", {"q": "collapsing"})
    assert shown(response) == ids(library.stand_by)
    assert b"<mark>collapses</mark>" in response.content


def test_all_words_must_match_and_a_minus_excludes(client, library):
    assert shown(client.get("/quotes/", {"q": "talks geneva"})) == ids(library.talks_continue)
    assert shown(client.get("/quotes/", {"q": "talks paris"})) == []
    assert shown(client.get("/quotes/", {"q": "promise OR geneva"})) == ids(library.hollow, library.talks_continue)
    assert shown(client.get("/quotes/", {"q": '"hollow promise" -geneva'})) == ids(library.hollow)
    assert shown(client.get("/quotes/", {"q": "-geneva"})) == []  # exclusions alone find nothing


@pytest.mark.parametrize(
    "words", ['"', "*", "NEAR(", 'ceasefire"  OR', "text:ceasefire", "-", "AND OR NOT", "^(", "'", "a\x00b"]
)
def test_no_input_breaks_the_search(client, library, words):
    response = client.get("/quotes/", {"q": words})
    assert response.status_code == 200


def test_quote_text_is_escaped_even_where_words_are_marked(client, library):
    article = library.wire_article
    text = '<b>alert</b> & ceasefire "now"'
    article.body += "\n" + text
    article.save()
    start = article.body.index(text)
    Quote.objects.create(article=article, text=text, start=start, end=start + len(text), kind="direct", confidence=0.9)
    response = client.get("/quotes/", {"q": "ceasefire alert"})
    assert b"&lt;b&gt;<mark>alert</mark>&lt;/b&gt; &amp; <mark>ceasefire</mark> &quot;now&quot;" in response.content
    assert b"<b>alert" not in response.content


def test_typing_a_name_offers_speakers_by_name_and_alias_most_quoted_first(client, library):
    response = client.get("/quotes/", {"who": "Carter"})
    offered = re.findall(r'class="suggestion" href="([^"]+)">([^<]+)<', response.content.decode())
    assert offered == [("/quotes/?speaker=ash-carter", "Ash Carter"), ("/quotes/?speaker=jimmy-carter", "Jimmy Carter")]
    # Until one is picked, the quotes of every matching speaker are shown.
    assert set(shown(response)) == set(ids(library.stand_by, library.hollow, library.peace))


def test_an_alias_offers_the_organisation(client, library):
    response = client.get("/quotes/", {"who": "pentagon"})
    assert b'href="/quotes/?speaker=department-of-defense">Department of Defense<' in response.content
    assert shown(response) == ids(library.no_comment)


def test_a_name_matches_from_the_start_of_any_word(client, library):
    assert shown(client.get("/quotes/", {"who": "lav"})) == ids(library.talks_continue)
    assert shown(client.get("/quotes/", {"who": "avrov"})) == []


def test_picking_a_speaker_keeps_the_other_filters(client, library):
    response = client.get("/quotes/", {"who": "carter", "q": "", "kind": "partial"})
    assert b'href="/quotes/?kind=partial&amp;speaker=ash-carter"' in response.content


def test_speaker_filter_shows_only_that_speaker(client, library):
    response = client.get("/quotes/", {"speaker": "ash-carter"})
    assert shown(response) == ids(library.hollow, library.stand_by)
    assert b'class="chip"' in response.content  # the picked speaker, with a link to pick another


def test_a_merged_speaker_s_address_searches_the_speaker_it_was_merged_into(client, library):
    old = Speaker.objects.create(name="A. Carter", merged_into=library.ash)
    assert shown(client.get("/quotes/", {"speaker": old.slug})) == ids(library.hollow, library.stand_by)


def test_a_speaker_merged_after_it_was_searched_for_leads_to_the_one_it_joined(client, library, editor):
    old = Speaker.objects.create(name="A. Carter")
    assert shown(client.get("/quotes/", {"speaker": old.slug})) == []
    speaker_edits.merge_speakers(old, library.ash, editor)
    assert shown(client.get("/quotes/", {"speaker": old.slug})) == ids(library.hollow, library.stand_by)


def test_an_unknown_speaker_shows_an_error_and_no_quotes(client, library):
    response = client.get("/quotes/", {"speaker": "nobody"})
    assert shown(response) == []
    assert b"No speaker has this address." in response.content


def test_date_range_filters_by_publication_day(client, library):
    assert shown(client.get("/quotes/", {"date_from": "2016-05-10"})) == ids(library.hollow, library.talks_continue)
    assert shown(client.get("/quotes/", {"date_to": "2016-03-01"})) == ids(library.no_comment, library.stand_by)
    assert shown(client.get("/quotes/", {"date_from": "2016-03-02", "date_to": "2016-05-09"})) == []


def test_a_backwards_date_range_is_an_error(client, library):
    response = client.get("/quotes/", {"date_from": "2016-05-10", "date_to": "2016-03-01"})
    assert shown(response) == []
    assert b"The end date is before the start date." in response.content


def test_source_filter(client, library):
    assert shown(client.get("/quotes/", {"source": library.wire.pk})) == ids(library.no_comment, library.stand_by)


def test_kind_filter(client, library):
    assert shown(client.get("/quotes/", {"kind": "indirect"})) == ids(library.talks_continue, library.no_comment)


def test_reviewed_only_filter(client, library):
    assert shown(client.get("/quotes/", {"reviewed": "on"})) == ids(library.hollow, library.no_comment)
    assert len(shown(client.get("/quotes/", {"reviewed": "0"}))) == 5


def test_filters_combine(client, library):
    response = client.get("/quotes/", {"q": "ceasefire OR promise", "speaker": "ash-carter", "reviewed": "1"})
    assert shown(response) == ids(library.hollow)


def test_every_quote_says_whether_an_editor_reviewed_it(client, library):
    content = client.get("/quotes/").content.decode()
    card = content[content.index(f'id="quote-{library.stand_by.pk}"') :]
    assert "automatic · confidence 0.92" in card[: card.index("</article>")]
    card = content[content.index(f'id="quote-{library.hollow.pk}"') :]
    assert "reviewed by an editor" in card[: card.index("</article>")]


def test_results_show_the_article_source_date_and_a_link_to_the_context(client, library):
    content = client.get("/quotes/", {"q": "geneva"}).content.decode()
    assert f'<a href="/quotes/{library.talks_continue.pk}/">Moscow answers</a>' in content
    assert "Evening Gazette" in content and "10 May 2016" in content
    assert 'href="/speakers/sergei-lavrov/">Sergei Lavrov</a>' in content


def test_export_links_carry_the_search(client, library):
    content = client.get("/quotes/", {"q": "talks", "kind": "indirect", "page": "1"}).content.decode()
    assert 'href="/api/quotes/export.csv?q=talks&amp;kind=indirect"' in content
    assert 'href="/api/quotes/export.json?q=talks&amp;kind=indirect"' in content


def test_htmx_gets_only_the_results(client, library):
    response = client.get("/quotes/", {"q": "geneva"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert content.lstrip().startswith('<section id="results"')
    assert "<form" not in content and "<html" not in content
    assert shown(response) == ids(library.talks_continue)
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_whole_page(client, library):
    response = client.get(
        "/quotes/", {"q": "geneva"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert b"<html" in response.content and b'<form class="search-form"' in response.content


def test_paging_works_with_plain_links(client, library):
    many_quotes(library.undated_article, library.lavrov, 30)
    first = client.get("/quotes/", {"who": "lavrov"})
    assert len(shown(first)) == 25
    assert b'href="/quotes/?who=lavrov&amp;page=2"' in first.content
    second = client.get("/quotes/", {"who": "lavrov", "page": "2"})
    assert len(shown(second)) == 6
    assert not set(shown(first)) & set(shown(second))
    assert b'rel="prev" href="/quotes/?who=lavrov&amp;page=1"' in second.content


def test_the_form_keeps_what_was_asked(client, library):
    content = client.get("/quotes/", {"q": "talks", "date_from": "2016-01-01", "kind": "indirect"}).content.decode()
    assert 'name="q" value="talks"' in content
    assert 'name="date_from" value="2016-01-01"' in content
    assert '<option value="indirect" selected>' in content


def test_it_refuses_writes(client, library):
    assert client.post("/quotes/").status_code == 405


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "harbour"}, {"who": "lavrov", "kind": "direct"}, {"speaker": "sergei-lavrov"}, {"q": "Lavrov"}],
)
def test_queries_do_not_grow_with_the_results(client, library, django_assert_num_queries, params):
    many_quotes(library.undated_article, library.lavrov, 60)
    # count, one page of quotes joined to article, source and speaker; a picked speaker adds its lookup,
    # a typed name its suggestions; a source/kind/date filter adds nothing (the source select is one query);
    # words add one look at the aliases (are they a speaker's name? then they are searched as a typed name),
    # and otherwise one look in SQLite's full-text index (more than search.RANK_AT_MOST matches: newest first);
    # with the corpus's size, which sets that number (read once per process in ten minutes; each test starts with
    # an empty cache); on PostgreSQL the count is that look, after the planner's statistics (read once per process
    # in ten minutes) and the words' expected matches, which choose where to look (newest_matches.py: a small
    # table's words are listed at once).
    named = params.get("q") == "Lavrov"
    words = "q" in params and not named
    expected = 3 + ("speaker" in params) + ("who" in params or named) + ("q" in params)
    expected += words * 2
    with django_assert_num_queries(expected):
        response = client.get("/quotes/", params)
    assert len(shown(response)) == 25


def test_the_filters_show_what_the_reader_chose(client, library):
    page = client.get(
        "/quotes/", {"source": library.gazette.pk, "kind": "partial", "reviewed": "1", "date_from": "2016-05-01"}
    ).text
    assert f'<option value="{library.gazette.pk}" selected>Evening Gazette</option>' in page
    assert f'<option value="{library.wire.pk}">Wire Service</option>' in page
    assert '<option value="partial" selected>Partial</option>' in page
    assert '<input type="checkbox" name="reviewed" class="filter" checked>' in page
    assert 'name="date_from" value="2016-05-01"' in page
    plain = client.get("/quotes/").text
    assert '<option value="" selected>Any source</option>' in plain
    assert '<input type="checkbox" name="reviewed" class="filter">' in plain


def test_source_names_in_the_filter_are_escaped(client, db):
    Source.objects.create(name='<script>alert("x")</script> & Co')
    page = client.get("/quotes/").text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</option>" in page
    assert "<script>alert" not in page
