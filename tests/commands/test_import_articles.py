"""`manage.py import_articles` end to end: real files, the real extractor, the real database."""

import json
import signal
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from quotes.models import Article, ImportBatch, Quote, Source, Speaker, SpeakerAlias
from tests.commands.conftest import finish_or_dump, manage
from tests.conftest import DEMO, FIXTURES, quote_indexes_with_statistics

pytestmark = pytest.mark.slow
DEMO_ARTICLES = len(list(DEMO.glob("*.txt")))  # make run imports them all


def run(*args, verbosity=1):
    out, err = StringIO(), StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=err, verbosity=verbosity)
    return out.getvalue(), err.getvalue()


def test_the_demo_folder_imports_articles_quotes_and_speakers(db):
    out, _ = run(DEMO, "--source", "Newsdesk demo")
    assert f"Imported {DEMO_ARTICLES} of {DEMO_ARTICLES} articles; 0 duplicates, 0 failed" in out
    assert "articles/s" in out and "words/s" in out
    assert Article.objects.count() == DEMO_ARTICLES >= 30
    # the site line names the publication; --source is only for records that carry none
    assert set(Source.objects.values_list("name", flat=True)) == {
        "Eastfield Evening News", "The Harbour Gazette", "Coastal Courier", "Northern Health Review",
        "Odisha News Insight", "The Capital Ledger", "Midland Wire", "Riverside Post",
    }
    # one statement carried by several outlets: the speaker page gathers it from each
    whitfield = Speaker.objects.get(name="Sarah Whitfield")
    carried = whitfield.quotes.filter(text__contains="training more nurses").values_list("source__name", flat=True)
    assert len(set(carried)) >= 3
    assert not Article.objects.filter(published_at__isnull=True).exists()  # every demo dateline names its day
    ferry = Article.objects.get(title__startswith="Ferry operator cuts")
    assert ferry.dateline == "Kessport, Nov 3" and ferry.batch.status == ImportBatch.Status.DONE
    carter = Speaker.objects.get(name="Ash Carter")  # "Carter" and "he" in the seed article resolve to him
    assert carter.quotes.count() >= 5 and SpeakerAlias.objects.filter(speaker=carter, name="Carter").exists()
    okafor = Speaker.objects.get(name="Marion Okafor")
    assert okafor.quotes.filter(article=ferry).exists()
    assert all(q.span_matches(q.article.body) for q in Quote.objects.select_related("article"))
    assert SpeakerAlias.objects.filter(speaker=okafor, name="Marion Okafor").exists()
    for speaker in Speaker.objects.all():  # counts kept by increments match a recount
        assert speaker.quote_count == speaker.quotes.count()


def test_running_the_same_import_again_changes_nothing(db):
    run(DEMO)
    snapshot = (Article.objects.count(), Quote.objects.count(), Speaker.objects.count(), SpeakerAlias.objects.count())
    out, _ = run(DEMO)
    assert f"Imported 0 of {DEMO_ARTICLES} articles; {DEMO_ARTICLES} duplicates, 0 failed" in out
    assert snapshot == (Article.objects.count(), Quote.objects.count(), Speaker.objects.count(), SpeakerAlias.objects.count())


def test_same_url_or_same_text_is_a_duplicate(db, tmp_path):
    rows = [
        {"title": "A", "body": "The pier will reopen, said Mayor Ann Cole.", "url": "https://x.example/a"},
        {"title": "A again", "body": "Different words, same page.", "url": "https://x.example/a"},
        {"title": "B", "body": "THE PIER  will reopen, said Mayor Ann Cole."},  # same words, other case/spacing
        {"title": "C", "body": "Tolls will rise, said the bridge trust."},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    out, _ = run(tmp_path)
    assert "Imported 2 of 4 articles; 2 duplicates, 0 failed" in out
    assert sorted(Article.objects.values_list("title", flat=True)) == ["A", "C"]


def test_bad_records_are_reported_with_their_place_and_the_rest_lands(db):
    with pytest.raises(CommandError) as failed:
        run(FIXTURES / "jsonl" / "wire.jsonl", FIXTURES / "archives" / "with-corrupt-member.zip", FIXTURES / "empty.txt")
    assert failed.value.returncode == 2
    assert Article.objects.filter(url="https://wire.example/library-hours").exists()  # after the broken line
    assert Article.objects.filter(title="Lifeboat crew praised after night rescue").exists()  # beside the corrupt member
    batch = ImportBatch.objects.get()
    reasons = {e["location"].replace(f"{FIXTURES}/", ""): e["reason"] for e in batch.errors}
    assert reasons["jsonl/wire.jsonl:3"].startswith("invalid JSON")
    assert reasons["archives/with-corrupt-member.zip!2024/corrupt.txt"].startswith("corrupt archive member")
    assert reasons["empty.txt"] == "empty file"
    assert (batch.created, batch.failed) == (6, 7)  # 3 JSONL, 1 text, 2 feed entries


def test_failures_are_listed_on_stderr_and_counted_in_the_summary(db):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="4 records failed"):
        call_command("import_articles", str(FIXTURES / "jsonl" / "wire.jsonl"), stdout=out, stderr=err)
    assert "skipped" in err.getvalue() and "wire.jsonl:4: missing body" in err.getvalue()
    assert "Imported 3 of 7 articles; 0 duplicates, 4 failed" in out.getvalue()


