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
    """A read-only file whose position is each thread's own."""

    def __init__(self, path: str) -> None:
        self._first = open(path, "rb")  # noqa: SIM115  (closed by close(), with the index)
        proc = f"/proc/self/fd/{self._first.fileno()}"
        self._path = proc if os.path.exists(proc) else path
        self._local = threading.local()
        self._local.handle = self._first
        self._handles = [self._first]
        self._lock = threading.Lock()

    def _handle(self):
        try:
            return self._local.handle
        except AttributeError:
            handle = open(self._path, "rb")  # noqa: SIM115
            with self._lock:
                self._handles.append(handle)
            self._local.handle = handle
            return handle

    def read(self, *args):
        return self._handle().read(*args)

    def readline(self, *args):
        return self._handle().readline(*args)

    def seek(self, *args):
        return self._handle().seek(*args)

    def tell(self) -> int:
        return self._handle().tell()

    def close(self) -> None:
        with self._lock:
            for handle in self._handles:
                handle.close()
            self._handles.clear()


class ThreadFileStorage(FileStorage):
    """Whoosh's file storage, read through ThreadFile."""

    def open_file(self, name, **kwargs):
        return StructFile(ThreadFile(self._fpath(name)), name=name, **kwargs)


def open_index(folder: str) -> FileIndex:
    """The Whoosh index in `folder`, safe to search from several threads at once."""
    return FileIndex(ThreadFileStorage(folder), indexname=_DEF_INDEX_NAME)
