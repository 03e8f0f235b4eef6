"""Failed logins are throttled per account and per address, on the site's and the admin's login page."""

import pytest
from django.contrib.auth.models import User

GOOD = "correct horse battery"


@pytest.fixture
def staff(db) -> User:
    return User.objects.create_user("stella", password=GOOD, is_staff=True, is_superuser=True)


def log_in(client, page: str, username: str, password: str, address: str = "203.0.113.7"):
    return client.post(page, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("page", ["/accounts/login/", "/admin/login/"])
def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, staff, page):
    for _ in range(5):
        assert log_in(client, page, "stella", "wrong").status_code == 200
    refused = log_in(client, page, "stella", GOOD)
    assert refused.status_code == 200 and "_auth_user_id" not in client.session
    assert "Too many failed logins" in refused.content.decode()
    # from another address too: the account itself is locked
    assert "Too many failed logins" in log_in(client, page, "stella", GOOD, address="198.51.100.9").content.decode()


def test_one_address_trying_many_accounts_is_refused(client, staff, settings):
    for n in range(settings.NEWSDESK_LOGIN_FAILURES_PER_ADDRESS):
        log_in(client, "/accounts/login/", f"guess{n}", "wrong")
    assert "Too many failed logins" in log_in(client, "/accounts/login/", "stella", GOOD).content.decode()
    assert log_in(client, "/accounts/login/", "stella", GOOD, address="198.51.100.9").status_code == 302


def test_a_few_mistakes_then_the_right_password_logs_in_and_starts_afresh(client, staff):
    for _ in range(4):
        log_in(client, "/accounts/login/", "stella", "wrong")
    assert log_in(client, "/accounts/login/", "stella", GOOD).status_code == 302
    client.logout()
    for _ in range(4):
        log_in(client, "/accounts/login/", "stella", "wrong", address="198.51.100.9")
    assert log_in(client, "/accounts/login/", "stella", GOOD).status_code == 302