def test_every_fixture_format_imports(db):
    with pytest.raises(CommandError):
        run(FIXTURES)
    titles = set(Article.objects.values_list("title", flat=True))
    for title in (
        "Pier to be rebuilt after storm",  # html
        "Tram fares frozen",  # jsonl
        "Harbour festival returns",  # json
        "Bus station to get new roof",  # csv
        "Ferry & bus timetables to be joined up",  # rss
        "Chess champion named young person of the year",  # atom
        "Harbour dredging to start in spring",  # windows-1252 text
        "Caf\u00e9 owners fear \u00a3 rise in rents",  # utf-16 / utf-8-bom text: one article, two duplicates
    ):
        assert title in titles
    assert Article.objects.filter(title="Caf\u00e9 owners fear \u00a3 rise in rents").count() == 1


def test_missing_path_is_a_usage_error(db):
    with pytest.raises(CommandError, match="no such file or directory"):
        run(FIXTURES / "nope.txt")


def test_progress_lines_when_not_on_a_terminal(db, tmp_path, monkeypatch):
    monkeypatch.setattr("quotes.management.commands.import_articles.LOG_EVERY_S", 0)
    out, _ = run(DEMO, "--chunk-size", "2")
    assert f"imported 2/{DEMO_ARTICLES} articles ({200 / DEMO_ARTICLES:.0f}%)" in out and "articles/s" in out


def test_quiet_shows_only_the_summary(db):
    out, _ = run(DEMO, verbosity=0)
    assert out.count("\n") == 1 and out.startswith(f"Imported {DEMO_ARTICLES} of {DEMO_ARTICLES}")


def test_workers_share_the_import_in_processes(transactional_db, tmp_path):
    for n in range(12):
        (tmp_path / f"story-{n:02}.txt").write_text(
            f"Town news\n\nStory {n}\n\nPORTHAVEN, May {n + 1}: \u201cWe will mend road {n},\u201d said engineer Ann Cole.\n"
        )
    out, _ = run(tmp_path, "--workers", "3", "--chunk-size", "2")
    assert "Imported 12 of 12 articles; 0 duplicates, 0 failed" in out
    assert Article.objects.count() == 12
    cole = Speaker.objects.get(name="Ann Cole")
    assert cole.quote_count == cole.quotes.count() == 12  # increments from three processes add up


def write_many(folder, n):
    for i in range(n):
        (folder / f"{i:04}.txt").write_text(
            f"Daily news\n\nStory number {i}\n\nLEEDHAM, June 3: \u201cItem {i} is on the agenda,\u201d said councillor "
            f"Ruth Amos. The meeting starts at {i % 12 + 1} o'clock.\n"
        )


def wait_for_articles(n, process, timeout=90):
    deadline = time.monotonic() + timeout
    while Article.objects.count() < n:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the import never started"
        time.sleep(0.05)


def assert_whole_articles():
    """Each article stored has its one quote and the speaker count agrees: nothing half-imported."""
    counts = dict(Article.objects.values_list("pk", "quotes__pk"))
    assert None not in counts.values()
    amos = Speaker.objects.get(name="Ruth Amos")
    assert amos.quote_count == Quote.objects.filter(speaker=amos).count() == Article.objects.count()


def test_a_killed_import_leaves_whole_articles_and_a_rerun_adds_the_rest(transactional_db, tmp_path):
    write_many(tmp_path, 300)
    process = manage("import_articles", str(tmp_path), "--chunk-size", "4")
    wait_for_articles(5, process)
    process.kill()  # SIGKILL: no handler runs, the open transaction just dies
    process.communicate(timeout=30)
    stored = Article.objects.count()
    assert 5 <= stored < 300
    assert_whole_articles()
    out, _ = run(tmp_path)
    assert f"Imported {300 - stored} of 300 articles; {stored} duplicates, 0 failed" in out
    assert Article.objects.count() == 300
    assert_whole_articles()


def test_ctrl_c_stops_with_a_summary_and_a_rerun_completes(transactional_db, tmp_path):
    write_many(tmp_path, 300)
    process = manage("import_articles", str(tmp_path), "--chunk-size", "4")
    wait_for_articles(5, process)
    process.send_signal(signal.SIGINT)
    out, err = finish_or_dump(process, timeout=60)
    assert process.returncode == 130, err
    assert "Interrupted after importing" in out and "run the same command again" in err
    assert ImportBatch.objects.get().status == ImportBatch.Status.FAILED
    assert_whole_articles()
    run(tmp_path)
    assert Article.objects.count() == 300


def test_ctrl_c_pressed_again_and_again_still_stops_with_whole_articles(transactional_db, tmp_path):
    write_many(tmp_path, 300)
    process = manage("import_articles", str(tmp_path), "--chunk-size", "4")
    wait_for_articles(5, process)
    for _ in range(6):
        process.send_signal(signal.SIGINT)
        time.sleep(0.05)
    finish_or_dump(process, timeout=60)
    assert process.returncode != 0
    assert_whole_articles()
    run(tmp_path)
    assert Article.objects.count() == 300
    assert_whole_articles()


def test_an_import_leaves_sqlite_the_statistics_its_planner_needs(sqlite_without_statistics):
    run(DEMO, "--source", "Newsdesk demo")
    indexes = quote_indexes_with_statistics()
    assert {"quote_speaker_all_idx", "quote_confidence_idx", "quote_speaker_queue_idx"} <= indexes
