"""Remote stores against small loopback servers that misbehave on purpose: redirects,
codes that are not the protocol's success, answers that are not SPARQL results."""
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from kg.cli import cli

TRIG = '<https://e.org/doc/a> { <https://e.org/doc/a> <https://e.org/p> "x" . }\n'


class Scripted(BaseHTTPRequestHandler):
    """Answers every request with `answer(handler) -> (status, headers, body)`; records them."""
    answer = None
    seen: list = []

    def respond(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.command, self.path))
        status, headers, body = type(self).answer(self)
        self.send_response(status)
        for k, v in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_PUT = do_POST = do_DELETE = respond

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted():
    """Start a loopback server answering with the function given; yields its base URL."""
    servers = []

    def start(answer):
        handler = type("Handler", (Scripted,), {"answer": staticmethod(answer), "seen": []})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_port}", handler.seen
    yield start
    for s in servers:
        s.shutdown()


def failed_one_line(r) -> str:
    assert r.exit_code == 1, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


def redirect_writes(h):
    """Writes are sent elsewhere; a GET (what a followed 302 becomes) is 'fine'."""
    if h.command == "GET":
        return 200, {}, b"ok"
    return 302, {"Location": "/elsewhere"}, b""


def test_remote_push_and_drop_do_not_follow_redirects(scripted, tmp_path):
    url, seen = scripted(redirect_writes)
    (tmp_path / "c.trig").write_text(TRIG)
    for args in (["push", str(tmp_path / "c.trig")], ["drop", "https://e.org/doc/a"],
                 ["push", str(tmp_path / "c.trig"), "--protocol", "update"]):
        r = CliRunner().invoke(cli, [*args, "--endpoint", url + "/store"])
        line = failed_one_line(r)
        assert f"HTTP 302 Found: redirects to {url}/elsewhere; nothing was sent there" in line
    assert all(method != "GET" for method, _ in seen)


@pytest.mark.parametrize("status", [202, 206, 299])
def test_remote_only_protocol_success_codes_are_success(scripted, tmp_path, status):
    url, _ = scripted(lambda h: (status, {}, b""))
    (tmp_path / "c.trig").write_text(TRIG)
    r = CliRunner().invoke(cli, ["push", str(tmp_path / "c.trig"), "--endpoint", url + "/store"])
    assert f"HTTP {status}" in failed_one_line(r) and "stored 0 of 1 graphs" in r.stderr


BAD_URLS = {"http://[::1/store": "Invalid IPv6 URL", "http://127.0.0.1:99999/store": "Port out of range",
            "http://:80/store": "no host", "http://exa mple.org/store": "space",
            "http://ann:pw2@[::1/store": "Invalid IPv6 URL"}


@pytest.mark.parametrize("url", BAD_URLS)
def test_remote_bad_endpoint_url_is_one_line(tmp_path, url):
    (tmp_path / "c.trig").write_text(TRIG)
    for args in (["query", "roles"], ["push", str(tmp_path / "c.trig")], ["drop", "https://e.org/doc/a"]):
        line = failed_one_line(CliRunner().invoke(cli, [*args, "--endpoint", url]))
        assert "not a valid URL" in line and BAD_URLS[url] in line and "pw2" not in line


@pytest.mark.parametrize("body, why", [
    (b"[1, 2, 3]", 'no "head"'), (b'{"results": {"bindings": []}}', 'no "head"'),
    (b'{"head": {"vars": ["x"]}}', 'no "results"'),
    (b'{"head": {"vars": ["x"]}, "results": {"bindings": [1, 2]}}', '"bindings" objects'),
    (b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": "text"}]}}', 'term with a "value"'),
    (b'{"head": {"vars": "x"}, "results": {"bindings": []}}', 'list of "vars"'),
    (b"not json", "only SELECT and ASK")])
def test_remote_malformed_results_are_one_line(scripted, body, why):
    url, _ = scripted(lambda h: (200, {"Content-Type": "application/sparql-results+json"}, body))
    line = failed_one_line(CliRunner().invoke(cli, ["query", "--endpoint", url + "/query", "roles"]))
    assert "answer is not SPARQL JSON results" in line and why in line


def test_remote_results_read_when_well_formed(scripted):
    body = b'{"head": {"vars": ["x", "y"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1"}}]}}'
    url, _ = scripted(lambda h: (200, {}, body))
    r = CliRunner().invoke(cli, ["query", "--endpoint", url + "/query", "SELECT * WHERE {}", "--format", "csv"])
    assert r.exit_code == 0 and r.output == "x,y\n1,\n"


def test_remote_push_interrupted_says_what_was_stored(scripted, tmp_path):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    second, release = threading.Event(), threading.Event()

    def slow_second(h):
        if len(h.seen) == 2:  # hold the second graph's PUT until the client gives up
            second.set()
            release.wait(30)
        return 204, {}, b""
    url, seen = scripted(slow_second)
    trig = tmp_path / "c.trig"
    trig.write_text("".join(f'<https://e.org/doc/{d}> {{ <https://e.org/doc/{d}> <https://e.org/p> "x" . }}\n'
                            for d in "abc"))
    proc = subprocess.Popen([str(Path(sys.executable).parent / "kg"), "push", str(trig), "--endpoint", url + "/store"],
                            stderr=subprocess.PIPE, text=True)
    try:
        assert second.wait(30)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        release.set()
    assert proc.returncode == 130 and err == (
        "Error: interrupted; stored 1 of 3 graphs; <https://e.org/doc/b> may be incomplete "
        "(stopped while sending chunk 1 of 1); not sent: 1 graphs\n")
