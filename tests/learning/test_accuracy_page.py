URL = "/desk/accuracy/"


def test_it_sends_anonymous_users_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_refuses_a_reader(reader_client):
    assert reader_client.get(URL).status_code == 403


def test_it_shows_editors_the_figures(editor_client, reviewed_article):
    response = editor_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "0.750" in html  # precision and recall, 3 of 4
    assert "0.667" in html  # speaker accuracy, 2 of 3
    assert "By extractor version" in html and "<td>v2</td>" in html
    assert "<polyline" in html


def test_it_is_empty_but_fine_with_no_reviews(editor_client):
    response = editor_client.get(URL)
    assert response.status_code == 200
    assert "No reviewed quotes yet" in response.content.decode()


def test_staff_without_the_group_may_see_it(client, django_user_model):
    staff = django_user_model.objects.create_user("sam", is_staff=True)
    client.force_login(staff)
    assert client.get(URL).status_code == 200


def test_query_count_does_not_grow_with_reviews(editor_client, reviewed_article, django_assert_max_num_queries):
    # session, user, overall aggregate, five breakdowns
    with django_assert_max_num_queries(10):
        editor_client.get(URL)
