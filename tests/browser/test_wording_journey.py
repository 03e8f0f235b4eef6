"""An editor opens "Wording differs" in real Chromium, marks a retyped version acceptable, and undoes it."""

from playwright.sync_api import Page, expect

from quotes.models import Quote
from tests.browser.test_desk_review import log_in
from tests.conftest import carried

FULL = "We will not close the ferry route this winter, and we will find the money to keep it running."
RETYPED = "We will not close the ferry route this winter, and we will find the funds to keep it running."


def test_an_editor_judges_a_retyped_version_and_undoes_it(live_server, page: Page, editor, speaker, transactional_db):
    carried("Wire", FULL, speaker, day=1)
    carried("Ledger", FULL, speaker, day=2)
    retyped = carried("Gazette", RETYPED, speaker, day=3)

    log_in(page, live_server, editor)
    page.click("text=Wording differs")
    expect(page.locator("h1")).to_have_text("Wording differs")
    row = page.locator(f"#version-{retyped.pk}")
    expect(row.locator("mark.changed")).to_have_text("funds")

    row.locator("button[value=acceptable]").click()
    expect(row.locator(".badge")).to_have_text("Acceptable difference")  # swapped in place by htmx
    expect(page).to_have_url(live_server.url + "/desk/wording/")
    assert Quote.objects.get(pk=retyped.pk).wording_verdict == "acceptable"

    row.locator("button", has_text="Undo").click()
    expect(row.locator("button[value=misquote]")).to_be_visible()
    assert Quote.objects.get(pk=retyped.pk).wording_verdict is None
