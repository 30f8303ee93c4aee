"""The Nu Html Checker (vnu), as the browser tests run it on the HTML the site serves.

vnu-jar is the checker's own build, published on the npm registry; it is installed once
into .cache/vnu/ (ignored by git) with npm, at the pinned version, and runs with Debian's
Java (``apt-get install default-jre-headless``, done by .ci/run). All the pages go to one
``java -jar vnu.jar`` call: starting the JVM costs more than checking a page.

``python -m tests.browser.vnu`` installs it (when npm is there) and prints the jar's path.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VNU_VERSION = "26.9.27"
VNU_PREFIX = ROOT / ".cache" / "vnu"
VNU_JAR = VNU_PREFIX / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class VnuUnavailable(Exception):
    """Java or the checker is missing, with the French sentence that says how to get it."""


def installed_version():
    package = VNU_PREFIX / "node_modules" / "vnu-jar" / "package.json"
    try:
        return json.loads(package.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def ensure_vnu():
    """The command that runs vnu, installing vnu-jar with npm when it is missing or outdated."""
    java = shutil.which("java")
    if not java:
        raise VnuUnavailable("Java est absent (apt-get install default-jre-headless) : vnu ignoré.")
    if installed_version() != VNU_VERSION or not VNU_JAR.exists():
        npm = shutil.which("npm")
        if not npm:
            raise VnuUnavailable("npm est absent : impossible d'installer vnu-jar.")
        # --ignore-scripts: the package's postinstall would look for or fetch a Java of its
        # own; Debian's is the one we use.
        result = subprocess.run(
            [npm, "install", "--prefix", str(VNU_PREFIX), "--ignore-scripts", "--no-audit"]
            + ["--no-fund", "--silent", f"vnu-jar@{VNU_VERSION}"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode or not VNU_JAR.exists():
            raise VnuUnavailable(f"Installation de vnu-jar impossible :\n{result.stderr[-2000:]}")
    return [java, "-Xss8m", "-jar", str(VNU_JAR)]


def check_files(command, paths):
    """vnu's errors on the given HTML files, as ``(file name, line, message, extract)``."""
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # vnu writes its JSON report on stderr; exit status 1 only means "errors found".
    try:
        messages = json.loads(result.stderr)["messages"]
    except (ValueError, KeyError) as error:
        raise RuntimeError(
            f"Sortie de vnu illisible ({error}) :\n{result.stderr[-2000:]}"
        ) from None
    return [
        (
            Path(message.get("url", "")).name,
            message.get("lastLine"),
            message["message"],
            (message.get("extract") or "").strip(),
        )
        for message in messages
        if message.get("type") in ("error", "non-document-error")
    ]


if __name__ == "__main__":
    try:
        print(ensure_vnu()[-1])
    except VnuUnavailable as error:
        sys.exit(str(error))
