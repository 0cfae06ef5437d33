"""The command line's exit codes and messages, run as a user would run them."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rmentor.models.storage import datafile
from rmentor.models.storage import schema

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_demo_then_check(tmp_path):
    path = tmp_path / "x.sqlite"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "Reverse mentoring 2026" in result.stdout
    result = run("check", "--db", path, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "24 participants, 10 pairings" in result.stdout
    assert f"(data version {schema.SCHEMA_VERSION})" in result.stdout
    dutch = run("check", "--db", path, "--lang", "nl")
    assert (
        f"in orde (gegevensversie {schema.SCHEMA_VERSION}): 1 programma, 24 deelnemers, 10 koppelingen"
        in dutch.stdout
    )
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    statuses = {s for (s,) in con.execute("SELECT status FROM pairing")}
    assert statuses == {"proposed", "active", "paused", "completed", "ended_early"}
    assert 50 <= con.execute("SELECT COUNT(*) FROM meeting").fetchone()[0] <= 70
    names = {n for (n,) in con.execute("SELECT first_name || ' ' || last_name FROM participant")}
    assert {"Ömer Çelik", "Zoë IJsselstein", "Inès Lefèvre"} <= names


def test_demo_twice_is_refused(tmp_path):
    path = tmp_path / "x.sqlite"
    assert run("demo", "--db", path).returncode == 0
    result = run("demo", "--db", path)
    assert result.returncode == 1
    assert result.stderr.strip() == "rmentor: The file x.sqlite already holds the demo programme."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"not a database at all" * 10, "is not an rmentor data file"),
    ],
)
def test_check_refuses_bad_files_in_one_sentence(tmp_path, content, message):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    result = run("check", "--db", path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_check_missing_file(tmp_path):
    result = run("check", "--db", tmp_path / "none.sqlite")
    assert (result.returncode, result.stderr.strip()) == (
        1,
        "rmentor: The file none.sqlite does not exist.",
    )
    assert not (tmp_path / "none.sqlite").exists()


@pytest.mark.parametrize(
    "args", [["check"], ["demo", "--db", "x", "--size", "huge"], ["frobnicate"], ["--lang", "fr"]]
)
def test_usage_errors_exit_2(tmp_path, args):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["export", "--out", "people"], "a file name ending in .csv or .xlsx, such as people.csv"),
        (["export", "--out", "people.txt"], "ending in .csv or .xlsx, such as people.csv"),
        (["report", "--out", "report"], "a file name ending in .pdf, such as report.pdf"),
        (["calendar", "--out", "x.pdf"], "a file name ending in .ics, such as x.ics: x.pdf"),
    ],
)
def test_a_file_to_write_is_named_with_what_it_is(tmp_path, args, said):
    """A sheet without .csv or .xlsx, a report without .pdf: refused before anything is
    read or written, in one sentence."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    result = run(*args, "--db", db, cwd=tmp_path)
    assert result.returncode == 2 and said in result.stderr, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["d.sqlite"]  # not even opened
    written = run("export", "--out", "People.XLSX", "--db", db, cwd=tmp_path)
    assert written.returncode == 0 and (tmp_path / "People.XLSX").exists()


