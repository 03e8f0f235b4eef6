from django.contrib import admin

from quotes.models import (
    Article,
    ImportBatch,
    ImportChunk,
    Quote,
    QuoteRevision,
    Source,
    Speaker,
    SpeakerAlias,
    SpeakerMerge,
)
from quotes.services.deletion import delete_articles, delete_quotes


class CountsAgainOnDelete:
    """Deleting here, one or a selection, goes through `services.deletion`: speakers and statements that counted the
    deleted quotes count again."""

    delete_rows = staticmethod(delete_quotes)

    def delete_model(self, request, obj) -> None:
        self.delete_rows(type(obj).objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset) -> None:
        self.delete_rows(queryset)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain"]
    search_fields = ["name", "domain"]


@admin.register(Article)
class ArticleAdmin(CountsAgainOnDelete, admin.ModelAdmin):
    delete_rows = staticmethod(delete_articles)
    list_display = ["title", "source", "published_at", "imported_at", "extractor_version"]
    list_filter = ["source", "extractor_version"]
    search_fields = ["title", "url"]
    date_hierarchy = "published_at"
    raw_id_fields = ["batch"]
    readonly_fields = ["content_hash", "imported_at"]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "quote_count", "description"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [SpeakerAliasInline]
    readonly_fields = ["quote_count"]
    raw_id_fields = ["merged_into"]


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "speaker"]
    search_fields = ["name", "speaker__name"]
    raw_id_fields = ["speaker"]


@admin.register(Quote)
class QuoteAdmin(CountsAgainOnDelete, admin.ModelAdmin):
    list_display = ["text", "speaker", "kind", "status", "confidence", "article"]
    list_filter = ["status", "kind", "origin", "extractor_version"]
    search_fields = ["text", "speaker__name"]
    raw_id_fields = ["article", "speaker"]
    list_select_related = ["speaker", "article"]


@admin.register(QuoteRevision)
class QuoteRevisionAdmin(admin.ModelAdmin):
    list_display = ["quote", "action", "user", "created_at"]
    list_filter = ["action"]
    raw_id_fields = ["quote"]


class ImportChunkInline(admin.TabularInline):
    model = ImportChunk
    fields = ["number", "status", "size", "attempts", "claimed_by", "claimed_at", "finished_at", "created", "duplicates", "failed"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["pk", "status", "created_at", "created", "duplicates", "failed", "quotes_found"]
    list_filter = ["status"]
    readonly_fields = ["errors", "files"]
    inlines = [ImportChunkInline]


@admin.register(SpeakerMerge)
class SpeakerMergeAdmin(admin.ModelAdmin):
    list_display = ["source", "target", "user", "created_at", "undone"]
    raw_id_fields = ["source", "target"]
