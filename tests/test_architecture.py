"""The apps depend on each other one way only (issue #14).

The layering contract lives in ``.importlinter`` and runs in ``make lint``; these tests
run it too, so that it cannot be dropped or bypassed unnoticed.
"""

import ast
import configparser
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"


def own_apps():
    """The top-level packages of the project: every folder with an ``apps.py``, and config."""
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    return apps | {"config"}


def own_modules():
    for app in sorted(own_apps()):
        yield from (ROOT / app).rglob("*.py")


def test_the_layering_contract_is_kept():
    assert lint_imports(config_filename=str(CONFIG), no_cache=True, no_logo=True) == 0


def test_every_app_is_under_the_contract():
    config = configparser.ConfigParser()
    config.read(CONFIG)
    root_packages = set(config["importlinter"]["root_packages"].split())
    assert root_packages == own_apps()
    layers = config["importlinter:contract:layers"]["layers"]
    layered = {app.strip() for line in layers.split() for app in line.split("|")} - {""}
    assert layered == own_apps()
    # Imports of third-party packages are not the contract's business; leaving them in
    # would hide nothing, but the contract must read every import inside functions too,
    # which import-linter always does.
    assert config["importlinter"]["include_external_packages"] == "False"


def _catches_import_error(handler):
    names = []
    if isinstance(handler.type, ast.Tuple):
        names = [getattr(element, "id", "") for element in handler.type.elts]
    elif handler.type is not None:
        names = [getattr(handler.type, "id", "")]
    return bool({"ImportError", "ModuleNotFoundError"} & set(names))


def _imported_roots(statements):
    for node in statements:
        for child in ast.walk(node):
            if isinstance(child, ast.Import):
                yield from (alias.name.split(".")[0] for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                yield child.module.split(".")[0]


def test_no_app_hides_an_import_of_another_behind_import_error():
    """The apps are always installed: ``try: import …  except ImportError`` only hides
    a dependency from the contract."""
    apps = own_apps()
    hidden = []
    for path in own_modules():
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Try) and any(map(_catches_import_error, node.handlers)):
                hidden += [
                    f"{relative}:{node.lineno} {root}"
                    for root in _imported_roots(node.body)
                    if root in apps
                ]
    assert hidden == []
