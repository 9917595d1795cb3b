"""Outputs: checked before the build, written whole or not at all, a replaced file
keeps its mode and a symlink is followed; failures say what failed, in one line."""
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

KG = str(Path(sys.executable).parent / "kg")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_line(r, code=1) -> str:
    assert r.exit_code == code, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


@pytest.fixture
def article(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Corp hired 5 people.")
    return str(tmp_path / "a.txt")


def test_files_output_folder_fails_before_the_build(tmp_path, article):
    (tmp_path / "dir").mkdir()
    for opt in ("-o", "--html"):  # a model that does not exist would fail the build first
        r = CliRunner().invoke(cli, ["build", article, opt, str(tmp_path / "dir"), "--model", "no_such_model"])
        assert one_line(r) == f"Error: {tmp_path / 'dir'}: is a folder; give a file name"
    assert os.listdir(tmp_path / "dir") == []


def test_files_replaced_output_keeps_mode_and_symlink(tmp_path, article):
    out, real, link = tmp_path / "o.nt", tmp_path / "real.nt", tmp_path / "link.nt"
    out.write_text("old")
    out.chmod(0o640)
    real.write_text("old")
    link.symlink_to(real.name)
    for path in (out, link):
        assert CliRunner().invoke(cli, ["build", article, "-o", str(path)]).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640 and "/doc/a>" in out.read_text()
    assert link.is_symlink() and os.readlink(link) == "real.nt" and "/doc/a>" in real.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.nt", "o.nt", "real.nt"]


def test_files_unreachable_scheduler_is_not_a_write_error(tmp_path, article):
    import dask
    import distributed  # noqa: F401  (its config defaults, before dask.config.set below)

    for address in (f"tcp://127.0.0.1:{free_port()}", "foo"):
        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            r = CliRunner().invoke(cli, ["build", article, "-o", str(tmp_path / "o.nq"), "--engine", "dask",
                                         "--scheduler", address])
        line = one_line(r)
        assert f"cannot reach the Dask scheduler at {address} (" in line and "cannot write" not in line
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.slow
def test_files_sigterm_leaves_no_temp_file_and_one_line(tmp_path):
    """SIGTERM to `kg build --jobs 2` mid-build: the pool stops, nothing half-written."""
    src = tmp_path / "big.jsonl"
    src.write_text("".join(f'{{"id": "d{i}", "text": "{"Governor Jane Doe pledged to cut taxes. " * 20}"}}\n'
                           for i in range(400)))
    proc = subprocess.Popen([KG, "build", str(src), "-o", str(tmp_path / "big.nq"), "--jobs", "2"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any(p.suffix == ".tmp" for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(3)  # the workers have loaded their model and are parsing
    assert proc.poll() is None, "the build ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)  # returns once every worker has closed stderr too
    assert proc.returncode == 143 and err == "Error: stopped by SIGTERM; no output was left half-written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]
