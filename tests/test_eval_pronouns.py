"""The pronoun evaluation reads GUM-style coreference and scores the resolver (scripts/eval_pronouns.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("eval_pronouns", ROOT / "scripts" / "eval_pronouns.py")
assert spec is not None and spec.loader is not None
eval_pronouns = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_pronouns)

# Anna Berg met Tom Lund . She left . He stayed .   (chains: 1 = Anna Berg, 2 = Tom Lund)
CONLLU = """# sent_id = 1
1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new
2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)
3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
4\tTom\tTom\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-person-new
5\tLund\tLund\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=2)
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# sent_id = 2
1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv)
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# sent_id = 3
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(2-person-giv)
2\tstayed\tstay\tVERB\tVBD\t_\t0\troot\t_\t_
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""


def test_resolver_is_scored_against_gold_chains(tmp_path: Path) -> None:
    (tmp_path / "GUM_test_doc.conllu").write_text(CONLLU, encoding="utf-8")
    found = eval_pronouns.mentions(tmp_path / "GUM_test_doc.conllu")
    assert [(m[2], " ".join(m[4])) for m in found] == [
        ("1", "Anna Berg"),
        ("2", "Tom Lund"),
        ("1", "She"),
        ("2", "He"),
    ]
    right, baseline, total, misses = eval_pronouns.evaluate(tmp_path)
    assert not misses
    # the most recent name (Tom Lund) is wrong for "She"; the resolver prefers the subject, and "He" then
    # skips Anna Berg, whom "She" has made female
    assert (total, baseline, right) == (2, 1, 2)
