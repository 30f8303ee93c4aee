"""HTTP responses of the three exports, shared by courses and selections."""

from django.http import FileResponse, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from .pdf import PDFUnavailable
from .pdf_limits import PDFRefused


def booklet_html_response(booklet):
    """The printable booklet."""
    return HttpResponse(booklet.render_html())


def booklet_pdf_response(booklet):
    """The booklet as a PDF download, or a French explanation (503) without WeasyPrint."""
    try:
        pdf = booklet.render_pdf()
    except PDFUnavailable as exc:
        return TemplateResponse(
            booklet.request,
            "courses/pdf_unavailable.html",
            {"booklet": booklet, "reason": str(exc)},
            status=503,
        )
    except PDFRefused as refused:
        return pdf_refused_response(booklet, refused)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{booklet.filename_base}-livret.pdf"'
    # Binary: kept out of the public page cache, which stores HTML (PDFs have their own cache).
    patch_cache_control(response, private=True)
    return response


def pdf_refused_response(booklet, refused):
    """The French page of a PDF render refused to bound the work, pointing to the
    printable booklet (422, 429 or 503, with Retry-After when waiting helps)."""
    response = TemplateResponse(
        booklet.request,
        "courses/pdf_refused.html",
        {"booklet": booklet, "refused": refused},
        status=refused.status,
    )
    if refused.retry_after:
        response["Retry-After"] = str(refused.retry_after)
    return response


def archive_response(booklet):
    """Every attached document and CREDITS.md, as a ZIP download."""
    return FileResponse(
        booklet.archive_file(),
        as_attachment=True,
        filename=f"{booklet.filename_base}-supports.zip",
        content_type="application/zip",
    )
