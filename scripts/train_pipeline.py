"""Build, train, evaluate and package wireclaims' English pipeline (en_wire_sm).

The corpora are never copied into the repository: their folders are arguments.

    python scripts/train_pipeline.py convert --ewt ../shared/corpora/ud-english-ewt \
        --uner ../shared/corpora/uner-english-ewt --gum ../shared/corpora/gum-permissive --out corpus/
    python scripts/train_pipeline.py train --corpus corpus/ --out training/output/
    python scripts/train_pipeline.py package --corpus corpus/ --model training/output/model-best

`convert` writes DocBins (train/dev/test) plus `corpus/manifest.json` (sha256 of every input file, the
sources and their licences); `package` evaluates on the dev and test splits and copies the pipeline into
`src/wireclaims/pipelines/en_wire_sm/` with the manifest and the scores recorded in its meta.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "training" / "config.cfg"
PACKAGE_DIR = ROOT / "src" / "wireclaims" / "pipelines" / "en_wire_sm"

# UNER tags -> pipeline labels. OTH (events, works, nationalities...) is left out: wireclaims needs people,
# organisations and places, and a model that must also learn OTH confuses "Russian" with a source.
UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
# GUM entity types -> pipeline labels. GUM marks every mention (also "the school", "his"); only spans that
# are proper names are kept (see `_gum_name_spans`).
GUM_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
# Every sixth GUM document (by sorted name) goes to dev and the one after it to test; the rest is train.
GUM_HOLDOUT = 6
SENTS_PER_DOC = 12

SOURCES = {
    "ud-english-ewt": "UD English EWT, CC BY-SA 4.0 (tokens, tags, lemmas, morphology, dependencies)",
    "uner-english-ewt": "Universal NER English EWT, CC BY-SA 4.0 (PER/ORG/LOC entities)",
    "gum-permissive": "GUM, permissive genres (annotations CC BY 4.0; texts CC BY / CC BY-SA)",
}


@dataclass
class Sentence:
    """One CoNLL-U sentence with word-level annotation."""

    sent_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    misc: list[str] = field(default_factory=list)
    doc_id: str = ""


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file; multiword tokens become words, empty nodes are skipped."""
    doc_id = ""
    sent: Sentence | None = None
    mwt_end = 0
    mwt_space = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            sent = Sentence(sent_id=line.split("=", 1)[1].strip(), doc_id=doc_id)
        elif not line.strip():
            if sent is not None and sent.words:
                yield sent
            sent = None
        elif line.startswith("#"):
            continue
        else:
            cols = line.split("\t")
            if sent is None:
                sent = Sentence(sent_id=f"{path.stem}-{id(line)}", doc_id=doc_id)
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                mwt_end = int(cols[0].split("-")[1])
                mwt_space = "SpaceAfter=No" not in cols[9]
                continue
            idx = int(cols[0])
            sent.words.append(cols[1])
            sent.lemmas.append(cols[2])
            sent.upos.append(cols[3])
            sent.xpos.append(cols[4])
            sent.feats.append("" if cols[5] == "_" else cols[5])
            sent.heads.append(int(cols[6]))
            sent.deps.append(cols[7].split(":")[0] if cols[7] != "root" else "ROOT")
            sent.misc.append(cols[9])
            if mwt_end and idx < mwt_end:
                space = False
            elif mwt_end and idx == mwt_end:
                space = mwt_space
                mwt_end = 0
            else:
                space = "SpaceAfter=No" not in cols[9]
            sent.spaces.append(space)
    if sent is not None and sent.words:
        yield sent


def read_iob2(path: Path) -> dict[str, list[str]]:
    """Map sentence id -> one BIO tag per word, from a UNER .iob2 file."""
    tags: dict[str, list[str]] = {}
    current: list[str] = []
    sent_id = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
            current = []
            tags[sent_id] = current
        elif line.startswith("#") or not line.strip():
            continue
        else:
            cols = line.split("\t")
            current.append(cols[2] if len(cols) > 2 else "O")
    return tags


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, typ = tag.partition("-")
        if start >= 0 and (kind != "I" or typ != label):
            if label in UNER_LABELS:
                spans.append((start, i, UNER_LABELS[label]))
            start, label = -1, ""
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, typ
    return spans


_GUM_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_GUM_CLOSE = re.compile(r"(\d+)\)")


