"""Notices imported from where they live: a real HTTP server on the loopback address, no network."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from workplan.errors import DataError
from workplan.importing import import_notice, read_source, slug
from workplan.importing.fetch import as_uri, fetch

from .helpers import records
from .test_formats import as_docx

PLAN = ["北湖区2022年重点工作", "一、稳增长", "1.新开工重大项目20个。(牵头单位:区发改局;配合单位:区财政局)"]
PAGE = "<html><head><title>北湖区</title></head><body><div class='article-content'>{}</div></body></html>"
SEEN: list[dict[str, str]] = []
OUTLASTED: list[str] = []  # paths whose endless answer ran its minute out: the client did not cut it


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        SEEN.append(dict(self.headers))
        if self.path in ("/gbk.html", "/%E9%80%9A%E7%9F%A5%20%E4%BA%8C.html"):  # 通知 二.html as sent
            # the charset only in the HTTP header, none in the page
            body = PAGE.format("".join(f"<p>{line}</p>" for line in PLAN)).encode("gbk")
            self.reply(200, "text/html; charset=GBK", body)
        elif self.path == "/plan.docx":
            self.reply(200, "application/octet-stream", as_docx(PLAN))
        elif self.path == "/slow":
            time.sleep(3)
            self.reply(200, "text/plain", b"late")
        elif self.path == "/big":
            self.reply(200, "text/plain", b"x" * 5000)
        elif self.path == "/trickle":  # a byte at a time, each well inside the timeout
            self.send_response(200)
            self.send_header("Content-Length", "60")
            self.end_headers()
            for _ in range(60):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/short":  # declares 1000 bytes, sends 10, hangs up
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"0123456789")
            self.close_connection = True
        elif self.path == "/badstatus":
            self.wfile.write(b"HTTP/1.1 abc OK\r\n\r\n")
            self.close_connection = True
        elif self.path == "/redirect-endless":  # a redirect whose own body never ends
            self.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: /gbk.html\r\nConnection: close\r\n\r\n")
            self.endless(b"a" * 65536, 0)
        elif self.path == "/headers-drip":  # the status line, then a header a byte at a time
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self.endless(b"X", 0.1)
        elif self.path == "/continue-forever":
            self.endless(b"HTTP/1.1 100 Continue\r\n\r\n", 0)
        elif self.path == "/trailers-forever":  # a chunked body whose trailer never ends
            self.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n")
            self.endless(b"X-T: y\r\n", 0)
        elif self.path == "/trailer-drip":  # headers and body whole, then a trailer a byte at a time
            self.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n")
            self.endless(b"X", 0.1)
        elif self.path == "/late-redirect":  # answered half a second late, to a TLS port that refuses
            time.sleep(0.5)
            self.send_response(302)
            self.send_header("Location", f"https://127.0.0.1:{closed_port()}/x")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/short-plus":  # Content-Length written +1000 (http.client reads it as 1000)
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: +1000\r\n\r\n0123456789")
            self.close_connection = True
        elif self.path == "/redirect-drip":  # a redirect's headers a byte at a time
            self.wfile.write(b"HTTP/1.1 302 Found\r\n")
            self.endless(b"X", 0.1)
        elif self.path == "/long-location":
            self.send_response(302)
            self.send_header("Location", "/" + "a" * 9000)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/toftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:9/x")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.reply(404, "text/plain", b"not found")

    def reply(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def endless(self, piece: bytes, pause: float) -> None:
        """Write `piece` until the client hangs up (or a minute has passed: the test has long failed)."""
        self.close_connection = True
        stop = time.monotonic() + 60
        try:
            while time.monotonic() < stop:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(pause)
            OUTLASTED.append(self.path)  # the client never hung up: it waited past its deadline
        except OSError:
            pass

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def expected() -> list[tuple[Any, ...]]:
    return records(import_notice("\n".join(PLAN).encode("utf-8"), "plan.txt"))


def test_a_page_is_read_in_the_charset_its_server_names(server: str) -> None:
    raw, name, charset = read_source(f"{server}/gbk.html")
    assert (name, charset, slug(name)) == (f"{server}/gbk.html", "gbk", "gbk")
    assert slug("https://x.gov.cn/art/2021/%E9%80%9A%E7%9F%A5.html?id=5") == "通知"
    assert records(import_notice(raw, name, charset=charset)) == expected()
    assert SEEN[-1]["User-Agent"].startswith("workplan/")


def test_an_address_as_typed_with_hanzi_and_spaces_is_sent_encoded(server: str) -> None:
    """http.client refused 通知.html with "ordinal not in range(128)"; a browser sends it encoded."""
    raw, name, _ = read_source(f"{server}/通知 二.html")
    assert records(import_notice(raw, name, charset="gbk")) == expected()
    assert [
        as_uri(typed)
        for typed in (
            "http://例子.测试/a b?q=通知#x",
            "http://x.cn/%E9%80%9A",
            "http://Www.例子.测试/",  # a capital letter: the host had been lower-cased, then not found
            "http://例子.ＣＯＭ:８０８０/",
        )
    ] == [
        "http://xn--fsqu00a.xn--0zwm56d/a%20b?q=%E9%80%9A%E7%9F%A5#x",
        "http://x.cn/%E9%80%9A",
        "http://Www.xn--fsqu00a.xn--0zwm56d/",
        "http://xn--fsqu00a.com:8080/",
    ]


def test_a_docx_is_fetched_and_read_by_its_content(server: str) -> None:
    raw, name, charset = read_source(f"{server}/plan.docx")
    assert records(import_notice(raw, name, charset=charset)) == expected()


@pytest.mark.parametrize(
    ("path", "options", "said"),
    [
        ("/missing", {}, "HTTP 404"),
        ("/slow", {"timeout": 0.5}, "超时"),
        ("/headers-drip", {"timeout": 1.0}, "超时"),  # a deadline for the whole answer, not each read
        ("/continue-forever", {"timeout": 1.0}, "超时"),
        ("/trailers-forever", {"timeout": 10.0}, "trailer"),
        ("/trailer-drip", {"timeout": 1.0}, "超时"),  # after the headers urllib lets go of the socket
        ("/big", {"limit": 1000}, "超过"),
        ("/trickle", {"timeout": 1.0}, "超时"),
        ("/short", {}, "页面不完整"),
        ("/short-plus", {}, "页面不完整"),  # +1000 escaped the check: the cut page was imported
        ("/redirect-drip", {"timeout": 1.0}, "超时"),  # said as the HTTP 302 the headers began
        ("/long-location", {}, "重定向的网址超过 8192 个字符"),
        ("/badstatus", {}, "无法获取"),
        ("/toftp", {}, "重定向"),
    ],
)
def test_what_is_not_a_readable_page_is_refused_with_one_line(
    server: str, path: str, options: dict[str, Any], said: str
) -> None:
    with pytest.raises(DataError) as caught:
        fetch(f"{server}{path}", **options)
    assert caught.value.exit_code == 3 and said in str(caught.value)
    assert path not in OUTLASTED  # cut at the deadline, not when the server gave up


def closed_port() -> int:
    """A port nothing listens on (bound, then let go)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_each_connection_waits_only_for_the_time_left(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A redirect answered late connected, and made its TLS handshake, with a whole timeout of its own
    (19.8 s at --timeout 10): each connection now gets what is left of the deadline."""
    import socket

    waits: list[float] = []
    real = socket.create_connection

    def connecting(address: Any, timeout: float, *args: Any) -> socket.socket:
        waits.append(timeout)
        return real(address, timeout, *args)

    monkeypatch.setattr(socket, "create_connection", connecting)
    with pytest.raises(DataError, match="无法获取"):  # the TLS port refuses
        fetch(f"{server}/late-redirect", timeout=5.0)
    assert len(waits) == 2 and waits[0] <= 5.0 and waits[1] <= 5.0 - 0.5


def test_a_redirects_own_body_is_never_read(server: str) -> None:
    """urllib read a redirect's body whole before following it: an endless one took all memory."""
    raw, name, _ = read_source(f"{server}/redirect-endless")
    assert name == f"{server}/gbk.html" and len(raw) < 1000


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("file:///etc/passwd", "不是 http"),
        ("http://[::1/x", "不是 http"),
        ("http:///x", "不是 http"),
        ("http://user@127.0.0.1:9/x", "不支持含用户名的网址"),  # "Name or service not known"
        ("http://用户@127.0.0.1:9/x", "不支持含用户名的网址"),
    ],
)
def test_only_http_addresses_are_fetched(address: str, said: str) -> None:
    """`http://[::1/x` (an IPv6 literal left open) was exit 70, and in a list it stopped the whole run;
    an address with a user name was looked up as the host `user@127.0.0.1`."""
    with pytest.raises(DataError, match=said):
        fetch(address)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workplan", *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd
    )


