"""Site search (first version: French full text over every resource type)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from practices.models import ResourcePage


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = ResourcePage.objects.none()
    if query:
        results = ResourcePage.objects.live().public().search(query)
    paginator = Paginator(results, 12)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(max(paginator.num_pages, 1))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "page_obj": page_obj}
    )
