"""A small library of public and hidden quotes for the reader's pages, the API and the exports."""

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from quotes.models import Article, Quote, Source, Speaker, SpeakerAlias
from quotes.services.speakers import refresh_quote_counts
from tests.conftest import make_quote

WIRE_BODY = (
    "Defence chiefs met in Brussels on Monday.\n"
    "“We will not stand by while the ceasefire collapses,” said Ash Carter. "
    "Carter added that talks were holding.\n"
    "The Pentagon said it had no comment on the strikes."
)
GAZETTE_BODY = (
    "Moscow answered within hours.\n"
    "Sergei Lavrov said the talks would continue in Geneva. "
    "Carter called the plan “a hollow promise” and said “the ceasefire must hold.”"
)
UNDATED_BODY = "Jimmy Carter said “peace is possible” at the library."


@dataclass
class Library:
    wire: Source
    gazette: Source
    ash: Speaker
    pentagon: Speaker
    lavrov: Speaker
    jimmy: Speaker
    wire_article: Article
    gazette_article: Article
    undated_article: Article
    stand_by: Quote  # automatic, confident: public
    no_comment: Quote  # corrected by an editor: public
    hollow: Quote  # confirmed, partial: public
    must_hold: Quote  # automatic below the threshold: hidden
    talks_holding: Quote  # rejected: hidden
    talks_continue: Quote  # automatic, confident, reported speech: public
    peace: Quote  # automatic, confident, undated article without a source: public

    @property
    def public(self) -> list[Quote]:
        return [self.stand_by, self.no_comment, self.hollow, self.talks_continue, self.peace]

    @property
    def hidden(self) -> list[Quote]:
        return [self.must_hold, self.talks_holding]


def speaker_with_aliases(name: str, kind: str, *aliases: str, quote_count: int = 0, **fields) -> Speaker:
    speaker = Speaker.objects.create(name=name, kind=kind, quote_count=quote_count, **fields)
    for alias in (name, *aliases):
        SpeakerAlias.objects.create(speaker=speaker, name=alias)
    return speaker


@pytest.fixture
def library(db) -> Library:
    return build_library()


def build_library() -> Library:
    wire = Source.objects.create(name="Wire Service", domain="wire.example")
    gazette = Source.objects.create(name="Evening Gazette", domain="gazette.example")
    person, organisation = Speaker.Kind.PERSON, Speaker.Kind.ORGANISATION
    ash = speaker_with_aliases(
        "Ash Carter", person, "Carter", "Secretary Carter", quote_count=3, description="US Secretary of Defense"
    )
    pentagon = speaker_with_aliases("Department of Defense", organisation, "Pentagon", "The Pentagon", quote_count=1)
    lavrov = speaker_with_aliases("Sergei Lavrov", person, "Lavrov", quote_count=1)
    jimmy = speaker_with_aliases("Jimmy Carter", person, quote_count=1)
    wire_article = Article.objects.create(
        source=wire,
        title="Carter warns on ceasefire",
        body=WIRE_BODY,
        content_hash="w" * 64,
        url="https://wire.example/carter",
        published_at=datetime(2016, 3, 1, 9, 0, tzinfo=UTC),
    )
    gazette_article = Article.objects.create(
        source=gazette,
        title="Moscow answers",
        body=GAZETTE_BODY,
        content_hash="g" * 64,
        url="https://gazette.example/moscow",
        published_at=datetime(2016, 5, 10, 18, 30, tzinfo=UTC),
    )
    undated_article = Article.objects.create(title="Library talk", body=UNDATED_BODY, content_hash="u" * 64)
    partial, indirect = Quote.Kind.PARTIAL, Quote.Kind.INDIRECT
    library = Library(
        wire=wire,
        gazette=gazette,
        ash=ash,
        pentagon=pentagon,
        lavrov=lavrov,
        jimmy=jimmy,
        wire_article=wire_article,
        gazette_article=gazette_article,
        undated_article=undated_article,
        stand_by=make_quote(
            wire_article,
            "We will not stand by while the ceasefire collapses",
            speaker=ash,
            confidence=0.92,
            cue="said",
            speaker_mention="Ash Carter",
        ),
        no_comment=make_quote(
            wire_article,
            "it had no comment on the strikes",
            speaker=pentagon,
            kind=indirect,
            status=Quote.Status.CORRECTED,
            speaker_mention="The Pentagon",
        ),
        talks_holding=make_quote(
            wire_article,
            "talks were holding",
            speaker=ash,
            kind=indirect,
            status=Quote.Status.REJECTED,
            reject_reason=Quote.RejectReason.NOT_SPEECH,
        ),
        talks_continue=make_quote(
            gazette_article, "the talks would continue in Geneva", speaker=lavrov, kind=indirect, confidence=0.7
        ),
        hollow=make_quote(
            gazette_article,
            "a hollow promise",
            speaker=ash,
            kind=partial,
            status=Quote.Status.CONFIRMED,
            speaker_mention="Carter",
        ),
        must_hold=make_quote(gazette_article, "the ceasefire must hold.", speaker=ash, confidence=0.3),
        peace=make_quote(undated_article, "peace is possible", speaker=jimmy, confidence=0.8),
    )
    speakers = [ash, pentagon, lavrov, jimmy]
    refresh_quote_counts(speaker.pk for speaker in speakers)  # as imports and edits keep them
    for speaker in speakers:
        speaker.refresh_from_db()
    return library


def many_quotes(article: Article, speaker: Speaker | None, n: int) -> list[Quote]:
    """`n` public quotes, one per sentence appended to the article's body."""
    sentences = [f"Sentence number {i} about the harbour." for i in range(n)]
    offset = len(article.body) + 1
    article.body = article.body + "\n" + " ".join(sentences)
    article.save(update_fields=["body"])
    quotes = []
    for sentence in sentences:
        quotes.append(
            Quote(
                article=article,
                text=sentence,
                start=offset,
                end=offset + len(sentence),
                kind=Quote.Kind.DIRECT,
                confidence=0.9,
                speaker=speaker,
            )
        )
        offset += len(sentence) + 1
    return Quote.objects.bulk_create(quotes)
