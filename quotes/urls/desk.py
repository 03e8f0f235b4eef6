from django.urls import path

from quotes.views import desk, desk_speakers

urlpatterns = [
    path("", desk.queue, name="desk-queue"),
    path("bulk-confirm/", desk.bulk_confirm, name="desk-bulk-confirm"),
    path("undo/last/", desk.undo_last, name="desk-undo-last"),
    path("undo/<uuid:group>/", desk.undo_group, name="desk-undo-group"),
    path("articles/<int:pk>/", desk.article_view, name="desk-article"),
    path("articles/<int:pk>/add/", desk.add_quote, name="desk-add-quote"),
    path("articles/<int:pk>/confirm-all/", desk.confirm_article, name="desk-confirm-article"),
    path("quotes/<int:pk>/", desk.quote_view, name="desk-quote"),
    path("quotes/<int:pk>/confirm/", desk.confirm_quote, name="desk-confirm"),
    path("quotes/<int:pk>/reject/", desk.reject_quote, name="desk-reject"),
    path("quotes/<int:pk>/kind/", desk.change_kind, name="desk-kind"),
    path("quotes/<int:pk>/span/", desk.fix_span, name="desk-span"),
    path("quotes/<int:pk>/speaker/", desk.change_speaker, name="desk-speaker"),
    path("quotes/<int:pk>/undo/", desk.undo_quote, name="desk-undo"),
    path("speakers/", desk_speakers.speakers, name="desk-speakers"),
    path("speakers/<int:pk>/edit/", desk_speakers.edit_speaker, name="desk-speaker-edit"),
    path("speakers/<int:pk>/merge/", desk_speakers.merge_speaker, name="desk-speaker-merge"),
    path("merges/<int:pk>/undo/", desk_speakers.unmerge, name="desk-unmerge"),
]
