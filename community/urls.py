from django.urls import path

import commons.ids  # noqa: F401  (registers the <id:…> converter)

from . import views

app_name = "community"

urlpatterns = [
    path("contribuer/", views.contribute, name="contribute"),
    path("signaler/<id:page_id>/", views.report, name="report"),
    path("avis/<id:page_id>/", views.feedback, name="feedback"),
]
