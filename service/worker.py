"""gunicorn's threaded worker, made to face slow clients directly, with the requests gunicorn refuses before the
app sees them (a request line over `limit_request_line`, malformed HTTP) answered in the API's JSON error shape,
and a request target in raw UTF-8 read as UTF-8.

curl, wget, scripts and many HTTP libraries send `/api/search?q=网络安全` as the UTF-8 bytes typed; gunicorn 27
refuses any byte over 0x7E in the target (RFC 9112 asks for percent-encoding) and has no setting to allow it,
while nginx, Elasticsearch and Meilisearch read it as UTF-8. So the event loop percent-encodes those bytes
before gunicorn's parser sees the request (`readable_target`); a target that is not valid UTF-8 gets a JSON 400
saying how to send it. The length limit then applies to the encoded line, as for a client that encoded it.

gunicorn's sync worker gives its one thread to a connection until the request has arrived: two clients that
sent half a request line stopped a two-worker service until they timed out (31 s, issue 13). Its gthread
worker gives a thread from its pool to a connection as soon as it sends a byte, and that thread waits for the
rest just as long, so a few such clients still take every thread. Here the worker's event loop reads each
request (its head, and a body of declared length up to the app's limit) without a thread, and hands it to a
thread only once it has fully arrived:

* a request still incomplete `SEARCH_REQUEST_TIMEOUT` seconds after it started is answered with a JSON 408;
* a thread never waits on a client for long: reads and writes on a client's socket give up after gunicorn's
  `timeout` (a client that stops reading an export), and the connection is dropped;
* a connection closed after its response is never lingered on by the event loop (gunicorn waits up to 2 s
  there for the client to close its side, which stalls every other connection of the worker meanwhile).

The event loop's bookkeeping (`pending_conns`-like deadlines, `enqueue_req`, `keepalived_conns`) is gunicorn
27.0.1's (pinned in pyproject.toml); tests/test_exposure.py checks the behaviour under the real server.
"""

from __future__ import annotations

import contextlib
import errno
import json
import re
import selectors
import socket
import time
from collections.abc import Iterator
from functools import partial

from gunicorn import util
from gunicorn.http import errors
from gunicorn.workers.gthread import TConn, ThreadWorker

from index.settings import Settings

HEAD_LIMIT = 64 * 1024  # bytes of a head with no end yet: handed to gunicorn's parser, which refuses it

