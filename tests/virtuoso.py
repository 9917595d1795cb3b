"""A real Virtuoso server for the tests (Debian's virtuoso-opensource, installed by
`make test`): its own ini and database under a folder, free loopback ports, SPARQL
writes granted, stopped after."""
from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import time
from pathlib import Path

import requests

PACKAGE_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_ini(folder: Path, sql_port: int, http_port: int) -> Path:
    """The package's ini with the database in `folder` and the servers on loopback ports."""
    at = {"Database": {"DatabaseFile": "virtuoso.db", "ErrorLogFile": "virtuoso.log", "LockFile": "virtuoso.lck",
                       "TransactionFile": "virtuoso.trx", "xa_persistent_file": "virtuoso.pxa"},
          "TempDatabase": {"DatabaseFile": "virtuoso-temp.db", "TransactionFile": "virtuoso-temp.trx"}}
    values = {(sec, key): str(folder / name) for sec, keys in at.items() for key, name in keys.items()}
    values[("Parameters", "ServerPort")] = f"127.0.0.1:{sql_port}"
    values[("HTTPServer", "ServerPort")] = f"127.0.0.1:{http_port}"
    values[("Parameters", "DirsAllowed")] = f"., /usr/share/virtuoso-opensource-7/vad, {folder}"
    lines, section = [], ""
    for line in PACKAGE_INI.read_text().splitlines():
        if m := re.match(r"\[(.+)\]", line):
            section = m.group(1)
        key = line.split("=", 1)[0].strip()
        lines.append(f"{key} = {values[section, key]}" if (section, key) in values else line)
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(lines) + "\n")
    return ini


class Virtuoso:
    def __init__(self, folder: Path, sql_port: int, http_port: int):
        self.folder, self.sql_port = folder, sql_port
        self.url = f"http://127.0.0.1:{http_port}"

    def isql(self, statement: str) -> str:
        """Run SQL (or `SPARQL ...`) through isql-vt as dba; its output."""
        out = subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", f"exec={statement}"],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0 and "Error" not in out.stdout + out.stderr, out.stdout + out.stderr
        return out.stdout


@contextlib.contextmanager
def virtuoso(folder: Path):
    """Start Virtuoso in `folder`, wait until it answers SPARQL, let its SPARQL user
    write; yield a Virtuoso; stop it."""
    sql_port, http_port = free_port(), free_port()
    ini = write_ini(folder, sql_port, http_port)
    proc = subprocess.Popen(["virtuoso-t", "-f", "-c", str(ini)], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Virtuoso(folder, sql_port, http_port)
    try:
        for _ in range(600):  # the first start creates the database: several seconds
            assert proc.poll() is None, (folder / "virtuoso.log").read_text()[-2000:]
            try:
                if requests.get(server.url + "/sparql", params={"query": "ASK {}"}, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        else:
            raise TimeoutError(server.url)
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