def _gum_name_spans(sent: Sentence) -> list[tuple[int, int, str]]:
    """Outermost GUM entity mentions of the wanted types that are proper names."""
    open_spans: dict[str, tuple[int, str]] = {}
    mentions: list[tuple[int, int, str]] = []
    for i, misc in enumerate(sent.misc):
        ent = next((m[len("Entity=") :] for m in misc.split("|") if m.startswith("Entity=")), "")
        pos = 0
        while pos < len(ent):
            m_open = _GUM_OPEN.match(ent, pos)
            if m_open:
                open_spans[m_open.group(1)] = (i, m_open.group(2))
                pos = m_open.end()
                rest = ent[pos:]
                # skip the rest of the attribute string up to the next bracket
                nxt = min([j for j in (rest.find("("), rest.find(")")) if j >= 0], default=len(rest))
                # a closing bracket right after the attributes closes this same mention
                pos += nxt
                if pos < len(ent) and ent[pos] == ")":
                    start, typ = open_spans.pop(m_open.group(1))
                    mentions.append((start, i + 1, typ))
                    pos += 1
                continue
            m_close = _GUM_CLOSE.match(ent, pos)
            if m_close and m_close.group(1) in open_spans:
                start, typ = open_spans.pop(m_close.group(1))
                mentions.append((start, i + 1, typ))
                pos = m_close.end()
                continue
            pos += 1
    names: list[tuple[int, int, str]] = []
    for start, end, typ in mentions:
        if typ not in GUM_LABELS:
            continue
        while start < end and sent.upos[start] == "DET":
            start += 1
        if start >= end:
            continue
        inner = sent.upos[start:end]
        if inner[0] != "PROPN" or inner[-1] != "PROPN":
            continue
        if any(p not in {"PROPN", "ADP", "CCONJ", "PART", "PUNCT", "NUM"} for p in inner):
            continue
        names.append((start, end, GUM_LABELS[typ]))
    chosen: list[tuple[int, int, str]] = []
    for span in sorted(names, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)


def sentences_to_docs(
    nlp: spacy.Language, sents: list[tuple[Sentence, list[tuple[int, int, str]]]]
) -> Iterator[Doc]:
    """Group sentences of the same source document into Docs of up to SENTS_PER_DOC sentences."""
    batch: list[tuple[Sentence, list[tuple[int, int, str]]]] = []
    for item in sents:
        if batch and (batch[0][0].doc_id != item[0].doc_id or len(batch) >= SENTS_PER_DOC):
            yield _make_doc(nlp, batch)
            batch = []
        batch.append(item)
    if batch:
        yield _make_doc(nlp, batch)


