from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Recherche"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from taggit.models import Tag
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from commons.backup import backup_restored
        from commons.models import Audience, Equipment, PixCompetence, Theme

        from . import indexing, postings
        from .models import remember_during_requests

        remember_during_requests()

        # A restored backup holds no index (commons.backup leaves derived rows out).
        backup_restored.connect(
            lambda **kwargs: indexing.rebuild(), weak=False, dispatch_uid="search_restored"
        )
        # A site indexed before the word table existed gets its words when it migrates.
        post_migrate.connect(
            lambda using="default", **kwargs: using == "default" and indexing.fill_missing_words(),
            sender=self,
            weak=False,
            dispatch_uid="search_fill_missing_words",
        )
        # Words that became frequent since are stored at each migrate (each deployment)
        # as well as by a rebuild; publications only keep the stored ones current.
        post_migrate.connect(
            lambda using="default", **kwargs: using == "default" and postings.refill_stored(),
            sender=self,
            weak=False,
            dispatch_uid="search_refill_stored",
        )
        page_published.connect(indexing.on_published, dispatch_uid="search_index_published")
        page_unpublished.connect(indexing.on_unpublished, dispatch_uid="search_index_unpublished")
        post_delete.connect(indexing.on_deleted, dispatch_uid="search_index_deleted")
        # What cached counts, popular tags, facet labels and the vocabularies (loaded once
        # per version) depend on besides the index itself: a move can also put a resource
        # under a private section.
        post_page_move.connect(
            indexing.on_view_restriction_or_tag_changed, dispatch_uid="search_version_move"
        )
        for sender in (PageViewRestriction, Tag, Theme, Audience, PixCompetence, Equipment):
            for signal in (post_save, post_delete):
                signal.connect(
                    indexing.on_view_restriction_or_tag_changed,
                    sender=sender,
                    dispatch_uid=f"search_version_{sender.__name__}_{signal is post_save}",
                )
