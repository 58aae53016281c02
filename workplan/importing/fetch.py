"""Notices from where they live: a page (HTML, .docx, .pdf) fetched over HTTP(S), bounded in time and
size, with an honest User-Agent; the charset the server names goes to the reader with the bytes.

Only http and https; the standard library's client (no dependency); a redirect is followed as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .._version import __version__
from ..errors import DataError
from ..validation import MAX_FILE_BYTES

TIMEOUT = 30.0  # seconds for the connection and for each read: a government site can be slow, not mute
USER_AGENT = f"workplan/{__version__} (+https://pypi.org/project/workplan/; imports published work plans)"
URL = re.compile(r"^https?://", re.IGNORECASE)
CHUNK = 1 << 16


@dataclass(frozen=True)
class Fetched:
    """A page's bytes, the name to report it by, and the charset its server named (or None)."""

    raw: bytes
    name: str
    charset: str | None


def is_url(text: str) -> bool:
    return URL.match(text) is not None


def fetch(url: str, timeout: float = TIMEOUT, limit: int = MAX_FILE_BYTES) -> Fetched:
    """The page at `url`; DataError (exit 3) for anything that is not a page we can read: a bad address,
    no answer in `timeout` seconds, an HTTP error, or more than `limit` bytes (read no further)."""
    import urllib.error  # imported here: the client costs start-up time no other command should pay
    import urllib.request

    if not is_url(url) or not urlsplit(url).hostname:
        raise DataError(f"{url}: 不是 http(s) 网址 (not an http or https address)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = bounded_read(response, limit, url)
            headers = response.headers
            final = response.geturl()
    except urllib.error.HTTPError as e:
        raise DataError(
            f"{url}: 服务器返回 HTTP {e.code} (the server answered {e.code} {e.reason})"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as e:
        reason = getattr(e, "reason", e)
        raise DataError(f"{url}: 无法获取 (cannot fetch): {reason}") from None
    return Fetched(raw, final, headers.get_content_charset())  # the address is the source, as read


def bounded_read(response: object, limit: int, url: str) -> bytes:
    """At most `limit` bytes, whatever Content-Length claims; one byte more is a refusal, not a cut."""
    chunks: list[bytes] = []
    size = 0
    read = response.read  # type: ignore[attr-defined]
    while chunk := read(min(CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise DataError(
                f"{url}: 超过 {limit >> 20} MiB,不像是一份通知 (larger than the limit; not a notice)"
            )
    return b"".join(chunks)