def test_the_command_imports_a_url(server: str, tmp_path: Path) -> None:
    done = run("import", f"{server}/gbk.html", "-o", "q.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = yaml.safe_load((tmp_path / "q.yaml").read_text(encoding="utf-8"))
    assert data["meta"]["source"] == f"{server}/gbk.html" and data["sections"][0]["tasks"][0][
        "responsibility"
    ]["lead"] == ["区发改局"]


def test_a_list_imports_each_notice_and_exits_3_when_one_is_refused(server: str, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text(
        f"# 北湖区\n{server}/gbk.html\n\n{server}/missing\n{server}/plan.docx\n", encoding="utf-8"
    )
    done = run("import", "--from-list", "urls.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["gbk.yaml", "plan.yaml"]
    assert "拒绝 refused" in done.stdout and "gbk" in done.stdout
    assert f"{server}/missing" in done.stderr and "HTTP 404" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_list_needs_an_output_folder_and_no_notice_beside_it(tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text("a.txt\n", encoding="utf-8")
    assert run("import", "--from-list", "urls.txt", cwd=tmp_path).returncode == 2
    assert run("import", "x.txt", "--from-list", "urls.txt", "-o", "o", cwd=tmp_path).returncode == 2
    assert run("import", "--from-list", "urls.txt", "-o", "o", "--id", "x", cwd=tmp_path).returncode == 2


def test_a_list_is_bounded_and_so_are_its_errors(tmp_path: Path) -> None:
    """A list is read to a bound (one of /dev/zero took all memory, exit 70), and its refusals are said
    up to the warnings' bound, then counted (200,000 of them printed 200,000 lines)."""
    (tmp_path / "huge.txt").write_bytes(b"#" * (5 << 20))
    huge = run("import", "--from-list", "huge.txt", "-o", "out", cwd=tmp_path)
    assert huge.returncode == 3 and "超过 4 MiB" in huge.stderr and "Traceback" not in huge.stderr
    (tmp_path / "many.txt").write_text("".join(f"missing-{i}.txt\n" for i in range(1003)), encoding="utf-8")
    many = run("import", "--from-list", "many.txt", "-o", "out", cwd=tmp_path)
    lines = many.stderr.splitlines()
    assert many.returncode == 3 and len(lines) == 1001 and "1003 refused in all" in lines[-1]
    assert lines[0].startswith("workplan: error: missing-0.txt: 无法读取")  # the entry named once


def test_a_list_reads_nul_separated_entries_and_indented_comments_and_bounds_its_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`find -print0 > list` wrote NULs: an entry with one was exit 70 (open() raises ValueError); an
    indented `# comment` was an entry; two million one-letter entries took 47 s and 1.7 GB."""
    from workplan import read_list

    listing = tmp_path / "list.txt"
    listing.write_bytes(b"a.txt\n  # a comment\n\td.html \r\nb\xc2\x85c.txt\n")
    assert read_list(listing) == ["a.txt", "d.html", "b\x85c.txt"]
    listing.write_bytes(b"a.txt\x00 b c.txt\x00#d\nx.txt\x00\x00")  # find -print0: names exactly as written
    assert read_list(listing) == ["a.txt", " b c.txt", "#d\nx.txt"]
    monkeypatch.setattr("workplan.limits.MAX_LIST_ENTRIES", 3)
    listing.write_text("a\nb\nc\n", encoding="utf-8")
    assert read_list(listing) == ["a", "b", "c"]
    listing.write_text("a\nb\nc\nd\n", encoding="utf-8")
    with pytest.raises(DataError, match="列表超过 3 项, 请拆分"):
        read_list(listing)


def test_the_timeout_is_a_number_of_seconds_within_bounds(tmp_path: Path) -> None:
    for value in ("inf", "nan", "1e10", "0"):
        done = run("import", "http://127.0.0.1:9/x", "--timeout", value, cwd=tmp_path)
        assert done.returncode == 2 and "--timeout" in done.stderr and "Traceback" not in done.stderr


def test_a_list_goes_on_past_a_file_it_may_not_overwrite(server: str, tmp_path: Path) -> None:
    (tmp_path / "urls.txt").write_text(f"{server}/gbk.html\n{server}/plan.docx\n", encoding="utf-8")
    assert run("import", "--from-list", "urls.txt", "-o", "out", cwd=tmp_path).returncode == 0
    (tmp_path / "out" / "plan.yaml").unlink()
    again = run("import", "--from-list", "urls.txt", "-o", "out", cwd=tmp_path)
    assert again.returncode == 4  # gbk.yaml exists: refused, and plan.yaml is written all the same
    assert (tmp_path / "out" / "plan.yaml").exists() and "拒绝 refused" in again.stdout


@pytest.mark.parametrize("declared", ["utf-7", "unicode_escape", "punycode", "undefined", "latin-1"])
def test_a_page_naming_a_codec_we_do_not_trust_is_read_by_the_text_rule(declared: str) -> None:
    body = "".join(f"<p>{line}</p>" for line in PLAN)
    page = f'<html><head><meta charset="{declared}"></head><body>{body}</body></html>'.encode()
    assert records(import_notice(page, "p.html")) == expected()


def test_output_under_a_file_is_exit_4_and_a_list_refuses_stdin_and_what_is_no_file(tmp_path: Path) -> None:
    notice = Path(__file__).parent / "notices" / "wordings.txt"
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    blocked = run("import", str(notice), "-o", "afile/x.yaml", cwd=tmp_path)
    assert blocked.returncode == 4 and "Traceback" not in blocked.stderr
    (tmp_path / "list.txt").write_text(f"-\n{tmp_path}\n{notice}\n", encoding="utf-8")
    done = run("import", "--from-list", "list.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 3 and [p.name for p in (tmp_path / "out").iterdir()] == ["wordings.yaml"]
    assert "stdin cannot be named" in done.stderr and "not a regular file" in done.stderr


def test_a_name_with_a_line_break_is_one_line_in_the_list_summary(tmp_path: Path) -> None:
    """Pass 15: in the summary table a name holding a line break printed it raw: one entry read as two."""
    folder = tmp_path / "fl"
    folder.mkdir()
    (folder / "a\nb.txt").write_text("一、民生\n(一)新建学校。(责任单位:区教育局)\n", encoding="utf-8")
    (tmp_path / "nl.lst").write_bytes(b"fl/a\nb.txt\x00")
    done = run("import", "--from-list", "nl.lst", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (row,) = [line for line in done.stdout.splitlines() if "imported" in line]
    assert row.endswith("fl/a\\nb.txt")
