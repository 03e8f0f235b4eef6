import pytest

from quotes.models import Article, Quote, QuoteRevision, Source, Speaker
from tests.conftest import make_quote

BODY = (
    "“We will win,” said Ana Ruiz. Ruiz said the vote was close. “Nonsense,” Tom Hale said. "
    "The so-called “golden hour” ended. Hale added that he would appeal. Lee said it was over."
)


@pytest.fixture
def reviewed_article(db, editor) -> Article:
    """One of each outcome: confirmed, corrected (speaker changed), corrected (span only), rejected, added, waiting."""
    source = Source.objects.create(name="Wire")
    article = Article.objects.create(source=source, title="Vote", body=BODY, content_hash="r" * 64)
    ana = Speaker.objects.create(name="Ana Ruiz", kind="person")
    tom = Speaker.objects.create(name="Tom Hale", kind="person")
    make_quote(article, "We will win", speaker=ana, cue="said", status="confirmed", extractor_version="v1")
    changed = make_quote(article, "the vote was close", kind="indirect", speaker=ana, cue="said",
                         status="corrected", extractor_version="v1")
    QuoteRevision.objects.create(quote=changed, user=editor, action="change_speaker",
                                 before={"speaker": tom.pk}, after={"speaker": ana.pk})
    respanned = make_quote(article, "Nonsense", speaker=tom, cue="said", status="corrected", extractor_version="v2")
    QuoteRevision.objects.create(quote=respanned, user=editor, action="fix_span", before={"end": 5}, after={"end": 8})
    make_quote(article, "golden hour", status="rejected", reject_reason="scare_quote", extractor_version="v2")
    make_quote(article, "he would appeal", kind="indirect", speaker=tom, cue="added", status="confirmed",
               origin=Quote.Origin.EDITOR)
    return article
