"""A bounded cache of search answers, per index generation, keyed by the normalized request.

Real search traffic repeats (the same popular queries, a page reloaded, a second client asking what a first
one just asked), and an answer depends only on the request and the generation that answered it: generations
are immutable, a build swaps a new one in. So the JSON body of a search is kept under (generation, request as
read, pretty); the key is read from `current` before the search, and a swap makes every older key unreachable
(the entries go with the next one, no reader ever sees an answer of a generation no longer current). Only
answers (200) are kept, never a refusal or a timeout. `took_ms` in a kept body is the time the search took
when it ran; the `X-Answer-Cache: hit` header says the body was kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

ENTRY_BYTES = 400  # what an entry holds besides its body: its key (a tuple of the request's fields), the node


class AnswerCache:
    """Least recently used answers within `limit_bytes`, for one generation at a time; thread-safe."""

    def __init__(self, limit_bytes: int) -> None:
        self.limit = limit_bytes
        self._generation: str | None = None
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def answer(self, generation: str | None, key: Hashable, compute: Callable[[], bytes]) -> tuple[bytes, bool]:
        """The body kept for `key` in `generation`, else `compute()` (kept when it fits); and whether it was kept."""
        if self.limit <= 0 or generation is None:
            return compute(), False
        with self._lock:
            if generation != self._generation:
                self._generation, self._entries, self._bytes = generation, OrderedDict(), 0
            body = self._entries.get(key)
            if body is not None:
                self._entries.move_to_end(key)
                return body, True
        body = compute()  # outside the lock: other threads search meanwhile
        size = len(body) + ENTRY_BYTES
        if size > self.limit:
            return body, False
        with self._lock:
            if generation == self._generation and key not in self._entries:
                self._entries[key] = body
                self._bytes += size
                while self._bytes > self.limit:
                    _, dropped = self._entries.popitem(last=False)
                    self._bytes -= len(dropped) + ENTRY_BYTES
        return body, False

    def __len__(self) -> int:
        return len(self._entries)
