"""Where an index lives on disk: generations, an atomic swap, a build lock and the format version.

    DIR/current      -> gen-20261123T180102-3f2a   (a relative symlink, replaced atomically)
    DIR/gen-.../     a complete Whoosh index + meta.json + manifest.json
    DIR/.tmp-...     a build in progress (never read; removed by the next build if left behind)
    DIR/.build.lock  flock'ed by the one running build (the kernel drops it if the build dies)

A reader resolves `current` once and keeps reading that generation; the previous generation is kept
until the build after next, so readers that opened it keep answering while they notice the swap.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import shutil
import signal
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from whoosh import index as whoosh_index

from index.store.schema import FORMAT_VERSION
from index.store.thread_files import open_index

CURRENT = "current"
META = "meta.json"
MANIFEST = "manifest.json"
LOCK = ".build.lock"


class StoreError(Exception):
    """Base of the errors a caller can show as they are."""


class IndexMissing(StoreError):
    pass


class IndexVersionMismatch(StoreError):
    pass


class BuildLocked(StoreError):
    pass


def current_generation(index_dir: Path) -> Path | None:
    link = Path(index_dir) / CURRENT
    if not link.exists():
        return None
    return link.resolve()


def read_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def open_generation(index_dir: Path) -> tuple[whoosh_index.Index, dict, Path]:
    """(Whoosh index, meta, generation path) of the current generation, checked for its format version."""
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissing(
            f"no index in {index_dir}: build one with `python -m index build SRC --index-dir {index_dir}`"
        )
    meta = read_json(generation / META)
    version = meta.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexVersionMismatch(
            f"index in {index_dir} has format version {version}, this program reads version {FORMAT_VERSION}: "
            f"rebuild it with `python -m index build SRC --index-dir {index_dir} --full`"
        )
    return open_index(str(generation)), meta, generation


# Build locks this process holds: (lock file descriptor, pid of the holder). A process forked while one is held
# (the build's shard workers) must neither keep the lock nor outlive the build; see _after_fork_in_child.
_HELD: list[tuple[int, int]] = []
_PR_SET_PDEATHSIG = 1


def _after_fork_in_child() -> None:
    """In a child forked during a build: let go of the build lock and die with the build.

    flock belongs to the open file, which a forked child shares: if the build were SIGKILLed, workers still
    busy with their shard would keep the lock (the next build would refuse, "another build is running") and
    keep writing into the dead build's workspace. So the child points its copy of the lock's descriptor at
    /dev/null and asks the kernel to kill it when the build dies (Linux; elsewhere the lock is only dropped).
    """
    if not _HELD:
        return
    held = list(_HELD)
    _HELD.clear()
    devnull = os.open(os.devnull, os.O_RDWR)
    try:
        for fd, _ in held:
            os.dup2(devnull, fd)
    finally:
        os.close(devnull)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            return
        if os.getppid() != held[-1][1]:  # the build died before prctl took effect
            os._exit(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def build_lock(index_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold the index folder's build lock; BuildLocked at once if another build has it and `wait` is False.

    Processes forked while it is held drop their copy of the lock and are killed if this process dies.
    """
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(index_dir) / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            message = f"another build is running on {index_dir}; try again when it ends (or use --wait)"
            raise BuildLocked(message) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        held = (handle.fileno(), os.getpid())
        _HELD.append(held)
        try:
            yield
        finally:
            with contextlib.suppress(ValueError):
                _HELD.remove(held)
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_leftovers(index_dir: Path) -> list[str]:
    """Delete workspaces left by builds that died (call with the lock held); return their names."""
    removed = []
    for path in Path(index_dir).glob(".tmp-*"):
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path.name)
    return removed


def new_workspace(index_dir: Path, base: Path | None) -> Path:
    """A fresh folder to build in: empty, or holding hard links to `base`'s files to update in place.

    Whoosh never rewrites a segment file (deletions live in the new TOC), so linking is safe and cheap.
    """
    workspace = Path(index_dir) / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    workspace.mkdir(parents=True)
    if base is not None:
        for file in base.iterdir():
            # JSON files (meta, manifest, learned boilerplate) are the generation's own, written anew each build:
            # linked, writing them would change the previous generation too.
            if file.is_file() and not file.name.endswith(".lock") and file.suffix != ".json":
                try:
                    os.link(file, workspace / file.name)
                except OSError:
                    shutil.copy2(file, workspace / file.name)
    return workspace


def publish(index_dir: Path, workspace: Path, meta: dict, manifest: dict[str, str]) -> Path:
    """Make `workspace` the current generation in one atomic step, then prune old generations."""
    index_dir = Path(index_dir)
    _write_json(workspace / MANIFEST, manifest)
    _write_json(workspace / META, dict(meta, format_version=FORMAT_VERSION))
    _fsync_dir(workspace)
    previous = current_generation(index_dir)
    generation = index_dir / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    os.rename(workspace, generation)
    link = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
    os.symlink(generation.name, link)
    os.replace(link, index_dir / CURRENT)
    _fsync_dir(index_dir)
    keep = {generation.name, previous.name if previous else None}
    for old in index_dir.glob("gen-*"):
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
    return generation


def _write_json(path: Path, data: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
