"""With DEBUG off, after `collectstatic` (as the README's deployment runs it), every stylesheet and script a page
names is served (WhiteNoise): the CSS, htmx and keys.js."""

import re
import subprocess
import sys

from tests.test_settings import ROOT, clean_env

SERVE = """
import django, os, re
os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings')
django.setup()
from django.contrib.auth.models import Group, User
from django.test import Client
client = Client()
editor = User.objects.create_user('e')
editor.groups.add(Group.objects.get(name='Editors'))
client.force_login(editor)
page = client.get('/desk/').content.decode()
for address in sorted(set(re.findall(r'(?:src|href)="(/static/[^"]+)"', page))):
    response = client.get(address)
    print(response.status_code, address, b''.join(response.streaming_content)[:1] != b'')
"""


def test_collectstatic_then_serving_with_debug_off_serves_every_asset(tmp_path):
    env = clean_env({"DEBUG": "0", "SECRET_KEY": "s3cret", "ALLOWED_HOSTS": "testserver",
                     "STATIC_ROOT": str(tmp_path / "static"), "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"})
    for command in (["collectstatic", "--noinput", "-v", "0"], ["migrate", "-v", "0"]):
        run = subprocess.run([sys.executable, "manage.py", *command], env=env, cwd=ROOT, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    served = subprocess.run([sys.executable, "-c", SERVE], env=env, cwd=ROOT, capture_output=True, text=True)
    assert served.returncode == 0, served.stderr
    lines = served.stdout.splitlines()
    names = " ".join(lines)
    assert "newsdesk.css" in names and re.search(r"htmx-2\.min\.js", names) and "desk/keys.js" in names
    assert all(line.startswith("200 ") and line.endswith(" True") for line in lines), lines


def test_without_collectstatic_the_assets_are_missing(tmp_path):
    env = clean_env({"DEBUG": "0", "SECRET_KEY": "s3cret", "ALLOWED_HOSTS": "testserver",
                     "STATIC_ROOT": str(tmp_path / "empty")})
    code = ("import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'newsdesk.settings'); django.setup();"
            "from django.test import Client; print(Client().get('/static/css/newsdesk.css').status_code)")
    run = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert run.stdout.strip() == "404", run.stderr  # why the deployment must run collectstatic
