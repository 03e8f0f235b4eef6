"""One search box understands names: words that are a speaker's name or alias find that speaker's quotes."""

from quotes.models import Speaker, SpeakerAlias
from quotes.services import search
from quotes.services.search import QuoteFilters
from tests.web.reader.test_reader_search import ids, shown


def test_a_surname_in_the_main_box_finds_the_speakers_quotes_and_suggests_them(client, library):
    response = client.get("/quotes/", {"q": "Carter"})
    page = response.content.decode()
    assert set(ids(library.stand_by, library.hollow)) <= set(shown(response))  # Ash Carter's public quotes
    assert library.peace.pk in shown(response)  # Jimmy Carter is a Carter too, as in the speaker box
    assert "0 quotes" not in page
    assert 'class="suggestion" href="/quotes/?q=Carter&amp;speaker=ash-carter"' in page
    assert "Quotes by speakers named “Carter”" in page


def test_an_alias_finds_its_speaker(client, library):
    assert shown(client.get("/quotes/", {"q": "the pentagon"})) == ids(library.no_comment)


def test_words_that_are_no_ones_name_still_search_the_quotes(client, library):
    response = client.get("/quotes/", {"q": "ceasefire"})
    assert shown(response) == ids(library.stand_by)
    assert "speakers named" not in response.content.decode()


def test_the_words_can_still_be_searched_as_a_phrase(client, library):
    page = client.get("/quotes/", {"q": "Lavrov"}).content.decode()
    assert 'href="/quotes/?q=%22Lavrov%22">Search the words instead</a>' in page
    assert shown(client.get("/quotes/", {"q": '"Lavrov"'})) == []  # no quote says "Lavrov"


def test_with_a_speaker_chosen_the_words_search_the_quotes(client, library):
    assert shown(client.get("/quotes/", {"q": "Carter", "who": "lavrov"})) == []
    assert shown(client.get("/quotes/", {"q": "Geneva", "who": "lavrov"})) == ids(library.talks_continue)


def test_the_downloads_ask_for_the_name_as_the_page_did(client, library):
    page = client.get("/quotes/", {"q": "Lavrov"}).content.decode()
    assert 'href="/api/quotes/export.csv?who=Lavrov"' in page
    assert 'href="/api/quotes/export.json?who=Lavrov"' in page


def test_a_merged_away_speakers_name_is_not_a_name(db):
    kept = Speaker.objects.create(name="New Name")
    gone = Speaker.objects.create(name="Old Name", merged_into=kept)
    SpeakerAlias.objects.create(speaker=gone, name="Old Name")
    assert not search.is_speaker_name("old name")
    assert search.names_in_words(QuoteFilters(words="old name")).words == "old name"
    SpeakerAlias.objects.create(speaker=kept, name="Newer")
    assert search.names_in_words(QuoteFilters(words="NEWER")) == QuoteFilters(who="NEWER")
