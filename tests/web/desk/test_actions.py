"""Each edit answers htmx with the changed card (and the article body when made in the article)."""

from django.contrib.auth.models import Group, User

from quotes.models import Quote, QuoteRevision, Speaker
from quotes.permissions import EDITORS_GROUP
from quotes.services import editing


def post(client, url, **data):
    return client.post(url, data)


def test_confirm_returns_the_card_and_writes_a_revision(htmx_client, quote):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/confirm/", version=1)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li id="quote-{quote.pk}"')
    assert "Confirmed" in html and 'name="version" value="2"' in html
    assert "<html" not in html and 'id="article-body"' not in html
    assert '"quoteChanged"' in response["HX-Trigger"]
    revision = QuoteRevision.objects.get(quote=quote)
    assert (revision.action, revision.user.username) == ("confirm", "edna")


def test_an_edit_in_the_article_also_sends_the_body_out_of_band(htmx_client, quote):
    response = post(
        htmx_client, f"/desk/quotes/{quote.pk}/reject/", version=1, reason="title", in_article=quote.article_id
    )
    html = response.content.decode()
    assert 'id="article-body"' in html and 'hx-swap-oob="true"' in html
    assert "status-rejected" in html
    quote.refresh_from_db()
    assert (quote.status, quote.reject_reason) == ("rejected", "title")


def test_reject_without_a_reason_is_refused_with_a_note(htmx_client, quote):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/reject/", version=1)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == "auto"
    assert not QuoteRevision.objects.exists()


def test_a_stale_edit_is_refused_showing_the_current_value(htmx_client, quote, other_speaker, django_user_model):
    rival = django_user_model.objects.create_user("rex")
    editing.change_speaker(quote, other_speaker, rival)  # someone else got there first: version 2
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/confirm/", version=1)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="conflict"' in html and "not saved" in html
    assert "Tom Ellery" in html and 'name="version" value="2"' in html
    quote.refresh_from_db()
    assert (quote.status, quote.version) == ("corrected", 2)
    assert QuoteRevision.objects.filter(quote=quote).count() == 1


def test_a_stale_edit_without_javascript_redirects_with_a_message(editor_client, quote):
    editing.confirm(quote, None)
    response = editor_client.post(f"/desk/quotes/{quote.pk}/kind/", {"version": 1, "kind": "partial"}, follow=True)
    assert response.redirect_chain[-1][0] == "/desk/"
    assert "not saved" in response.content.decode()
    quote.refresh_from_db()
    assert quote.kind == "direct"


def test_change_speaker_to_an_existing_speaker(htmx_client, quote, other_speaker):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/speaker/", version=1, speaker=other_speaker.pk)
    assert "Tom Ellery" in response.content.decode()
    quote.refresh_from_db()
    assert (quote.speaker, quote.status) == (other_speaker, "corrected")
    assert QuoteRevision.objects.get(quote=quote).action == "change_speaker"


def test_change_speaker_to_a_new_speaker_with_its_kind(htmx_client, quote):
    post(
        htmx_client,
        f"/desk/quotes/{quote.pk}/speaker/",
        version=1,
        new_speaker="Harbour Trust",
        new_speaker_kind="organisation",
    )
    quote.refresh_from_db()
    assert (quote.speaker.name, quote.speaker.kind, quote.speaker.quote_count) == ("Harbour Trust", "organisation", 1)


def test_change_speaker_without_a_choice_is_refused(htmx_client, quote, speaker):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/speaker/", version=1, q="Nobody")
    assert "Choose a speaker" in response.content.decode()
    quote.refresh_from_db()
    assert quote.speaker == speaker and quote.version == 1


def test_change_kind(htmx_client, quote):
    post(htmx_client, f"/desk/quotes/{quote.pk}/kind/", version=1, kind="partial")
    quote.refresh_from_db()
    assert (quote.kind, quote.status) == ("partial", "corrected")


def test_fix_span_takes_the_selection(htmx_client, quote, article):
    start = article.body.index("We will")
    response = post(
        htmx_client, f"/desk/quotes/{quote.pk}/span/", version=1, start=start, end=start + 7, in_article=article.pk
    )
    assert '<blockquote class="quote-text">We will</blockquote>' in response.content.decode()
    quote.refresh_from_db()
    assert (quote.text, quote.start, quote.end) == ("We will", start, start + 7)


def test_fix_span_outside_the_article_is_refused(htmx_client, quote):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/span/", version=1, start=5, end=99_999)
    assert "not inside the article" in response.content.decode()


