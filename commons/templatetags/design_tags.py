"""Template helpers of the design: how long lists fold (facets), and nothing else."""

from django import template

register = template.Library()

# A facet shows this many options, then a « voir plus » disclosure with the rest.
FACET_VISIBLE_OPTIONS = 6


@register.simple_tag
def fold_options(options, visible=FACET_VISIBLE_OPTIONS):
    """Split ``options`` into those shown and those folded behind « voir plus ».

    Returns a dict: ``shown``, ``folded`` and ``open`` (a folded option is selected, so the
    disclosure starts open and the visitor sees every filter that applies).
    """
    options = list(options)
    # Below one extra row folding saves nothing: show them all.
    if len(options) <= visible + 1:
        return {"shown": options, "folded": [], "open": False}
    folded = options[visible:]
    return {
        "shown": options[:visible],
        "folded": folded,
        "open": any(getattr(option, "selected", False) for option in folded),
    }
