"""tools/train.py: the same command writes the same model, byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _train(out: Path, hash_seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    argv = [sys.executable, str(ROOT / "tools" / "train.py"), "--examples", "60", "--epochs", "1", "--out", str(out)]
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=600)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_short_trainings_with_one_seed_write_the_same_bytes(tmp_path: Path) -> None:
    first = _train(tmp_path / "a", "1")
    second = _train(tmp_path / "b", "2")  # string hashing in another order changes nothing
    assert "ner/model" in first and "training.json" in first
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_the_training_summary_names_what_the_weights_depend_on_but_not_the_time_taken(tmp_path: Path) -> None:
    summary = json.loads(_train(tmp_path / "m", "0")["training.json"])
    assert "cpu_seconds" not in summary
    assert set(summary["software"]) == {"spacy", "thinc", "blis", "numpy"}
    assert summary["blis_kernels"] and summary["processor"]
    assert set(summary["numpy_kernels"]) == {"openblas_core", "simd"}
