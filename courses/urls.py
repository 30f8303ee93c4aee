"""« Ma sélection »: /selection/ and its forms and exports."""

from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.selection, name="selection"),
    path("ajouter/", views.add, name="selection_add"),
    path("retirer/", views.remove, name="selection_remove"),
    path("deplacer/", views.move, name="selection_move"),
    path("vider/", views.clear, name="selection_clear"),
    path("enregistrer/", views.save_as_course, name="selection_save"),
    path("livret/", views.booklet_html, name="selection_booklet"),
    path("livret.pdf", views.booklet_pdf, name="selection_booklet_pdf"),
    path("supports.zip", views.archive, name="selection_archive"),
]
