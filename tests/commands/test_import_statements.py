"""Import groups the copies of one statement: the demo's minister carried by three outlets, stable on re-runs."""

from io import StringIO

import pytest
from django.core.management import call_command

from quotes.models import Article, Quote, Statement, StatementKey
from quotes.services.reattribution import reattribute
from tests.conftest import DEMO

pytestmark = pytest.mark.slow


def grouping() -> set[frozenset[tuple[str, str, str | None]]]:
    """Each statement as the set of its versions (source, text, wording): comparable across re-imports."""
    groups: dict[int, set] = {}
    for statement_id, source, text, label in Quote.objects.filter(statement__isnull=False).values_list(
        "statement_id", "source__name", "text", "wording"
    ):
        groups.setdefault(statement_id, set()).add((source, text, label))
    return {frozenset(versions) for versions in groups.values()}


def test_the_demo_statement_is_one_statement_carried_by_three_outlets(db):
    call_command("import_articles", str(DEMO), stdout=StringIO(), stderr=StringIO())
    whitfield = Statement.objects.get(speaker__name="Sarah Whitfield")
    versions = {q.source.name: q.wording for q in Quote.objects.filter(statement=whitfield).select_related("source")}
    assert versions == {"Northern Health Review": "same", "The Capital Ledger": "trimmed", "Midland Wire": "trimmed"}
    assert whitfield.outlets == 3
    # her other statements and other speakers' quotes stay alone
    assert not Quote.objects.filter(statement=whitfield, text__contains="September").exists()
    assert Quote.objects.filter(statement__isnull=True).count() > 100


def test_importing_again_or_reattributing_changes_no_statement(db):
    call_command("import_articles", str(DEMO), stdout=StringIO(), stderr=StringIO())
    before, keys = grouping(), StatementKey.objects.count()
    assert before
    call_command("import_articles", str(DEMO), stdout=StringIO(), stderr=StringIO())
    assert grouping() == before and StatementKey.objects.count() == keys
    reattribute(Article.objects.order_by("pk"))
    assert grouping() == before and StatementKey.objects.count() == keys
    assert Statement.objects.count() == len(before)  # none left behind empty


def test_quotes_imported_with_grouping_off_are_grouped_later_alike(db, settings):
    call_command("import_articles", str(DEMO), stdout=StringIO(), stderr=StringIO())
    grouped_on_import = grouping()
    Article.objects.all().delete()
    Statement.objects.all().delete()
    settings.NEWSDESK_GROUP_STATEMENTS = False
    call_command("import_articles", str(DEMO), stdout=StringIO(), stderr=StringIO())
    assert not Statement.objects.exists() and not StatementKey.objects.exists()
    out = StringIO()
    call_command("group_statements", stdout=out)
    assert grouping() == grouped_on_import
    assert f"{len(grouped_on_import)} statements" in out.getvalue()
