"""Notices from where they live: a page (HTML, .docx, .pdf) fetched over HTTP(S), bounded in time and
size, with an honest User-Agent; the charset the server names goes to the reader with the bytes.

Only http and https, redirects included; the standard library's client (no dependency).
"""

from __future__ import annotations

import contextlib
import re
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from .. import limits
from .._version import __version__
from ..errors import DataError

TIMEOUT = 30.0  # seconds for the whole page: a government site can be slow, not mute
USER_AGENT = f"workplan/{__version__} (+https://pypi.org/project/workplan/; imports published work plans)"
URL = re.compile(r"^https?://", re.IGNORECASE)
CHUNK = 1 << 16
TRAILER_LINES = 100  # http.client's own bound on header lines


@dataclass(frozen=True)
class Fetched:
    """A page's bytes, the name to report it by, and the charset its server named (or None)."""

    raw: bytes
    name: str
    charset: str | None


def is_url(text: str) -> bool:
    return URL.match(text) is not None


def fetch(url: str, timeout: float = TIMEOUT, limit: int = limits.MAX_FILE_BYTES) -> Fetched:
    """The page at `url`; DataError (exit 3) for anything that is not a page we can read: a bad address,
    a redirect away from http(s), no whole page within `timeout` seconds (connection, status line,
    headers, redirects and body together: a watchdog closes the connection at the deadline, so a server
    trickling its headers or repeating `100 Continue` is cut off too), an HTTP error or a malformed
    answer, a page cut short of the length its server declared, or more than `limit` bytes (read no
    further; a redirect's own body is never read)."""
    import http.client  # imported here: the client costs start-up time no other command should pay
    import threading
    import urllib.error
    import urllib.request

    opened: list[socket.socket] = []  # every connection's socket in this fetch, for the watchdog

    class HttpOnly(urllib.request.HTTPRedirectHandler):
        """urllib follows redirects to ftp:// too, and reads a redirect's body whole, however long."""

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            fp.close()  # urllib reads what is left of it (nothing, once closed) before following
            if not is_url(newurl):
                raise DataError(
                    f"{shown(url)}: 重定向到非 http(s) 地址 (redirected away from http(s)): {shown(newurl)}"
                )
            if len(newurl) > MAX_URL:
                raise DataError(
                    f"{shown(url)}: 重定向的网址超过 {MAX_URL} 个字符 (redirected to an address longer than "
                    f"{MAX_URL} characters): {shown(newurl)}"
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    class Bounded(http.client.HTTPResponse):
        length_declared: int | None = None  # Content-Length as http.client reads it (+305, 1_0 too)

        def begin(self) -> None:
            super().begin()
            self.length_declared = self.length

        def _read_and_discard_trailer(self) -> None:
            """A chunked body's trailer lines, as many as headers may be: the standard library reads
            them until the blank line, and a server that never sends it kept the read going forever."""
            for _ in range(TRAILER_LINES):
                line = self.fp.readline(CHUNK + 1)
                if len(line) > CHUNK:
                    raise http.client.LineTooLong("trailer line")
                if line in (b"\r\n", b"\n", b""):
                    return
            raise http.client.HTTPException("too many trailer lines")

    class Watched(http.client.HTTPConnection):
        """A connection the watchdog can cut: plain, or TLS as the subclass below."""

        response_class = Bounded

        def connect(self) -> None:
            self.reach()
            opened.append(self.sock)  # the socket itself: urllib drops the connection's hold on it

        def reach(self) -> None:
            """The TCP connection, waiting no longer than the time left (a redirect answered at 9.5 s
            of 10 connected with 10 s of its own)."""
            left = deadline - time.monotonic()
            if expired.is_set() or left <= 0:  # a redirect followed after the deadline
                raise TimeoutError("deadline")
            self.timeout = min(self.timeout, left) if self.timeout is not None else left
            http.client.HTTPConnection.connect(self)

    class WatchedTLS(Watched, http.client.HTTPSConnection):
        def connect(self) -> None:
            """As HTTPSConnection connects, with the handshake made once the watchdog holds the socket:
            a server dripping its handshake had a whole further timeout (19.8 s at --timeout 10)."""
            self.reach()
            host = self._tunnel_host or self.host  # type: ignore[attr-defined]
            context = self._context  # type: ignore[attr-defined]
            self.sock = context.wrap_socket(self.sock, server_hostname=host, do_handshake_on_connect=False)
            opened.append(self.sock)
            if expired.is_set():
                raise TimeoutError("deadline")
            self.sock.do_handshake()

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(Watched, req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(WatchedTLS, req, context=self._context)  # type: ignore[attr-defined]

    expired = threading.Event()
    deadline = time.monotonic() + timeout

    def cut() -> None:
        expired.set()
        for sock in list(opened):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # a blocked read returns at once, on every platform

    try:
        parts = urlsplit(url) if is_url(url) else None
    except ValueError:  # http://[::1/x: "Invalid IPv6 URL" was exit 70
        parts = None
    if parts is None or not parts.hostname:
        raise DataError(f"{shown(url)}: 不是 http(s) 网址 (not an http or https address)")
    if "@" in parts.netloc:  # urllib sends user@host as the host name: "Name or service not known"
        raise DataError(f"{shown(url)}: 不支持含用户名的网址 (an address with a user name is not supported)")
    if len(url) > MAX_URL:
        raise DataError(
            f"{shown(url)}: 网址超过 {MAX_URL} 个字符 (an address longer than {MAX_URL} characters)"
        )
    request = urllib.request.Request(as_uri(url), headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    watchdog = threading.Timer(timeout, cut)
    watchdog.daemon = True
    watchdog.start()
    late = DataError(f"{shown(url)}: 超时 (the page did not arrive whole within the timeout)")
    try:
        with urllib.request.build_opener(Plain, Secure, HttpOnly).open(request, timeout=timeout) as response:
            raw = bounded_read(response, limit, url, deadline)
            if expired.is_set():
                raise late
            declared = response.length_declared
            if declared is not None and len(raw) < declared:
                raise DataError(
                    f"{shown(url)}: 页面不完整 (the page was cut off: {len(raw)} of {declared} bytes)"
                )
            charset = response.headers.get_content_charset()
            final = response.geturl()
    except urllib.error.HTTPError as e:
        if expired.is_set():  # headers cut at the deadline read as the redirect they began
            raise late from None
        raise DataError(
            f"{shown(url)}: 服务器返回 HTTP {e.code} (the server answered {e.code} {shown(str(e.reason))})"
        ) from None
    except (urllib.error.URLError, http.client.HTTPException, TimeoutError, OSError, ValueError) as e:
        if (
            expired.is_set()
            or isinstance(e, TimeoutError)
            or isinstance(getattr(e, "reason", None), TimeoutError)
        ):
            raise late from None
        reason = getattr(e, "reason", None) or (
            f"{type(e).__name__}: {e}"[:200] if str(e) else type(e).__name__
        )
        raise DataError(f"{shown(url)}: 无法获取 (cannot fetch): {shown(str(reason))}") from None
    finally:
        watchdog.cancel()
    return Fetched(raw, final, charset)  # the address is the source, as read


MAX_URL = 8192  # characters: what web servers take on a request line
SHOWN_URL = 200  # characters of an address (or a server's reason) quoted in a message


def shown(text: str) -> str:
    """An address or a server's words as a message quotes them: a 60 KB Location made a 180 KB line."""
    return text if len(text) <= SHOWN_URL else text[:SHOWN_URL] + "…"


def as_uri(url: str) -> str:
    """An address as typed or pasted (通知.txt, a space, 例子.测试, Www.例子.ＣＯＭ:８０) as the request needs it:
    the host in IDNA, the rest percent-encoded where it is not ASCII (as a browser sends it; http.client
    refused it with "ordinal not in range(128)"). Escapes already there are kept."""
    if url.isascii() and " " not in url:
        return url
    parts = urlsplit(url)
    host, port = parts.netloc, ""
    if not host.startswith("[") and ":" in host:  # an IPv6 literal keeps its colons
        host, _, port = host.rpartition(":")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
        port = str(int(port)) if port else ""  # ８０ (full width) is 80, as the page means it
    except (UnicodeError, ValueError):
        raise DataError(f"{shown(url)}: 不是有效的域名或端口 (not a valid host name or port)") from None
    keep = "/%:@!$&'()*+,;=-._~?"
    netloc = host + (":" + port if port else "")
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=keep),
            quote(parts.query, safe=keep),
            quote(parts.fragment, safe=keep),
        )
    )


def bounded_read(response: Any, limit: int, url: str, deadline: float) -> bytes:
    """At most `limit` bytes, whatever Content-Length claims; one byte more is a refusal, not a cut.
    Each read takes what has arrived (read1), so the deadline is checked however slowly bytes come."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(min(CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise DataError(
                f"{shown(url)}: 超过 {limit >> 20} MiB,不像是一份通知 (larger than the limit; not a notice)"
            )
        if time.monotonic() > deadline:
            raise DataError(f"{shown(url)}: 超时 (the page did not arrive whole within the timeout)")
    return b"".join(chunks)
