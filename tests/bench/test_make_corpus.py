"""bench/make_corpus.py makes the archive it promises; run small, in its own database file."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_makes_a_skewed_consistent_archive(tmp_path):
    db = tmp_path / "corpus.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DEBUG": "1"}
    args = ["--articles", "600", "--quotes", "6000", "--speakers", "300"]
    result = subprocess.run([sys.executable, "bench/make_corpus.py", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "made 600 articles" in result.stdout

    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT COUNT(*) FROM quotes_article") == 600
    assert 5000 < one("SELECT COUNT(*) FROM quotes_quote") < 7000
    assert one("SELECT COUNT(*) FROM quotes_speaker") == 300
    assert one("SELECT COUNT(*) FROM quotes_speakeralias") > 300  # names plus surnames and titled forms
    # every alias is in the word index that the speaker search reads
    assert one(
        "SELECT COUNT(*) FROM quotes_speakeralias a WHERE NOT EXISTS (SELECT 1 FROM quotes_speakerword w "
        "WHERE w.speaker_id = a.speaker_id AND w.words = substr(a.name_key, 1, 60))"
    ) == 0
    # every quote points into its article
    assert one(
        "SELECT COUNT(*) FROM quotes_quote q JOIN quotes_article a ON a.id = q.article_id "
        "WHERE substr(a.body, q.start + 1, q.\"end\" - q.start) <> q.text"
    ) == 0
    # skewed like news: the top 1% of speakers carry far more than 1% of the quotes
    counts = [row[0] for row in con.execute("SELECT quote_count FROM quotes_speaker ORDER BY quote_count DESC")]
    assert sum(counts[:3]) > 0.2 * sum(counts)
    assert sum(1 for c in counts if c <= 5) > len(counts) / 3
    # ten years of dates, some quotes reviewed and a few rejected
    span_days = one("SELECT julianday(MAX(published_at)) - julianday(MIN(published_at)) FROM quotes_article")
    assert span_days > 8 * 365
    statuses = dict(con.execute("SELECT status, COUNT(*) FROM quotes_quote GROUP BY status").fetchall())
    assert statuses["auto"] > statuses["confirmed"] > statuses["rejected"] > 0
