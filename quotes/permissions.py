"""Who may edit: members of the Editors group (granted these permissions) and staff."""

EDITORS_GROUP = "Editors"
EDITOR_PERMISSIONS = [
    "view_quote",
    "change_quote",
    "add_quote",
    "view_speaker",
    "change_speaker",
    "add_speaker",
    "add_speakeralias",
    "change_speakeralias",
    "view_article",
]


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_staff or user.has_perm("quotes.change_quote"))
