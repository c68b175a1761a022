"""The shipped English pipeline: present in the package, loaded offline, and good at what extraction needs."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wireclaims.nlp import Pipeline, default_model_path, describe_default

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_pipeline_is_in_the_package() -> None:
    assert (default_model_path() / "meta.json").is_file(), "src/wireclaims/pipelines/en_wire_sm is missing"


def test_shipped_pipeline_has_every_component_and_its_accuracy(pipeline: Pipeline) -> None:
    assert pipeline.has_parser and pipeline.has_ner and pipeline.has_lemmas
    meta = describe_default()
    assert {"dev", "test"} <= set(meta["accuracy"])
    assert {s["name"] for s in meta["sources"]} == {"gum-permissive", "ud-english-ewt", "uner-english-ewt"}
    assert all(len(sha) == 64 for sha in meta["wireclaims"]["files_sha256"].values())


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("Kremlin spokesman Dmitry Peskov said the talks would resume.", "Peskov"),
        ("The ministry said on Friday that the border would reopen.", "ministry"),
        ("Analysts said the bank would cut rates in June.", "Analysts"),
    ],
)
def test_subject_of_said_is_the_speaker(pipeline: Pipeline, sentence: str, subject: str) -> None:
    doc = pipeline.nlp(sentence)
    said = next(t for t in doc if t.text == "said")
    # the subject nearest the verb is the head the extractor starts from (it merges a split noun phrase)
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    assert min(subjects, key=lambda t: abs(t.i - said.i)).text == subject


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("The ministry said that the border would reopen on Friday.", "reopen"),
        ("Ames told reporters the bridge was safe.", "safe"),  # UD: the copula is not the head
    ],
)
def test_that_clause_is_the_complement_of_the_cue(pipeline: Pipeline, sentence: str, head: str) -> None:
    doc = pipeline.nlp(sentence)
    assert head in [t.text for t in doc if t.dep_ == "ccomp"]


def test_people_and_organisations_are_found_in_a_wire_lead(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        "The Kremlin said on Friday that President Vladimir Putin had spoken to Chancellor Olaf Scholz, "
        "Reuters reported."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Kremlin", "ORG") in ents
    assert ("Reuters", "ORG") in ents
    assert any(label == "PERSON" and "Putin" in text for text, label in ents)


@pytest.mark.parametrize(
    "sentence, place",
    [("Officials arrived in Lagos on Monday.", "Lagos"), ("Talks in Tunis stalled.", "Tunis")],
)
def test_entity_ruler_marks_listed_places(pipeline: Pipeline, sentence: str, place: str) -> None:
    assert (place, "LOC") in {(e.text, e.label_) for e in pipeline.nlp(sentence).ents}


@pytest.mark.parametrize(
    "model, message", [("blank:xx-nope", "no spaCy language"), ("no_such_pkg", "cannot load")]
)
def test_unknown_pipeline_is_a_clear_model_error(model: str, message: str) -> None:
    from wireclaims.errors import ModelError
    from wireclaims.nlp import load_pipeline

    with pytest.raises(ModelError, match=message):
        load_pipeline(model)


def test_pipeline_without_parser_or_ner_warns_once_and_still_works(rules_pipeline: Pipeline) -> None:
    assert not rules_pipeline.has_parser
    assert any("no parser" in w for w in rules_pipeline.warnings)
    assert any("no entity recognizer" in w for w in rules_pipeline.warnings)
    doc = rules_pipeline.nlp("Reuters said the Kremlin agreed. Then it rained.")
    assert len(list(doc.sents)) == 2
    assert ("Reuters", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_wheel_carries_the_pipeline_as_package_data(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0 and b"hatchling" in done.stderr:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
            capture_output=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    (wheel,) = tmp_path.glob("wireclaims-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    meta = "wireclaims/pipelines/en_wire_sm/meta.json"
    assert meta in names
    assert any(n.startswith("wireclaims/pipelines/en_wire_sm/parser/") for n in names)
    assert json.loads(zipfile.ZipFile(wheel).read(meta))["name"] == "wire_sm"
    assert "wireclaims/py.typed" in names
