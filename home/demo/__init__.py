"""Demonstration content of Communs, loaded by ``manage.py load_demo_content``.

``authors.py``, ``sheets.py``, ``recipes.py`` and ``workshops.py`` hold plain data;
``loader.py`` validates and loads it; ``media.py`` generates images and PDF files.
"""
