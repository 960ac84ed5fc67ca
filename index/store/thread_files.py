"""Index files that the threads of one process can read at once.

Whoosh reads a segment's files by seeking a file object it shares between all users and then reading from
it (`StructFile.get` is `seek` + `read`), so two threads reading one generation (gunicorn's gthread worker
serves several requests at once) can read each other's bytes. Here every thread reads through a handle of
its own on the same open file (Linux's /proc/self/fd, so a generation deleted by a later build stays
readable, as it does for one handle), each with its own position and buffer.
"""

from __future__ import annotations

import os
import threading

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import _DEF_INDEX_NAME, FileIndex


class ThreadFile:
    """A read-only file whose position is each thread's own: the methods a reader calls (read, seek, tell;
    peek and readinto, with which pickle reads a block at once) are those of the calling thread's handle."""

    def __init__(self, path: str) -> None:
        first = open(path, "rb")  # noqa: SIM115  (closed by close(), with the index)
        proc = f"/proc/self/fd/{first.fileno()}"
        self._path = proc if os.path.exists(proc) else path
        self._handles = [first]
        self._lock = threading.Lock()
        self._local = threading.local()
        self._bind(first)

    def _bind(self, handle) -> threading.local:
        local = self._local
        local.read, local.readline, local.seek, local.tell = handle.read, handle.readline, handle.seek, handle.tell
        local.peek, local.readinto = handle.peek, handle.readinto
        return local

    def _mine(self) -> threading.local:
        """This thread's handle's methods, opening the handle on the thread's first read."""
        if not hasattr(self._local, "read"):
            handle = open(self._path, "rb")  # noqa: SIM115
            with self._lock:
                self._handles.append(handle)
            self._bind(handle)
        return self._local

    def read(self, *args):
        return self._mine().read(*args)

    def readline(self, *args):
        return self._mine().readline(*args)

    def peek(self, *args):
        return self._mine().peek(*args)

    def readinto(self, buffer):
        return self._mine().readinto(buffer)

    def seek(self, *args):
        return self._mine().seek(*args)

    def tell(self) -> int:
        return self._mine().tell()

    def close(self) -> None:
        with self._lock:
            for handle in self._handles:
                handle.close()
            self._handles.clear()

    __del__ = close  # a generation let go of without closing it (readers keep theirs until a swap)


class ThreadFileStorage(FileStorage):
    """Whoosh's file storage, read through ThreadFile."""

    def open_file(self, name, **kwargs):
        return StructFile(ThreadFile(self._fpath(name)), name=name, **kwargs)


def open_index(folder: str) -> FileIndex:
    """The Whoosh index in `folder`, safe to search from several threads at once."""
    return FileIndex(ThreadFileStorage(folder), indexname=_DEF_INDEX_NAME)
