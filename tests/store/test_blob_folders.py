"""The blob store makes each folder once, survives folders removed behind its back, and never leaves
a temporary file behind or shares one between writers."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading

from mailbot.store import blobs
from mailbot.store.blobs import BlobStore


def _leftovers(root) -> list[str]:
    return [name for _, _, files in os.walk(root) for name in files if name.startswith(".tmp-")]


def test_a_blob_is_filed_under_two_folder_levels_of_its_digest(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    digest = store.put(b"a return of a broken power supply")
    assert digest == hashlib.sha256(b"a return of a broken power supply").hexdigest()
    assert (tmp_path / "blobs" / digest[:2] / digest[2:4] / digest).read_bytes() == (
        b"a return of a broken power supply"
    )
    assert store.get(digest) == b"a return of a broken power supply"
    assert _leftovers(tmp_path) == []


def test_each_folder_is_made_once_not_once_per_blob(tmp_path, monkeypatch):
    store = BlobStore(tmp_path / "blobs")
    made: list[str] = []
    real = os.mkdir
    monkeypatch.setattr(blobs.os, "mkdir", lambda path, *a, **k: made.append(os.fspath(path)) or real(path, *a, **k))
    datas = [f"mail {n}".encode() for n in range(300)]
    with store.batch():
        digests = [store.put(data) for data in datas]
    folders = {os.path.join(str(tmp_path / "blobs"), d[:2], d[2:4]) for d in digests}
    assert len(made) == len(set(made))  # never the same folder twice
    assert folders <= set(made) | {str(tmp_path / "blobs")}
    made.clear()
    store.put(b"mail 0")  # stored already: nothing made, nothing written
    assert made == []
    later = store.put(b"a mail that came later")
    leaf = os.path.join(str(tmp_path / "blobs"), later[:2], later[2:4])
    assert leaf in made and len(made) == len(set(made))
    if leaf not in folders and os.path.dirname(leaf) in {os.path.dirname(f) for f in folders}:
        assert made == [leaf]  # its parent was known: one mkdir
    assert [store.get(d) for d in digests] == datas


def test_a_folder_removed_after_it_was_made_is_made_again(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    first = store.put(b"first mail")
    shutil.rmtree(tmp_path / "blobs" / first[:2])  # e.g. an operator's clean-up of an emptied folder
    # The same folders again: known to the store, gone from the disk.
    again = b"first mail"
    assert store.put(again) == first
    assert store.get(first) == b"first mail"
    shutil.rmtree(tmp_path / "blobs")
    assert store.put(b"first mail") == first and store.get(first) == b"first mail"


def test_a_temporary_file_left_by_a_crashed_writer_does_not_block_the_blob(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    data = b"a mail whose earlier write was cut short"
    digest = hashlib.sha256(data).hexdigest()
    folder = tmp_path / "blobs" / digest[:2] / digest[2:4]
    folder.mkdir(parents=True)
    # The name this process and thread would take, left by a process that had the same number and died.
    stale = folder / f".tmp-{digest[:16]}-{os.getpid()}-{threading.get_ident()}"
    stale.write_bytes(b"half a ma")
    assert store.put(data) == digest
    assert store.get(digest) == data
    assert stale.read_bytes() == b"half a ma"  # not overwritten: another writer's file is never reused


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    store = BlobStore(tmp_path / "blobs")

    def no_rename(src, dst):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(blobs.os, "replace", no_rename)
    try:
        store.put(b"a mail that cannot be written")
    except OSError:
        pass
    else:
        raise AssertionError("the failed write was not reported")
    assert _leftovers(tmp_path) == []
    monkeypatch.undo()
    digest = store.put(b"a mail that cannot be written")
    assert store.get(digest) == b"a mail that cannot be written"


def test_threads_writing_the_same_bytes_at_once_each_use_their_own_temporary_file(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    data = b"the same attachment sent by two customers" * 1000
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def write() -> None:
        try:
            start.wait()
            with store.batch():
                store.put(data)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.get(hashlib.sha256(data).hexdigest()) == data
    assert _leftovers(tmp_path) == []