def test_entry_point_matches_main(tmp_path):
    script = Path(sys.executable).with_name("rmentor")
    if not script.exists():
        pytest.skip("the rmentor script is installed by `pip install -e .`")
    result = subprocess.run(
        [str(script), "check", "--db", tmp_path / "n.sqlite"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr.strip()) == (
        1,
        "rmentor: The file n.sqlite does not exist.",
    )


def test_suggest_prints_json_and_writes_nothing(tmp_path):
    import json

    path = tmp_path / "x.sqlite"
    assert run("demo", "--db", path).returncode == 0
    before = path.read_bytes()
    result = run("suggest", "--db", path, "--json")
    assert result.returncode == 0, result.stderr
    draft = json.loads(result.stdout)
    assert {
        "mentor": "s.degraaf@voorbeeldbedrijf.nl",
        "mentee": "j.hendriks@voorbeeldbedrijf.nl",
        "score": 85,
        "reasons": [
            "both: Innovation by cross-pollination, AI-tools",
            "Inkoop → Logistiek",
            "level 2 mentors level 8",
        ],
        "concerns": ["different locations (Zwolle, Deventer)"],
    } in draft
    most = json.loads(run("suggest", "--db", path, "--json", "--mode", "most").stdout)
    assert len(most) >= len(draft) == 3
    assert path.read_bytes() == before
    result = run("suggest", "--db", path, "--json", "--programme", "Nope")
    assert (result.returncode, result.stderr.strip()) == (
        1,
        'rmentor: There is no programme called "Nope" in this file.',
    )


def test_start_and_quit_opens_the_window_once_and_says_so(tmp_path, monkeypatch):
    """What an installation check (and the built program's smoke test) relies on; the
    file is let go of as a closed window lets go of it: no lock left, its backup whole."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    done = run("--db", db, "--start-and-quit")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.sqlite", "d.sqlite.backups", "tmp"]
    # the coordinator's next start opens what it opened before, not the checked file
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "rmentor" / "rmentor.conf"
    kept = settings.read_text().splitlines() if settings.exists() else []
    assert not [line for line in kept if line.startswith(("last_file", "recent_files"))]
    assert not list(temporary.glob("*.lock"))
    assert [p.suffix for p in (tmp_path / "d.sqlite.backups").iterdir()] == [".sqlite"]


def test_the_window_starts_without_what_only_some_steps_need(tmp_path):
    """Start-up (#29): PostgreSQL's driver, NumPy, ReportLab, openpyxl and PDFium load
    when a server, the suggestions, a report, a spreadsheet or a preview needs them."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    later = ("psycopg", "psycopg2", "numpy", "reportlab", "openpyxl", "pypdfium2")
    script = (
        "import atexit, runpy, sys\n"
        f"atexit.register(lambda: print([m for m in {later!r} if m in sys.modules]))\n"
        f"sys.argv = ['main.py', '--db', {str(db)!r}, '--start-and-quit']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_is_painted_before_the_data_files_modules_load(tmp_path):
    """Start-up (#29): the frame is on screen before peewee and the domain's modules are
    imported (its words only: the vocabulary); the file then opens in it."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    script = (
        "import runpy, sys\n"
        "from rmentor.ui.window import app\n"
        "go_on = app.go_on\n"
        "def told(application, window, args):\n"
        "    words = ('rmentor.models', 'rmentor.models.text')\n"
        "    loaded = [m for m in sys.modules if m.startswith(('peewee', 'rmentor.models'))]\n"
        "    loaded = sorted(m for m in loaded if m.rpartition('.')[0] not in words[1:])\n"
        "    print('at the first paint:', [m for m in loaded if m not in words], flush=True)\n"
        "    go_on(application, window, args)\n"
        "    print('then:', window.windowTitle(), flush=True)\n"
        "app.go_on = told\n"
        f"sys.argv = ['main.py', '--db', {str(db)!r}, '--start-and-quit']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "at the first paint: []",
        "then: Reverse mentoring 2026 — d.sqlite — rmentor",
    ]


@pytest.mark.parametrize(
    ("breaking", "said"),
    [
        (
            "import rmentor.ui.window.main_window as m\nm.MainWindow.build = lambda self: 1 / 0\n",
            "rmentor ran into an unexpected problem (ZeroDivisionError).",
        ),
        (  # built in part: closing it must not fail on what is not there
            "import rmentor.ui.window.window_parts as p\np.ServerActions = lambda window: 1 / 0\n",
            "rmentor ran into an unexpected problem (ZeroDivisionError).",
        ),
        (  # a broken install: the hook itself must not need what is missing
            "sys.modules['sqlcipher3'] = None\n",
            "rmentor ran into an unexpected problem (ModuleNotFoundError).",
        ),
    ],
)
def test_a_start_that_fails_once_the_window_shows_says_so_and_ends(tmp_path, breaking, said):
    """What fails after the first paint (building the window's parts, opening the file)
    is said and ends the program with 1: an installation check must not wait for ever
    on an empty frame."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    script = (
        "import runpy, sys\n"
        + breaking
        + f"sys.argv = ['main.py', '--db', {str(db)!r}, '--start-and-quit']\n"
        + f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert f"rmentor: {said}" in done.stderr
    assert "Traceback" not in done.stderr and "Error in sys.excepthook" not in done.stderr


def test_an_installation_check_with_a_wrong_passphrase_file_says_which(tmp_path):
    db, secret = tmp_path / "d.sqlite", tmp_path / "secret.txt"
    assert run("demo", "--db", db).returncode == 0
    secret.write_text("the right one, long enough\n")
    sheet = tmp_path / "sheet.pdf"
    assert run("protect", "--db", db, "--passphrase-file", secret, "--recovery-sheet", sheet)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the one at all, sorry\n")
    for given, said in (
        (wrong, "That passphrase does not open d.sqlite"),
        (tmp_path / "none.txt", "The passphrase file none.txt cannot be read"),
    ):
        done = run("--db", db, "--passphrase-file", given, "--start-and-quit")
        assert done.returncode == 1 and said in done.stderr, done.stderr


def test_an_installation_check_on_a_file_not_there_makes_none(tmp_path):
    missing = tmp_path / "not there.sqlite"
    done = run("--db", missing, "--start-and-quit")
    assert done.returncode == 1
    assert f"rmentor: {missing} is not there." in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "first", ["rmentor.ui.window.history", "rmentor.models.storage.database", "rmentor.cli"]
)
def test_peewee_comes_without_postgresqls_driver_whatever_imports_it_first(first):
    then = "import rmentor.models.storage.database, peewee"
    script = f"import sys, {first}; {then}; print('psycopg' in sys.modules, peewee.psycopg)"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.stdout.split() == ["False", "None"], done.stderr


def test_the_command_lines_kinds_and_moments_are_the_vocabularys():
    from rmentor.cli import parser
    from rmentor.models.text import vocabulary

    assert tuple(vocabulary.MAIL_KINDS) == parser.MAIL_KINDS
    assert tuple(vocabulary.EVALUATION_MOMENTS) == parser.EVALUATION_MOMENTS


def test_a_server_without_its_driver_installed_is_said_in_words():
    """A broken install (psycopg missing) reaching for a server: a sentence, no
    'unexpected error (ModuleNotFoundError)'."""
    script = (
        "import runpy, sys\n"
        "sys.modules['psycopg'] = None  # as if it were not installed\n"
        "sys.argv = ['main.py', 'check', '--db', 'postgresql://nobody@127.0.0.1:1/x']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 1
    assert "PostgreSQL's driver (psycopg) is not installed with rmentor" in done.stderr
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr


def test_the_data_file_may_be_named_before_or_after_the_command(tmp_path):
    path = tmp_path / "x.sqlite"
    assert run("--db", path, "demo").returncode == 0
    before, after = run("--db", path, "check", "--lang", "en"), run("check", "--db", path)
    assert before.returncode == 0, before.stderr
    assert "24 participants" in before.stdout and after.returncode == 0
    missing = run("check")
    assert missing.returncode == 2
    assert "rmentor check: error: the following arguments are required: --db" in missing.stderr


def test_documents_take_any_name_the_system_takes_and_others_may_read_them(tmp_path):
    import hashlib
    import stat

    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    report = tmp_path / ("r" * 244 + ".pdf")  # 248 bytes: a name the system takes
    done = run("report", "--db", db, "--out", report)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(report.stat().st_mode) & 0o044 == 0o044  # as any file made here
    # a folder given as "." is the folder one is in
    assert (
        run("drafts", "--db", db, "--kind", "reminder", "--out", ".", cwd=tmp_path).returncode == 0
    )
    assert list(tmp_path.glob("*.eml"))
    # a report that cannot be written leaves the file as it was: no figures kept for it
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    refused = run("report", "--db", db, "--out", tmp_path / "no folder" / "r.pdf")
    assert refused.returncode == 1 and "cannot be written" in refused.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_one_data_file_or_a_usage_error(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert run("demo", "--db", a).returncode == 0
    two = run("--db", a, "check", "--db", b)
    assert two.returncode == 2 and "two data files" in two.stderr
    empty = run("--db", "", "check")
    assert empty.returncode == 2 and "--db" in empty.stderr and "Traceback" not in empty.stderr
    assert not b.exists()


def test_a_command_on_an_older_file_says_it_brought_it_up_to_date(tmp_path):
    path = tmp_path / "older.sqlite"
    datafile.create_file(path, version=schema.SCHEMA_VERSION - 1)
    result = run("check", "--db", path, "--lang", "en")
    assert result.returncode == 0, result.stderr
    (copy,) = (tmp_path / "older.sqlite.backups").glob("*before-v*")
    assert result.stderr.strip() == (
        f"Brought {path} up to this version of rmentor; the file as it was: {copy}"
    )
    again = run("check", "--db", path, "--lang", "en")
    assert again.stderr == ""


def test_a_lock_that_cannot_be_written_is_not_said_to_be_a_window(tmp_path):
    """A full disk or a read-only folder keeps the command's lock file from being
    written: that is said, not that the file is open in a window (none is)."""
    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    (tmp_path / ".d.sqlite.lock").mkdir()  # where the lock file goes: it cannot be written
    sheet = tmp_path / "staff.csv"
    sheet.write_text("Voornaam,Achternaam,E-mail,Rol\nAnna,Bos,anna@x.nl,mentor\n")
    done = run("import", "--db", db, sheet)
    assert done.returncode == 1
    assert "could not write the small lock file" in done.stderr, done.stderr
    assert "open in an rmentor window" not in done.stderr


def test_a_report_is_in_the_coordinators_language_unless_another_is_asked(tmp_path):
    """As the command's messages: --lang, else the app's language, else the system's."""
    from pypdf import PdfReader

    db = tmp_path / "d.sqlite"
    assert run("demo", "--db", db).returncode == 0
    dutch = {**os.environ, "LC_ALL": "nl_NL.UTF-8", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    for args, title, said in (
        ((), "Programmarapportage", "De rapportage over"),
        (("--lang", "en"), "Programme report", "Wrote the report on"),
    ):
        out = tmp_path / f"r{len(args)}.pdf"
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "report", "--db", db, "--out", out, *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=dutch,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert PdfReader(out).metadata.title.startswith(title)
        assert said in done.stdout, done.stdout
