import atexit
import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

# No screen; the offscreen platform's one screen is a laptop's: 1280 x 680 logical pixels
# is 1920 x 1080 at 150 % less the taskbar, the smallest the dialogs must fit.
SCREEN = Path(tempfile.gettempdir()) / "rmentor-test-screen.json"
SCREEN.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": 1280,
                    "height": 680,
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    )
)
# Never the keychain of the machine the tests run on: none for the commands they start,
# one in memory for the tests themselves (the fixture below).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from rmentor.models.programme import programmes  # noqa: E402
from rmentor.models.programme.participants import save_participant  # noqa: E402
from rmentor.models.storage import datafile  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keychain that lives as long as one test."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def keychain():
    from rmentor.models.storage import keys

    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keys.forget_all()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep settings, logs and the default data file out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    yield
    datafile.close_file()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes the test's windows afterwards; a form left with input would ask
    "discard?" there and wait for ever. Answer Discard, once the test itself is done."""
    if "qapp" not in item.fixturenames:  # no window: nothing to answer
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        yield


@pytest.fixture
def messages(monkeypatch):
    """Answer and record message boxes as a user would (Yes to questions)."""
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer

        return box

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return seen


@pytest.fixture(scope="session")
def _english(qapp):
    """The app as it starts in English: with its plural forms ("1 pairing", "2 pairings");
    every window and program test has it (their conftest), the domain's need no Qt. Its
    garbage collector runs on the window's thread only (tests.main_thread_gc)."""
    from rmentor.ui.window import translations
    from tests import main_thread_gc

    main_thread_gc.start(qapp)
    translations.install(qapp, "en")


@pytest.fixture
def language(qapp):
    """Switch the app to a language as a start in it would; back to English afterwards."""
    from rmentor.ui.window import translations
    from rmentor.ui.window.app import create_application

    yield lambda lang: create_application(lang)
    translations.install(qapp, "en")


DEMOS = {}  # size -> a file holding that demo, made once per test session


def demo_made(size: str) -> Path:
    """The demo of this size, made the first time it is asked for (the large one takes
    15 s, the small one 0.3 s times some 150 tests)."""
    from rmentor.models import demo

    if size not in DEMOS:
        folder = Path(tempfile.mkdtemp(prefix="rmentor-demo-"))
        atexit.register(shutil.rmtree, folder, True)  # gone with the test session
        with pytest.MonkeyPatch.context() as patch:  # its settings and backups in there too
            for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
                patch.setenv(var, str(folder / var.lower()))
            path = folder / f"{size}.sqlite"
            with datafile.opened(path, create=True):
                (demo.write_small_demo if size == "small" else demo.write_large_demo)()
        DEMOS[size] = path
    return DEMOS[size]


def copy_demo(target: Path, size: str = "small") -> Path:
    """A file holding the demo, as write_small_demo (or write_large_demo) leaves it."""
    shutil.copyfile(demo_made(size), target)
    return target


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "programme.sqlite"


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server of this test process's own, removed when the tests end."""
    from tests.server.cluster import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def server_location(pg_cluster):
    """An empty database on the test server (one per test process, emptied per test)."""
    from rmentor.models.storage.server import ServerLocation

    return ServerLocation.parse(pg_cluster.empty("programmes"))


@pytest.fixture
def engine():
    """Where the domain's tests keep their data: a file, unless a test module asks for
    both (tests/domain/conftest.py runs those on a server too)."""
    return "file"


@pytest.fixture
def opened(request, db_path, engine):
    if engine == "server":
        from rmentor.models.storage import server

        location = request.getfixturevalue("server_location")
        server.open_server(location, create=True)
        yield location
        server.close_server()
        return
    datafile.open_file(db_path)
    yield db_path


@pytest.fixture
def programme(opened):
    return programmes.save_programme(
        name="Cohort 2026",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 12, 31),
        cadence_weeks=4,
        themes=["consumer", "innovation"],
    )


@pytest.fixture
def make_person(programme):
    counter = iter(range(1, 10_000))

    def make(role="mentor", first="Test", last=None, **fields):
        n = next(counter)
        fields.setdefault("email", f"person{n}@example.nl")
        fields.setdefault("languages", "Nederlands")
        return save_participant(
            programme=programme,
            first_name=first,
            last_name=last or f"Person{n}",
            role=role,
            **fields,
        )

    return make


@pytest.fixture
def press_stop_at(monkeypatch):
    """Stop pressed in a progress window once it shows the value given (None: never),
    as a coordinator presses it part way through a batch."""
    from PySide6.QtWidgets import QProgressDialog

    shown = QProgressDialog.setValue
    at = [None]

    def stopping(progress, value):
        shown(progress, value)
        if value == at[0]:
            progress.cancel()

    monkeypatch.setattr(QProgressDialog, "setValue", stopping)
    return lambda value: at.__setitem__(0, value)


@pytest.fixture
def big_tables(monkeypatch):
    """The small demo's tables counted as big, so they are read as the large file's are."""
    from rmentor.ui.tabs import table_tab

    monkeypatch.setattr(table_tab, "BIG", 3)
    return monkeypatch


@pytest.fixture
def demo_window_in(qtbot, db_path, language):
    """The main window on the small demo, started in a given language."""

    def make(lang):
        language(lang)
        return open_demo_window(qtbot, db_path)

    return make


@pytest.fixture
def demo_window(qtbot, db_path):
    """The main window on a file holding the small demo."""
    return open_demo_window(qtbot, db_path)


def open_demo_window(qtbot, db_path):
    from rmentor.ui.window.main_window import MainWindow

    copy_demo(db_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(db_path, create=False)
    return window


@pytest.fixture(autouse=True)
def _clicks_at_once(request, monkeypatch):
    """A test clicks faster than anyone can: the moment after a progress window in
    which a click goes nowhere (it was aimed at Stop) is kept only where it is tested,
    and waited out after it, not left to swallow the next test's first clicks."""
    from rmentor.ui.common import background

    if not request.node.get_closest_marker("aims_at_stop"):
        monkeypatch.setattr(background, "STOP_AIM_MS", 0)
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    yield
    qtbot.wait(background.STOP_AIM_MS + 50)