def _make_doc(nlp: spacy.Language, batch: list[tuple[Sentence, list[tuple[int, int, str]]]]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    deps: list[str] = []
    lemmas: list[str] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    sent_starts: list[bool] = []
    ents: list[tuple[int, int, str]] = []
    for sent, spans in batch:
        offset = len(words)
        for i, word in enumerate(sent.words):
            words.append(word)
            spaces.append(sent.spaces[i] if i < len(sent.words) - 1 else True)
            heads.append(offset + sent.heads[i] - 1 if sent.heads[i] else offset + i)
            deps.append(sent.deps[i])
            lemmas.append(sent.lemmas[i])
            tags.append(sent.xpos[i])
            pos.append(sent.upos[i])
            morphs.append(sent.feats[i])
            sent_starts.append(i == 0)
        ents.extend((offset + s, offset + e, label) for s, e, label in spans)
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        lemmas=lemmas,
        tags=tags,
        pos=pos,
        morphs=morphs,
        sent_starts=sent_starts,
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def convert(args: argparse.Namespace) -> None:
    nlp = spacy.blank("en")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    splits: dict[str, list[Doc]] = {"train": [], "dev": [], "test": []}
    for split in splits:
        conllu = args.ewt / f"en_ewt-ud-{split}.conllu"
        iob = args.uner / f"en_ewt-ud-{split}.iob2"
        files[str(conllu.relative_to(args.ewt.parent))] = sha256(conllu)
        files[str(iob.relative_to(args.uner.parent))] = sha256(iob)
        ner = read_iob2(iob)
        items = []
        for sent in read_conllu(conllu):
            tags = ner.get(sent.sent_id)
            spans = _bio_spans(tags) if tags and len(tags) == len(sent.words) else []
            items.append((sent, spans))
        splits[split].extend(sentences_to_docs(nlp, items))
    gum_files = sorted(args.gum.glob("*.conllu"))
    for n, path in enumerate(gum_files):
        files[str(path.relative_to(args.gum.parent))] = sha256(path)
        split = "dev" if n % GUM_HOLDOUT == 0 else "test" if n % GUM_HOLDOUT == 1 else "train"
        items = [(s, _gum_name_spans(s)) for s in read_conllu(path)]
        splits[split].extend(sentences_to_docs(nlp, items))
    counts = {}
    for split, docs in splits.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{split}.spacy")
        counts[split] = {
            "docs": len(docs),
            "words": sum(len(d) for d in docs),
            "entities": sum(len(d.ents) for d in docs),
        }
    manifest = {"sources": SOURCES, "files_sha256": files, "splits": counts}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(json.dumps(counts, indent=2), file=sys.stderr)


def train(args: argparse.Namespace) -> None:
    cmd = [
        sys.executable, "-m", "spacy", "train", str(args.config), "--output", str(args.out),
        "--paths.train", str(args.corpus / "train.spacy"), "--paths.dev", str(args.corpus / "dev.spacy"),
    ]  # fmt: skip
    subprocess.run(cmd, check=True)


def evaluate(model: spacy.Language, path: Path) -> dict[str, float]:
    # gold docs share the model's vocab: morphology strings of the gold must resolve when scoring
    docs = list(DocBin().from_disk(path).get_docs(model.vocab))
    examples = [Example(model.make_doc(d.text), d) for d in docs]
    scores = model.evaluate(examples)
    keep = ["tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    result = {k: round(float(scores[k]) * 100, 2) for k in keep if scores.get(k) is not None}
    result["ents_f"] = round(float(scores["ents_f"]) * 100, 2)
    for label, prf in sorted((scores.get("ents_per_type") or {}).items()):
        result[f"ents_f_{label}"] = round(float(prf["f"]) * 100, 2)
    return result


def package(args: argparse.Namespace) -> None:
    model = spacy.load(args.model)
    accuracy = {split: evaluate(model, args.corpus / f"{split}.spacy") for split in ("dev", "test")}
    # The entity ruler wireclaims adds at load time (lists of agencies, institutions, ministries): its effect.
    from wireclaims.nlp import _add_entity_ruler

    ruled = spacy.load(args.model)
    _add_entity_ruler(ruled)
    for split in ("dev", "test"):
        scores = evaluate(ruled, args.corpus / f"{split}.spacy")
        accuracy[split].update({f"{k}_with_ruler": v for k, v in scores.items() if k.startswith("ents_f")})
    manifest = json.loads((args.corpus / "manifest.json").read_text())
    if PACKAGE_DIR.exists():
        shutil.rmtree(PACKAGE_DIR)
    model.meta.update(
        {
            "name": "wire_sm",
            "lang": "en",
            "version": args.version,
            "description": "wireclaims' English pipeline, trained on UD EWT, UNER EWT and GUM (no vectors).",
            "license": "CC BY-SA 4.0",
            "sources": [{"name": k, "licence": v} for k, v in sorted(manifest["sources"].items())],
            "wireclaims": {"files_sha256": manifest["files_sha256"], "splits": manifest["splits"]},
            "accuracy": accuracy,
        }
    )
    # The steps wireclaims runs go into the shipped config.cfg, so that `spacy.load(PACKAGE_DIR)` is the CLI's
    # pipeline (`wireclaims.steps`; the ruler saves no patterns: they come from the code's word lists).
    from wireclaims.steps import PARAGRAPHS_NAME

    _add_entity_ruler(model)  # first: it registers both steps' factories
    model.add_pipe(PARAGRAPHS_NAME, before="parser")
    PACKAGE_DIR.parent.mkdir(parents=True, exist_ok=True)
    model.to_disk(PACKAGE_DIR)
    print(json.dumps(accuracy, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("convert", help="corpora -> DocBins + manifest")
    p.add_argument("--ewt", type=Path, required=True)
    p.add_argument("--uner", type=Path, required=True)
    p.add_argument("--gum", type=Path, required=True)
    p.add_argument("--out", type=Path, default=ROOT / "corpus")
    p.set_defaults(func=convert)
    p = sub.add_parser("train", help="spacy train with training/config.cfg")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    p.add_argument("--out", type=Path, default=ROOT / "training" / "output")
    p.add_argument(
        "--config",
        type=Path,
        default=CONFIG,
        help="training/config.cfg (stage 1, all components) or training/config-ner.cfg (stage 2)",
    )
    p.set_defaults(func=train)
    p = sub.add_parser("package", help="evaluate and copy into the package")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    p.add_argument("--model", type=Path, default=ROOT / "training" / "output" / "model-best")
    p.add_argument("--version", default="0.1.0")
    p.set_defaults(func=package)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