# (status, reason, code, message) for what a client can get wrong; anything else is left to gunicorn.
_REFUSALS: list[tuple[type[Exception], int, str, str, str]] = [
    (
        errors.LimitRequestLine,
        414,
        "URI Too Long",
        "uri_too_long",
        "the request line is too long: send a long query by POST /api/search with a JSON body",
    ),
    (errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers_too_large", "{error}"),
    (errors.InvalidResponseHeader, 0, "", "", ""),  # the app's own fault: gunicorn answers 500
    (errors.InvalidResponseHeaderName, 0, "", "", ""),
    (errors.ConfigurationProblem, 0, "", "", ""),
    (errors.UnsupportedTransferCoding, 501, "Not Implemented", "not_implemented", "{error}"),
    (errors.ParseException, 400, "Bad Request", "bad_request", "malformed HTTP request: {error}"),
]


_TARGET = re.compile(rb"^([^ \r\n]+ )([^ \r\n]+)( )")
_NOT_ASCII = re.compile(rb"[\x80-\xff]")
NOT_UTF8 = (
    "the request target is not valid UTF-8: send Chinese in a URL as UTF-8 or percent-encoded, for example "
    "curl -G http://127.0.0.1:8000/api/search --data-urlencode 'q=网络安全'"
)


class TargetNotUtf8(ValueError):
    """A request target with bytes over 0x7F that are not UTF-8."""


def readable_target(data: bytes) -> bytes:
    """`data` (a request as it arrived) with the bytes over 0x7F of its request target percent-encoded, as
    RFC 3986 has a client do: `GET /api/search?q=网络` -> `GET /api/search?q=%E7%BD%91%E7%BB%9C`. Anything
    else is left for gunicorn's parser to judge. TargetNotUtf8 when those bytes are not UTF-8."""
    match = _TARGET.match(data)
    if match is None or match.group(2).isascii():
        return data
    target = match.group(2)
    try:
        target.decode("utf-8")
    except UnicodeDecodeError:
        raise TargetNotUtf8(NOT_UTF8) from None
    encoded = _NOT_ASCII.sub(lambda byte: b"%%%02X" % byte.group()[0], target)
    return match.group(1) + encoded + data[match.end(2) :]


def refusal(status: int, reason: str, code: str, message: str) -> bytes:
    """A whole HTTP response with the API's error body, closing the connection."""
    body = {"error": {"code": code, "message": message, "param": None}}
    data = json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    return head.encode("latin-1") + data


def json_refusal(error: Exception) -> bytes | None:
    """The whole HTTP response refusing the request that raised `error`, or None to let gunicorn answer."""
    for kind, status, reason, code, message in _REFUSALS:
        if isinstance(error, kind):
            return refusal(status, reason, code, message.format(error=error)) if status else None
    return None


_HEAD_END = re.compile(rb"\r?\n\r?\n")
_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*([0-9]+)[ \t]*\r?$", re.I | re.M)
_CHUNKED = re.compile(rb"^transfer-encoding[ \t]*:.*chunked", re.I | re.M)
_EXPECT = re.compile(rb"^expect[ \t]*:[ \t]*100-continue", re.I | re.M)


def has_arrived(data: bytes, body_limit: int) -> bool:
    """Whether `data` holds a whole request for gunicorn's parser: the head, and the body it declares when
    that is at most `body_limit` bytes. A request that waits for `100 Continue`, declares a larger body
    (refused by its declared length) or has a head too long to be valid is handed over as it is."""
    end = _HEAD_END.search(data)
    if end is None:
        return len(data) > HEAD_LIMIT
    head, body = data[: end.start()], len(data) - end.end()
    if _EXPECT.search(head):
        return True
    if _CHUNKED.search(head):
        return data.endswith(b"0\r\n\r\n") or body > body_limit
    length = _LENGTH.search(head)
    declared = int(length.group(1)) if length else 0
    return declared > body_limit or body >= declared


@contextlib.contextmanager
def corked(sock: socket.socket) -> Iterator[None]:
    """gunicorn writes a response's head and its body apart, two TCP segments the client wakes for in turn: held
    back (Linux's TCP_CORK) while the request is served, they leave together when it is done: requests/s +18-28%
    over the 10.6k index's cached answers, the workers' CPU a request the same (benchmarks/RESULTS.md,
    2026-12-07). A socket without TCP_CORK (a Unix socket, another system) is served as it is."""
    cork = getattr(socket, "TCP_CORK", None)
    held = False
    if cork is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, cork, 1)
            held = True
    try:
        yield
    finally:
        if held:
            with contextlib.suppress(OSError):  # closed meanwhile: closing sent what was held
                sock.setsockopt(socket.IPPROTO_TCP, cork, 0)


class _Client(socket.socket):
    """A client's socket on which "blocking" means blocking for at most `io_timeout` seconds: a client that
    stalls is taken for gone (ECONNRESET, which gunicorn drops quietly) instead of holding a thread."""

    io_timeout = 30.0

    def setblocking(self, flag: bool) -> None:
        if flag:
            self.settimeout(self.io_timeout)
        else:
            super().setblocking(False)

    def recv(self, *args):
        try:
            return super().recv(*args)
        except TimeoutError:
            raise ConnectionResetError(errno.ECONNRESET, "the client sent nothing for too long") from None

    def send(self, *args):
        try:
            return super().send(*args)
        except TimeoutError:
            raise ConnectionResetError(errno.ECONNRESET, "the client read nothing for too long") from None

    def sendall(self, *args):
        try:
            return super().sendall(*args)
        except TimeoutError:
            raise ConnectionResetError(errno.ECONNRESET, "the client read nothing for too long") from None


