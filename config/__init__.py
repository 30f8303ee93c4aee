"""Project configuration: settings, root URLs and the WSGI entry point.

The shared domain of the commons lives in the ``commons`` app; feature apps plug
into it. Nothing outside this package imports from it (see ``.importlinter``).
"""
