"""examples/quickstart.ipynb runs from top to bottom in a kernel of this venv."""
import re
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_runs_and_shows_frames_and_the_page(tmp_path, monkeypatch):
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # nothing written to the home folder
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [c.outputs for c in nb.cells if c.cell_type == "code"]
    assert outputs[-1][0]["text"].strip() == sys.executable  # the kernel is this venv's Python
    data = [o["data"] for out in outputs[:-1] for o in out if o["output_type"] == "execute_result"]
    assert len(data) == 5
    assert int(data[0]["text/plain"]) > 100  # triples
    assert "Gong Zheng" in data[1]["text/plain"] and "<table" in data[1]["text/html"]
    assert "Zhou Ji" in data[2]["text/plain"] and re.search(r"40000000 +USD", data[2]["text/plain"])
    assert "schema.org/Person" in data[3]["text/plain"]
    assert data[4]["text/plain"].startswith("<Page 'Three articles': ")  # no memory address: stable output
    page = data[4]["text/html"]
    assert page.startswith("<iframe srcdoc=\"&lt;!DOCTYPE html&gt;") and "sandbox=\"allow-scripts\"" in page