class _Conn(TConn):
    """A connection with the bytes of its next request as they arrive, read by the event loop."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.arrived = bytearray()
        self.deadline = 0.0

    def close(self, graceful: bool = False) -> None:
        """Close at once: whatever the client sent is drained without waiting, so the kernel has no unread
        data to answer with a reset that could cut the response short."""
        if graceful:
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_WR)
                self.sock.setblocking(False)
                while self.sock.recv(65536):
                    pass
        util.close(self.sock)


class JsonErrorsWorker(ThreadWorker):
    """gthread with requests read by the event loop, bounded waits on clients, and JSON refusals."""

    def init_process(self) -> None:
        settings = Settings.from_env()
        self.body_limit, self.request_timeout = settings.max_content_length, settings.request_timeout
        self.too_slow = refusal(
            408, "Request Timeout", "request_timeout", f"the request did not arrive within {self.request_timeout:g} s"
        )
        self.not_utf8 = refusal(400, "Bad Request", "invalid_target", NOT_UTF8)
        self.arriving: dict[_Conn, None] = {}  # connections whose request is still arriving, oldest first
        super().init_process()

    def accept(self, listener) -> None:
        try:
            sock, client = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        own = _Client(sock.family, sock.type, sock.proto, fileno=sock.detach())
        own.io_timeout = self.cfg.timeout
        self._await_request(_Conn(self.cfg, own, client, listener.getsockname()))

    def on_client_socket_readable(self, conn: _Conn, client) -> None:
        """A kept-alive connection's next request has started: read it like a new one."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._await_request(conn)

    def _await_request(self, conn: _Conn) -> None:
        conn.sock.setblocking(False)
        conn.deadline = time.monotonic() + self.request_timeout
        self.arriving[conn] = None
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._read_request, conn))

    def _read_request(self, conn: _Conn, sock) -> None:
        try:
            data = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._drop(conn)
            return
        conn.arrived += data
        if has_arrived(conn.arrived, self.body_limit):
            try:
                conn.arrived = bytearray(readable_target(bytes(conn.arrived)))
            except TargetNotUtf8:
                self.log.info("Request target not UTF-8 from ip=%s", (conn.client or ("",))[0])
                self._drop(conn, self.not_utf8)
                return
            self.poller.unregister(sock)
            del self.arriving[conn]
            self.enqueue_req(conn)

    def _drop(self, conn: _Conn, answer: bytes | None = None) -> None:
        self.poller.unregister(conn.sock)
        del self.arriving[conn]
        self.nr_conns -= 1
        if answer:
            with contextlib.suppress(OSError):  # non-blocking: a client that reads nothing gets nothing
                conn.sock.send(answer)
        conn.close()

    def murder_pending(self) -> None:
        """Refuse the requests that did not arrive in time (called by the event loop about once a second)."""
        super().murder_pending()
        now = time.monotonic()
        while self.arriving:
            conn = next(iter(self.arriving))
            if conn.deadline > now:
                break
            self.log.info("Request timeout from ip=%s after %g s", (conn.client or ("",))[0], self.request_timeout)
            self._drop(conn, self.too_slow)

    def handle(self, conn: _Conn):
        """In a pool thread: give the parser the request the event loop read, then serve it; its response corked
        unless the client waits for `100 Continue` before it sends the body."""
        end = _HEAD_END.search(conn.arrived)
        waits = bool(_EXPECT.search(conn.arrived[: end.start() if end else len(conn.arrived)]))
        if conn.arrived:
            conn.init()  # the parser, once per connection
            conn.parser.unreader.unread(bytes(conn.arrived))
            conn.arrived = bytearray()
        if waits:
            return super().handle(conn)
        with corked(conn.sock):
            return super().handle(conn)

    def handle_error(self, req, client, addr, exc):
        response = json_refusal(exc)
        if response is None:
            return super().handle_error(req, client, addr, exc)
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        try:
            util.write_nonblock(client, response)
        except OSError:
            self.log.debug("Failed to send the refusal.")
