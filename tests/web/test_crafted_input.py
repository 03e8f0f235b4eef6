"""Crafted values in any parameter of any view answer 4xx or are ignored: never a server error.

Every named address of the site is swept (a new view fails `test_every_view_is_swept` until it is listed here),
with each crafted value in each of its parameters, by the user the view serves.
"""

import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from quotes.models import Quote, SpeakerMerge
from tests.conftest import make_quote

CRAFTED = [
    "²",  # a digit to str.isdigit(), not to int()
    "9" * 23,  # an integer past 64 bits
    "-1",
    "9999-12-31",  # a date whose next day does not exist
    "0001-01-01",
    "1e400",
    "nan",
    "abc",
    "\x00",  # PostgreSQL refuses NUL in text
    "x" * 3000,
]
SEARCH = ["q", "who", "speaker", "date_from", "date_to", "source", "kind", "reviewed", "page", "per_page"]
QUEUE = ["status", "article", "source", "speaker", "kind", "date_from", "date_to", "after", "min_confidence"]
EDIT = ["version", "reason", "kind", "start", "end", "speaker", "new_speaker", "new_speaker_kind", "in_article", "next"]

# name: (who asks, method, path arguments, parameters)
VIEWS = {
    "home": ("anonymous", "get", {}, SEARCH),
    "reader-search": ("anonymous", "get", {}, SEARCH),
    "reader-quote": ("anonymous", "get", {"pk": "quote"}, ["page"]),
    "reader-speaker": ("anonymous", "get", {"slug": "slug"}, ["page"]),
    "api-index": ("anonymous", "get", {}, ["page"]),
    "api-quotes": ("anonymous", "get", {}, SEARCH),
    "api-export-csv": ("anonymous", "get", {}, SEARCH),
    "api-export-json": ("anonymous", "get", {}, SEARCH),
    "api-quote": ("anonymous", "get", {"pk": "quote"}, ["page"]),
    "api-speakers": ("anonymous", "get", {}, ["who", "page", "per_page"]),
    "api-speaker": ("anonymous", "get", {"slug": "slug"}, ["page"]),
    "api-articles": ("anonymous", "get", {}, ["source", "page", "per_page"]),
    "api-article": ("anonymous", "get", {"pk": "article"}, ["page"]),
    "desk-queue": ("editor", "get", {}, QUEUE),
    "desk-bulk-confirm": ("editor", "post", {}, QUEUE),
    "desk-undo-group": ("editor", "post", {"group": "group"}, ["in_article"]),
    "desk-article": ("editor", "get", {"pk": "article"}, ["quote"]),
    "desk-add-quote": ("editor", "post", {"pk": "article"}, EDIT),
    "desk-confirm-article": ("editor", "post", {"pk": "article"}, ["in_article", "next"]),
    "desk-quote": ("editor", "get", {"pk": "quote"}, ["page"]),
    "desk-confirm": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-reject": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-kind": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-span": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-speaker": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-undo": ("editor", "post", {"pk": "quote"}, EDIT),
    "desk-speakers": ("editor", "get", {}, ["q", "speaker", "create"]),
    "desk-speaker-edit": ("editor", "post", {"pk": "speaker"}, ["name", "kind", "description"]),
    "desk-speaker-merge": ("editor", "post", {"pk": "speaker"}, ["speaker"]),
    "desk-unmerge": ("editor", "post", {"pk": "merge"}, ["in_article"]),
    "desk-undo-last": ("editor", "post", {}, ["in_article", "next"]),
    "desk-accuracy": ("editor", "get", {}, ["page", "month"]),
    "desk-wording": ("editor", "get", {}, ["page", "judged"]),
    "desk-wording-judge": ("editor", "post", {"pk": "quote"}, ["version", "verdict"]),
    "desk-wording-undo": ("editor", "post", {"pk": "quote"}, ["version"]),
    "imports-list": ("staff", "get", {}, ["page"]),
    "imports-new": ("staff", "post", {}, ["source", "format"]),
    "imports-batch": ("staff", "get", {"pk": "batch"}, ["page"]),
    "imports-resume": ("staff", "post", {"pk": "batch"}, ["page"]),
    "login": ("anonymous", "post", {}, ["username", "password", "next"]),
}


