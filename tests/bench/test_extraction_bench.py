"""bench/extraction.py --texts reads a folder of articles and prints both throughputs and their ratio."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "bench/extraction.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_it_measures_the_articles_of_a_folder(tmp_path):
    (tmp_path / "nested").mkdir()
    (tmp_path / "a.txt").write_text("“We will rebuild the pier,” said Ana Ruiz.\r\n", encoding="utf-8")
    (tmp_path / "nested" / "b.txt").write_bytes("\ufeffTom Hale said the delay had cost him dearly.\n".encode())
    (tmp_path / "notes.md").write_text("not an article")
    result = bench("--texts", str(tmp_path), "--repeat", "1")
    assert result.returncode == 0, result.stderr
    assert f"corpus: 2 articles, 17 words, 2 quotes (files under {tmp_path})" in result.stdout
    assert "bare spaCy pipeline:" in result.stdout
    assert "ratio:" in result.stdout


def test_a_folder_without_articles_is_refused(tmp_path):
    result = bench("--texts", str(tmp_path))
    assert result.returncode != 0
    assert "no .txt files" in result.stderr
