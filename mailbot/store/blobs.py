"""Content-addressed storage of raw mails and attachments under var/blobs (sha256, written atomically)."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)


def _syncfs() -> object | None:
    """Linux's syncfs(2): one call makes everything written to the blob store's file system durable."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.syncfs
    except (OSError, AttributeError):
        return None


_SYNCFS = _syncfs()
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


class BlobStore:
    """Bytes filed by their sha256; the same bytes stored twice take the space once.

    Alone, ``put`` makes each blob durable before it returns (file fsync, rename, directory fsync).
    Inside ``batch()`` the writes are made durable together when the batch ends, with one syncfs:
    the caller commits the rows that name the blobs only after that, so a crash never leaves a row
    pointing at a blob that is not on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._root = os.fspath(root)
        self._local = threading.local()
        self._folders: set[str] = set()  # folders known to exist: no mkdir call per blob

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Defer durability of the blobs written inside to one sync when the block ends."""
        pending: list[str] = []
        outer = getattr(self._local, "pending", None)
        self._local.pending = pending if outer is None else outer
        try:
            yield
        finally:
            self._local.pending = outer
        if outer is None and pending:
            self._sync(pending)

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        # Plain strings, not Path objects: building three Paths per blob cost more than writing it.
        folder = os.path.join(self._root, digest[:2], digest[2:4])
        target = os.path.join(folder, digest)
        if os.path.exists(target):
            return digest
        pending: list[str] | None = getattr(self._local, "pending", None)
        deferred = pending is not None and _SYNCFS is not None
        # Write beside the target, (fsync,) then rename: a crash never leaves a truncated blob.
        fd, tmp = self._temporary(folder, digest)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                if not deferred:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        if deferred:
            pending.append(target)  # type: ignore[union-attr]
        else:
            _fsync_dir(Path(folder))
        return digest

    def _temporary(self, folder: str, digest: str) -> tuple[int, str]:
        """A new temporary file in ``folder``, made first if missing (or removed since it was known).

        Named after the blob, the process and the thread, so no two writers share one; a name left by a
        crashed process whose number came back is taken by a random one instead."""
        name = os.path.join(folder, f".tmp-{digest[:16]}-{os.getpid()}-{threading.get_ident()}")
        if folder not in self._folders:
            self._make(folder)
        try:
            return os.open(name, _CREATE, 0o600), name
        except FileNotFoundError:  # removed since it was known
            self._folders.discard(folder)
            self._make(folder)
            return os.open(name, _CREATE, 0o600), name
        except FileExistsError:
            return tempfile.mkstemp(dir=folder, prefix=".tmp-")

    def _make(self, folder: str) -> None:
        """``folder`` (root/ab/cd) made: one mkdir once its parent is known to exist."""
        parent = os.path.dirname(folder)
        if parent not in self._folders:
            os.makedirs(parent, exist_ok=True)
            self._folders.add(parent)
        try:
            os.mkdir(folder)
        except FileExistsError:
            pass
        except FileNotFoundError:  # the parent was removed since it was known
            os.makedirs(folder, exist_ok=True)
        self._folders.add(folder)

    def _sync(self, written: list[str]) -> None:
        fd = os.open(self.root, os.O_RDONLY)
        try:
            if _SYNCFS(fd) != 0:  # type: ignore[operator]
                err = ctypes.get_errno()
                raise OSError(err, f"syncfs {self.root}: {os.strerror(err)}")
        finally:
            os.close(fd)
        log.debug("blob store: %d blobs made durable with one syncfs", len(written))

    def get(self, digest: str) -> bytes:
        return self.path(digest).read_bytes()


def _fsync_dir(path: Path) -> None:
    """The rename is durable only once the directory holding the new name is synced."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