def named_addresses() -> set[str]:
    names: set[str] = set()

    def walk(patterns, namespace: str = "") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace != "admin":
                    walk(pattern.url_patterns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(pattern.name)

    walk(get_resolver().url_patterns)
    return names


def test_every_view_is_swept():
    auth_views = {"logout", "password_change", "password_change_done", "password_reset", "password_reset_done",
                  "password_reset_confirm", "password_reset_complete"}  # Django's own, with Django's own forms
    assert named_addresses() - auth_views <= set(VIEWS)


@pytest.fixture
def cast(client, editor, article, quote, speaker, other_speaker, django_user_model):
    from quotes.models import ImportBatch

    added = make_quote(article, "work would start in May", kind="indirect", speaker=other_speaker)
    merge = SpeakerMerge.objects.create(source=other_speaker, target=speaker, user=editor)
    staff = django_user_model.objects.create_user("stan", is_staff=True, is_superuser=True)
    batch = ImportBatch.objects.create(created_by=staff)
    objects = {"quote": quote.pk, "article": article.pk, "speaker": speaker.pk, "slug": speaker.slug,
               "merge": merge.pk, "batch": batch.pk, "group": uuid.uuid4()}
    users = {"anonymous": None, "editor": editor, "staff": staff}
    return client, users, objects, added


def sweep(cast, names: list[str]) -> list[tuple]:
    from django.urls import reverse

    client, users, objects, _ = cast
    failures = []
    for name in sorted(set(names) & named_addresses()):
        who, method, path_args, params = VIEWS[name]
        client.logout()
        if users[who] is not None:
            client.force_login(users[who])
        url = reverse(name, kwargs={key: objects[value] for key, value in path_args.items()})
        for param in params:
            for n, value in enumerate(CRAFTED):
                headers = {"HX-Request": "true"} if n % 2 else {}  # both renderings, each with half the values
                response = getattr(client, method)(url, {param: value}, headers=headers)
                if response.status_code >= 500:
                    failures.append((name, param, value[:30], response.status_code))
    return failures


@pytest.mark.parametrize("group", ["reader", "api", "desk", "other"])
def test_crafted_values_never_give_a_server_error(cast, group):
    client = cast[0]
    client.raise_request_exception = False
    names = [name for name in VIEWS if name.startswith(group) or (group == "reader" and name == "home")
             or (group == "other" and not name.startswith(("reader", "api", "desk", "home")))]
    failures = sweep(cast, names)
    assert not failures, "\n".join(map(repr, failures))


HUGE = "9" * 23


@pytest.mark.parametrize(
    "address",
    [f"/quotes/{HUGE}/", f"/api/quotes/{HUGE}/", f"/api/articles/{HUGE}/", f"/desk/articles/{HUGE}/",
     f"/desk/quotes/{HUGE}/", f"/imports/{HUGE}/"],
)
def test_huge_ids_in_the_path_are_not_found(cast, address):
    client, users, _, _ = cast
    client.force_login(users["staff"])
    assert client.get(address).status_code == 404


def test_undoing_an_added_quote_with_a_bad_article_changes_nothing(editor_client, editor, article, speaker):
    from quotes.services import editing

    added = editing.add_quote(article, 0, 30, speaker, Quote.Kind.DIRECT, editor)
    response = editor_client.post(
        f"/desk/quotes/{added.pk}/undo/", {"version": added.version, "in_article": "abc"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 400
    assert Quote.objects.filter(pk=added.pk).exists()


@pytest.mark.parametrize("value", ["abc", "²", HUGE])
def test_a_bad_article_on_confirm_is_refused_before_writing(editor_client, quote, value):
    response = editor_client.post(
        f"/desk/quotes/{quote.pk}/confirm/", {"version": quote.version, "in_article": value}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 400
    quote.refresh_from_db()
    assert quote.status == Quote.Status.AUTO