def test_add_a_missed_quote_returns_the_list_and_body(htmx_client, article, speaker):
    start = article.body.index("work would")
    response = post(
        htmx_client,
        f"/desk/articles/{article.pk}/add/",
        start=start,
        end=start + 23,
        kind="indirect",
        speaker=speaker.pk,
        in_article=article.pk,
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="quote-list">') and 'id="article-body"' in html
    added = Quote.objects.get(origin="editor")
    assert (added.text, added.speaker, added.status) == ("work would start in May", speaker, "corrected")
    assert f'id="quote-{added.pk}"' in html
    assert QuoteRevision.objects.get(quote=added).action == "create"


def test_adding_an_existing_span_shows_why(htmx_client, article, quote):
    response = post(htmx_client, f"/desk/articles/{article.pk}/add/", start=quote.start, end=quote.end, kind="direct")
    assert "already has a quote" in response.content.decode()
    assert Quote.objects.count() == 1


def test_undo_restores_the_quote_and_records_it(htmx_client, quote, other_speaker, speaker):
    post(htmx_client, f"/desk/quotes/{quote.pk}/speaker/", version=1, speaker=other_speaker.pk)
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/undo/", version=2)
    assert "Elena Petrova" in response.content.decode()
    quote.refresh_from_db()
    assert (quote.speaker, quote.status, quote.version) == (speaker, "auto", 3)
    actions = list(QuoteRevision.objects.filter(quote=quote).order_by("pk").values_list("action", "undone"))
    assert actions == [("change_speaker", True), ("undo", False)]


def test_undo_with_nothing_to_undo_says_so(htmx_client, quote):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/undo/", version=1)
    assert "no change to this quote" in response.content.decode()


def test_undoing_an_added_quote_removes_its_card(htmx_client, article):
    added = editing.add_quote(article, 1, 25, None, "direct", htmx_client_user(htmx_client))
    response = post(htmx_client, f"/desk/quotes/{added.pk}/undo/", version=1, in_article=article.pk)
    html = response.content.decode()
    assert f'id="quote-{added.pk}"' not in html and 'id="article-body"' in html
    assert not Quote.objects.filter(pk=added.pk).exists()


def htmx_client_user(client):
    from django.contrib.auth.models import User

    return User.objects.get(username="edna")


def test_confirm_all_in_an_article_and_undo_it_as_one(htmx_client, article, quote, second_quote):
    response = post(htmx_client, f"/desk/articles/{article.pk}/confirm-all/", in_article=article.pk)
    html = response.content.decode()
    assert "Confirmed 2 quotes." in html and "/desk/undo/" in html
    group = QuoteRevision.objects.values_list("group", flat=True).distinct().get()
    response = post(htmx_client, f"/desk/undo/{group}/", in_article=article.pk)
    assert "Undone for 2 quotes" in response.content.decode()
    assert set(Quote.objects.values_list("status", flat=True)) == {"auto"}


def test_bulk_confirm_of_the_filtered_queue_above_a_confidence(htmx_client, article, quote, second_quote):
    response = post(htmx_client, "/desk/bulk-confirm/", status="auto", article=article.pk, min_confidence=0.5)
    assert "Confirmed 1 quote." in response.content.decode()
    assert "queueChanged" in response["HX-Trigger"]
    quote.refresh_from_db()
    second_quote.refresh_from_db()
    assert (quote.status, second_quote.status) == ("confirmed", "auto")


def test_bulk_confirm_needs_a_confidence(htmx_client, quote):
    response = post(htmx_client, "/desk/bulk-confirm/", status="auto")
    assert 'class="error"' in response.content.decode()
    quote.refresh_from_db()
    assert quote.status == "auto"


def test_undo_of_one_quote_from_a_bulk_action_undoes_the_group(htmx_client, article, quote, second_quote):
    post(htmx_client, f"/desk/articles/{article.pk}/confirm-all/", in_article=article.pk)
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/undo/", version=2, in_article=article.pk)
    assert "Undone for 2 quotes" in response.content.decode()
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#quote-list", "outerHTML")
    assert set(Quote.objects.values_list("status", flat=True)) == {"auto"}


def test_without_javascript_an_edit_redirects_back(editor_client, quote):
    response = editor_client.post(f"/desk/quotes/{quote.pk}/confirm/", {"version": 1, "in_article": quote.article_id})
    assert response.status_code == 302 and response["Location"] == f"/desk/articles/{quote.article_id}/"


def test_an_edit_answers_in_a_bounded_number_of_queries(htmx_client, quote, django_assert_max_num_queries):
    # session, user, permissions (2); quote; update; reload; revision insert; count refresh (2);
    # the card: quote and its history (2), savepoints on PostgreSQL
    with django_assert_max_num_queries(16):
        post(htmx_client, f"/desk/quotes/{quote.pk}/confirm/", version=1)


def test_speaker_of_a_new_speaker_is_unknown_kind_by_default(htmx_client, quote):
    post(htmx_client, f"/desk/quotes/{quote.pk}/speaker/", version=1, new_speaker="Someone")
    assert Speaker.objects.get(name="Someone").kind == "unknown"


def test_undo_of_a_bulk_action_from_a_queue_card_answers_in_the_bulk_note(htmx_client, article, quote, second_quote):
    post(htmx_client, "/desk/bulk-confirm/", status="auto", min_confidence=0)
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/undo/", version=2)
    assert response.content.decode().lstrip().startswith('<div id="bulk-result"')
    assert response["HX-Retarget"] == "#bulk-result" and "queueChanged" in response["HX-Trigger"]
    assert set(Quote.objects.values_list("status", flat=True)) == {"auto"}


def test_another_editor_cannot_undo_my_bulk_action(htmx_client, article, quote, second_quote, editor):
    result = editing.confirm_article(article, editor)
    other = User.objects.create_user("otto")
    other.groups.add(Group.objects.get(name=EDITORS_GROUP))
    htmx_client.force_login(other)
    response = post(htmx_client, f"/desk/undo/{result.group}/", in_article=article.pk)
    assert "Only the editor who made that change" in response.content.decode()
    assert set(Quote.objects.values_list("status", flat=True)) == {"confirmed"}


def test_setting_the_kind_a_quote_already_has_writes_nothing(htmx_client, quote):
    response = post(htmx_client, f"/desk/quotes/{quote.pk}/kind/", version=1, kind=quote.kind)
    assert response.status_code == 200
    quote.refresh_from_db()
    assert (quote.status, quote.version) == ("auto", 1)
    assert not QuoteRevision.objects.exists()
