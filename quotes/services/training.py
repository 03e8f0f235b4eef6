"""Editors' corrections as data: the reviewed set, exported for training and used to score the engine."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import spacy
from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from spacy.tokens import DocBin

from quotes import evaluation, extraction
from quotes.extraction import ExtractedQuote
from quotes.models import Article, Quote, SpeakerAlias
from quotes.services.imports import chunked
from quotes.services.pieces import merge_statements

SCHEMA_VERSION = 1


def reviewed_articles(since: datetime | None = None) -> QuerySet[Article]:
    """Articles an editor has gone through: some quote judged, none left waiting as automatic."""
    judged = Quote.objects.filter(article=OuterRef("pk")).exclude(
        status=Quote.Status.AUTO, origin=Quote.Origin.EXTRACTOR
    )
    if since is not None:
        judged = judged.filter(updated_at__gte=since)
    waiting = Quote.objects.filter(article=OuterRef("pk"), status=Quote.Status.AUTO)
    quotes = Quote.objects.select_related("speaker").prefetch_related(
        Prefetch("speaker__aliases", queryset=SpeakerAlias.objects.only("speaker_id", "name"))
    ).order_by("start")
    return (
        Article.objects.filter(Exists(judged))
        .exclude(Exists(waiting))
        .select_related("source")
        .prefetch_related(Prefetch("quotes", queryset=quotes))
        .order_by("pk")
    )


def training_record(article: Article) -> dict:
    """One article in the documented JSON Lines schema (README, "Training data")."""
    quotes, negatives = [], []
    for q in article.quotes.all():
        pieces = [{"start": s, "end": e, "text": t} for s, e, t in q.piece_texts()] if q.parts else []
        span = {"start": q.start, "end": q.end, "text": q.text, "parts": pieces}
        if q.status == Quote.Status.REJECTED:
            negatives.append({**span, "reason": q.reject_reason})
            continue
        quotes.append({
            **span,
            "kind": q.kind,
            "cue": q.cue,
            "speaker": q.speaker.name if q.speaker else None,
            "speaker_kind": q.speaker.kind if q.speaker else None,
            "speaker_mention": (
                {"start": q.mention_start, "end": q.mention_end, "text": q.speaker_mention}
                if q.mention_start is not None else None
            ),
            "status": q.status,
            "origin": q.origin,
        })
    return {
        "schema": SCHEMA_VERSION,
        "article_id": article.pk,
        "title": article.title,
        "source": article.source.name if article.source else None,
        "url": article.url,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "text": article.body,
        "quotes": quotes,
        "negatives": negatives,
    }


def write_jsonl(articles: QuerySet[Article], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for article in articles.iterator(chunk_size=200):
            out.write(json.dumps(training_record(article), ensure_ascii=False) + "\n")
            n += 1
    return n


def write_docbin(articles: QuerySet[Article], path: Path) -> int:
    """Quotes in `doc.spans["quotes"]` (label DIRECT/PARTIAL/INDIRECT), ready for a span categoriser;
    speaker mentions in `doc.spans["speakers"]`, rejected spans in `doc.spans["rejected"]`."""
    nlp = spacy.blank("en")
    docs = DocBin(store_user_data=True)
    n = 0
    for article in articles.iterator(chunk_size=200):
        record = training_record(article)
        doc = nlp.make_doc(record["text"])
        doc.spans["quotes"] = _spans(doc, [(*piece, q["kind"].upper()) for q in record["quotes"] for piece in _pieces(q)])
        mentions = [q["speaker_mention"] for q in record["quotes"] if q["speaker_mention"]]
        doc.spans["speakers"] = _spans(doc, [(m["start"], m["end"], "SPEAKER") for m in mentions])
        doc.spans["rejected"] = _spans(doc, [(*piece, "NOT_QUOTE") for q in record["negatives"] for piece in _pieces(q)])
        doc.user_data["newsdesk"] = {k: record[k] for k in ("article_id", "title", "source", "quotes", "negatives")}
        docs.add(doc)
        n += 1
    docs.to_disk(path)
    return n


def _pieces(quote: dict) -> list[tuple[int, int]]:
    """A quote's spans for training: one per piece (never the attribution between them)."""
    return [(p["start"], p["end"]) for p in quote["parts"]] or [(quote["start"], quote["end"])]


def _spans(doc, triples):
    spans = (doc.char_span(start, end, label=label, alignment_mode="expand") for start, end, label in triples)
    return [span for span in spans if span is not None]


def references(article: Article) -> list[evaluation.Reference]:
    return [
        evaluation.Reference(
            text=q.text,
            kind=q.kind,
            speakers=tuple({q.speaker.name, *(a.name for a in q.speaker.aliases.all())}) if q.speaker else (),
        )
        for q in article.quotes.all()
        if q.status != Quote.Status.REJECTED
    ]


def evaluate(articles: QuerySet[Article]) -> tuple[evaluation.Score, int]:
    """Run the current engine over reviewed articles, changing nothing, and score it against them."""
    score, n = evaluation.Score(), 0
    for chunk in chunked(articles.iterator(chunk_size=100), 32):
        found = extraction.extract_many([a.body for a in chunk], model_name=settings.NEWSDESK_SPACY_MODEL)
        for article, predicted in zip(chunk, found):
            score_article(article, predicted, into=score)
            n += 1
    return score, n


def score_article(article: Article, predicted: Sequence[ExtractedQuote], into: evaluation.Score) -> evaluation.Score:
    """Score the engine's records for one article against its reviewed quotes, like with like: the records of a
    statement in pieces merged into one prediction, as import stores them as one quote."""
    predictions = [evaluation.Prediction(s.text, s.kind, s.speaker) for s in merge_statements(predicted)]
    return evaluation.score_article(references(article), predictions, into=into)


def iter_records(articles: QuerySet[Article]) -> Iterator[dict]:
    for article in articles.iterator(chunk_size=200):
        yield training_record(article)
