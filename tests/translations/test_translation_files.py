"""The committed translations are what the code asks for, whole, and compiled from their sources.

``bash .ci/translations update`` makes the ``.ts`` files from the code and the forms and
compiles them; these tests run it on a copy and compare, so a text added to the code without
its Chinese and Danish, or a ``.qm`` not rebuilt, fails here (and in CI).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

FOLDER = REPO / "resources" / "translations"
LANGUAGES = {"zh_CN": 1, "da": 2}  # each language's count of plural forms
FIELD = re.compile(r"\{[a-z_]+\}|%n|%[0-9]")


def _run(action: str, folder: Path) -> None:
    subprocess.run(["bash", str(REPO / ".ci" / "translations"), action], check=True, cwd=REPO,
                   env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable,
                        "TRANSLATIONS_FOLDER": str(folder)})


@pytest.fixture(scope="module")
def remade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translations as ``update`` leaves them, made from a copy of the committed ones."""
    folder = tmp_path_factory.mktemp("translations")
    for ts in FOLDER.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    _run("update", folder)
    return folder


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_sources_hold_every_text_of_the_code_and_no_other(remade: Path, language: str) -> None:
    name = f"vipdesk_{language}.ts"
    assert (remade / name).read_text("utf-8") == (FOLDER / name).read_text("utf-8"), (
        "run `bash .ci/translations update` and translate what it adds")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_compiled_file_is_its_source_compiled(remade: Path, language: str) -> None:
    name = f"vipdesk_{language}.qm"
    assert (remade / name).read_bytes() == (FOLDER / name).read_bytes(), (
        "run `bash .ci/translations compile`")


def _messages(language: str) -> list[ET.Element]:
    root = ET.parse(FOLDER / f"vipdesk_{language}.ts").getroot()
    return [message for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_text_is_translated_with_its_fields(language: str) -> None:
    problems = []
    for message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            problems.append(f"not translated: {source!r}")
            continue
        if message.get("numerus") == "yes" and len(forms) != LANGUAGES[language]:
            problems.append(f"{len(forms)} plural forms: {source!r}")
        wanted = sorted(set(FIELD.findall(source)))
        for form in forms:
            if sorted(set(FIELD.findall(form))) != wanted:
                problems.append(f"fields differ: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} in all)"
