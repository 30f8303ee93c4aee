"""The demonstration site of Communs, loaded by ``manage.py load_demo_content``.

``content/`` holds the resources, authors, images and documents in the exchange
format (docs/import-format.md); ``loader.py`` sets up what is not content.
"""
