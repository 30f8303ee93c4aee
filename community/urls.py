from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("contribuer/", views.contribute, name="contribute"),
    path("signaler/<int:page_id>/", views.report, name="report"),
    path("avis/<int:page_id>/", views.feedback, name="feedback"),
]
