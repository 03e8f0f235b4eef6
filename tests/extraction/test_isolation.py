import subprocess
import sys


def test_extraction_never_imports_django():
    code = (
        "import sys, quotes.extraction, quotes.extraction.pipeline, quotes.extraction.__main__;"
        "from quotes.extraction import load_pipeline; load_pipeline();"
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if m.startswith('django'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
