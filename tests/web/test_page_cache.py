"""Anonymous readers' pages are kept whole, and every write to what they show reaches them at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from quotes import content_versions, pagecache
from quotes.models import ImportBatch, Quote, QuoteRevision, Speaker
from quotes.services import editing, speaker_edits
from tests.conftest import make_quote


def kept_pages() -> list[str]:
    return [key for key in cache._cache if ":page:" in key]  # LocMemCache's own store


def test_a_readers_page_is_kept_and_then_served_without_the_database(client, quote, django_assert_num_queries):
    first = client.get("/quotes/", {"q": "pier"})
    with django_assert_num_queries(0):
        again = client.get("/quotes/", {"q": "pier"})
    assert again.content == first.content and again["Content-Type"] == first["Content-Type"]
    assert "Cookie" in again["Vary"] and "HX-Request" in again["Vary"]


@pytest.mark.parametrize(
    "address", ["/quotes/", "/speakers/elena-petrova/", "/api/quotes/", "/api/speakers/?who=pet", "/api/articles/"]
)
def test_every_public_page_is_kept(client, quote, address):
    assert client.get(address).status_code == 200
    assert len(kept_pages()) == 1


def test_reader_pages_hold_no_csrf_token_and_set_no_cookie(client, quote):
    page = client.get("/quotes/")
    assert "x-csrftoken" not in page.text and not page.cookies


def test_a_logged_in_visitor_is_neither_served_a_kept_page_nor_kept(client, editor_client, quote, editor):
    anonymous = Client()
    assert "edna" not in anonymous.get("/quotes/").text
    page = editor_client.get("/quotes/").text
    assert "edna" in page and "x-csrftoken" in page  # the logged-in page carries the htmx token
    assert len(kept_pages()) == 1
    assert "edna" not in anonymous.get("/quotes/").text


def test_a_pending_message_is_shown_not_kept(client, quote):
    client.cookies["messages"] = "anything"
    client.get("/quotes/")
    assert kept_pages() == []


def test_htmx_fragments_and_whole_pages_are_kept_apart(client, quote):
    fragment = client.get("/quotes/", {"q": "pier"}, headers={"HX-Request": "true"}).text
    whole = client.get("/quotes/", {"q": "pier"}).text
    assert "<html" not in fragment and "<html" in whole
    restored = client.get("/quotes/", {"q": "pier"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restored.text


def test_api_links_follow_the_host_they_were_asked_on(client, quote, settings):
    settings.ALLOWED_HOSTS = ["testserver", "news.example"]
    here = client.get("/api/quotes/").json()["results"][0]["permalink"]
    there = client.get("/api/quotes/", headers={"Host": "news.example"}).json()["results"][0]["permalink"]
    assert here.startswith("http://testserver/") and there.startswith("http://news.example/")


def test_only_found_pages_are_kept(client, db):
    assert client.get("/quotes/999/").status_code == 404
    assert client.get("/speakers/nobody/").status_code == 404
    assert kept_pages() == []


def test_the_speaker_list_outlives_quote_edits_and_not_a_speakers_change(client, quote, speaker, editor):
    Speaker.objects.filter(pk=speaker.pk).update(quote_count=1, public_quote_count=1)  # as an import counts it
    client.get("/api/speakers/", {"who": "pet"})
    editing.confirm(quote, editor)  # the quote count stays: nothing in the speaker tables is written
    Quote.objects.filter(pk=quote.pk).update(confidence=0.7)
    kept = kept_pages()
    assert client.get("/api/speakers/", {"who": "pet"}).json()["count"] == 1 and kept_pages() == kept
    speaker_edits.update_speaker(speaker, "Elena Petrova-Ruiz", speaker.kind, speaker.description)
    assert client.get("/api/speakers/", {"who": "pet"}).json()["results"][0]["name"] == "Elena Petrova-Ruiz"
    editing.reject(editing.current(quote.pk), "not_speech", editor)  # the count drops: the speakers table is written
    assert client.get("/api/speakers/", {"who": "pet"}).json()["results"] == []  # no public quote left


def test_exports_stream_and_are_not_kept(client, quote):
    assert client.get("/api/quotes/export.csv").streaming
    assert kept_pages() == []


def test_with_a_lag_readers_see_a_change_no_later_than_the_lag(client, quote, editor, settings, monkeypatch):
    settings.NEWSDESK_PAGE_LAG_S = 10
    clock = [1000.0]
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: clock[0])
    monkeypatch.setitem(pagecache._lagging, "until", 0.0)
    assert "reviewed by an editor" not in client.get("/quotes/").text
    editing.confirm(quote, editor)
    clock[0] += 9
    assert "reviewed by an editor" not in client.get("/quotes/").text  # the kept page, within the lag
    clock[0] += 1
    assert "reviewed by an editor" in client.get("/quotes/").text


# ---- every kind of write reaches the kept pages ----------------------------------------------------


def test_an_edit_through_the_desk_shows_at_once(client, quote, editor):
    assert "reviewed by an editor" not in client.get("/quotes/").text
    editing.confirm(quote, editor)  # QuerySet.update inside a transaction
    assert "reviewed by an editor" in client.get("/quotes/").text


def test_a_saved_speaker_shows_at_once(client, quote, speaker):
    client.get("/api/quotes/")
    speaker.name = "Elena Petrova-Ruiz"
    speaker.save()
    assert client.get("/api/quotes/").json()["results"][0]["speaker"] == "Elena Petrova-Ruiz"


def test_bulk_created_quotes_show_at_once(client, quote, article):
    assert client.get("/api/quotes/").json()["count"] == 1
    start = article.body.index("work would start")
    Quote.objects.bulk_create([Quote(article=article, text="work would start", start=start, end=start + 16, kind="indirect", confidence=0.9)])
    assert client.get("/api/quotes/").json()["count"] == 2


def test_a_deleted_article_takes_its_quotes_off_the_pages_at_once(client, quote, article):
    assert client.get(f"/quotes/{quote.pk}/").status_code == 200
    article.delete()
    assert client.get(f"/quotes/{quote.pk}/").status_code == 404


def test_a_merge_shows_on_the_speaker_page_at_once(client, quote, speaker, editor, article):
    other = Speaker.objects.create(name="E. Petrova", kind=Speaker.Kind.PERSON)
    make_quote(article, "work would start in May", kind="indirect", speaker=other)  # a page readers may see
    editing.refresh_quote_counts([other.pk])  # as an import keeps them
    assert client.get(f"/speakers/{other.slug}/").status_code == 200
    speaker_edits.merge_speakers(other, speaker, editor)
    assert client.get(f"/speakers/{other.slug}/").status_code == 302


def test_raw_sql_shows_at_once(client, quote):
    assert client.get("/api/quotes/").json()["count"] == 1
    with connection.cursor() as cursor:
        cursor.execute("UPDATE quotes_quote SET status = 'rejected', reject_reason = 'not_speech' WHERE id = %s", [quote.pk])
    assert client.get("/api/quotes/").json()["count"] == 0


def test_writes_readers_never_see_keep_the_pages(client, quote, editor):
    client.get("/quotes/")
    before = content_versions.content_version()
    batch = ImportBatch.objects.create(source_name="Wire")
    batch.status = ImportBatch.Status.DONE
    batch.save()
    QuoteRevision.objects.create(quote=quote, user=editor, action="confirm", before={}, after={})
    assert content_versions.content_version() == before and len(kept_pages()) == 1


def test_the_page_cache_is_off_without_a_cache_every_process_shares():
    from tests.test_settings import settings_under

    alone = settings_under({"SECRET_KEY": "s"}, "NEWSDESK_PAGE_CACHE_S")
    shared = settings_under({"SECRET_KEY": "s", "CACHE_URL": "redis://127.0.0.1:6379/9"}, "NEWSDESK_PAGE_CACHE_S")
    assert '"0"' in alone.stdout and '"300"' in shared.stdout


# ---- round trips ------------------------------------------------------------------------------------


@pytest.fixture
def cache_calls(monkeypatch) -> list[str]:
    """The names of the calls made to the shared cache (each a round trip to Redis in a deployment), not counting
    the calls LocMemCache makes to itself (its get_many calls get)."""
    calls: list[str] = []
    depth = [0]

    def counted(name, method):
        def call(*args, **kwargs):
            if not depth[0]:
                calls.append(name)
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in ("get", "get_many", "set", "set_many", "add", "incr"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    return calls


def test_a_kept_page_is_served_after_one_round_trip(client, quote, cache_calls):
    first = client.get("/quotes/", {"who": "petrova"}).text
    cache_calls.clear()
    assert client.get("/quotes/", {"who": "petrova"}).text == first
    assert cache_calls == ["get_many"]  # the versions and the page together


def test_a_kept_page_of_found_quotes_is_served_after_two(client, quote, cache_calls):
    first = client.get("/quotes/", {"q": "pier"}).text
    cache_calls.clear()
    assert client.get("/quotes/", {"q": "pier"}).text == first
    assert cache_calls == ["get_many", "get_many"]  # then the versions of the quotes the kept page shows


def test_a_kept_page_of_one_speaker_is_served_after_two(client, quote, cache_calls):
    first = client.get("/quotes/", {"speaker": "elena-petrova"}).text
    cache_calls.clear()
    assert client.get("/quotes/", {"speaker": "elena-petrova"}).text == first
    assert cache_calls == ["get_many", "get_many"]  # then the version of the speaker the kept page names


def test_a_page_made_afresh_looks_its_versions_up_once(client, quote, editor, cache_calls):
    client.get("/quotes/", {"q": "pier", "speaker": "elena-petrova"})
    Quote.objects.filter(pk=quote.pk).update(status="confirmed")  # whose quote is not said: every page is stale
    cache_calls.clear()
    assert "reviewed by an editor" in client.get("/quotes/", {"q": "pier", "speaker": "elena-petrova"}).text
    # the page's, the source list's and the speaker slug's versions with the page itself, then the speaker's
    # own version (the page shows only their quotes); then the page is kept (reader cards are not cached)
    assert cache_calls.count("get_many") == 2 and cache_calls.count("set") == 1


def test_a_page_kept_by_a_process_that_looked_later_is_served(client, quote):
    """Versions only rise: a page kept under later versions was made from rows at least as new."""
    address = "/quotes/?who=petrova"  # a page of everything readers see, filed under one version
    client.get(address)
    key = kept_pages()[0].split(":", 2)[2]  # LocMemCache's ":1:page:..."
    filed_under, (version,), _, headers = cache.get(key)
    cache.set(key, (filed_under, (version + 5,), b"made a moment later", headers))
    assert client.get(address).content == b"made a moment later"
    cache.set(key, (filed_under, (version - 1,), b"made before a write", headers))
    assert client.get(address).content != b"made before a write"
