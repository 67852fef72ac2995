"""Offline proof: the kiosk never touches the network.

Every command the rooms use (the smoke test, `render`, `check`, `run` up to the first card) runs
in a process watched in up to three independent ways, each proven to work by a control run:

1. a Python-level guard: a `sitecustomize.py` on PYTHONPATH patches `socket` so that creating,
   connecting, binding or sending on an AF_INET/AF_INET6 socket, or resolving a name, is
   refused and written to a log (AF_UNIX stays allowed: X11, D-Bus, PulseAudio, the kiosk's
   own single-instance socket are local);
2. the system-call level: `strace -f` logs every socket, connect, bind and send of the process
   and its children, Qt's C++ included, which the Python guard cannot see;
3. a network namespace of its own (`unshare -rn`): no interface but a loopback that is down, so
   a kiosk that needed the network could not start.

A test fails if any socket to the network was attempted, or if the command failed. The frozen
bundle (dist/kompas-kiosk, or $KOMPAS_KIOSK_BUNDLE) is checked with layers 2 and 3 (a frozen
app reads no sitecustomize); without a bundle those tests are skipped and say how to build one.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECK = "samarbejdskompasset"

GUARD = '''\
"""Installed by tests/test_offline.py: refuse and record any use of the network."""
import os
import socket
import sys
import traceback

_LOG = os.environ["KOMPAS_NET_LOG"]
_NET = (socket.AF_INET, socket.AF_INET6)
with open(os.environ["KOMPAS_NET_ACTIVE"], "a", encoding="utf-8") as _f:
    _f.write(f"guard active in pid {os.getpid()}\\n")


def _refuse(what, detail):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} {detail!r} (pid {os.getpid()}, argv {sys.argv!r})\\n")
        log.write("".join(traceback.format_stack(limit=12)))
    raise OSError(101, f"the offline test blocks the network: {what} {detail!r}")


_init = socket.socket.__init__


def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
    if fileno is None and (family in _NET or family == -1):
        _refuse("socket", (family, type))
    _init(self, family, type, proto, fileno)
    if self.family in _NET:
        _refuse("socket from fd", fileno)


def _guarded(name):
    original = getattr(socket.socket, name)

    def method(self, *args, **kwargs):
        if self.family in _NET:
            _refuse(name, args[0] if args else None)
        return original(self, *args, **kwargs)

    return method


socket.socket.__init__ = __init__
for _name in ("connect", "connect_ex", "bind", "sendto", "sendmsg"):
    setattr(socket.socket, _name, _guarded(_name))


def _resolver(name):
    def refuse(*args, **kwargs):
        _refuse(name, args[0] if args else None)

    return refuse


for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "getnameinfo", "create_connection", "create_server"):
    setattr(socket, _name, _resolver(_name))
'''

# What strace prints for a network socket: socket(AF_INET, …), connect(3, {sa_family=AF_INET6, …
NETWORK_SYSCALL = re.compile(r"\b(?:socket|socketpair)\((?:AF|PF)_INET6?\b|sa_family=AF_INET6?\b")


# -- the three layers ----------------------------------------------------------------------


@functools.cache
def have_strace() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0  # ptrace may be forbidden in a container


@functools.cache
def have_netns() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


class Watched:
    """One command run offline, with what each layer saw."""

    def __init__(
        self,
        result: subprocess.CompletedProcess[str],
        layers: list[str],
        guard_log: str,
        guard_active: str,
        strace_log: str,
    ) -> None:
        self.result = result
        self.layers = layers
        self.guard_log = guard_log
        self.guard_active = guard_active
        self.strace_hits = [
            line for line in strace_log.splitlines() if NETWORK_SYSCALL.search(line)
        ]

    @property
    def attempts(self) -> list[str]:
        found = []
        if self.guard_log:
            found.append("Python guard:\n" + self.guard_log)
        if self.strace_hits:
            found.append("strace:\n" + "\n".join(self.strace_hits[:20]))
        return found

    def explain(self) -> str:
        return (
            f"layers: {', '.join(self.layers)}\nexit {self.result.returncode}\n"
            f"stdout: {self.result.stdout[-1500:]}\nstderr: {self.result.stderr[-3000:]}\n"
            + "\n".join(self.attempts)
        )


def run_offline(command: list[str], tmp: Path, python_guard: bool) -> Watched:
    tmp.mkdir(parents=True, exist_ok=True)
    guard_dir = tmp / "guard"
    guard_dir.mkdir(exist_ok=True)
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    guard_log, guard_active, strace_log = tmp / "net.log", tmp / "active.log", tmp / "strace.log"
    for path in (guard_log, guard_active, strace_log):
        path.write_text("")
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp),  # the single-instance lock too: never meet another test's kiosk
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "KOMPAS_NET_LOG": str(guard_log),
        "KOMPAS_NET_ACTIVE": str(guard_active),
        "LANG": "da_DK.UTF-8",
    }
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    layers = []
    prefix: list[str] = []
    if python_guard:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(guard_dir), os.environ.get("PYTHONPATH", "")) if p
        )
        layers.append("python guard")
    if have_netns():
        prefix += ["unshare", "-rn"]
        layers.append("network namespace")
    if have_strace():
        prefix += [
            "strace",
            "-f",
            "-qq",
            "-o",
            str(strace_log),
            "-e",
            "trace=socket,socketpair,connect,bind,sendto,sendmsg,sendmmsg",
        ]
        layers.append("strace")
    result = subprocess.run(
        prefix + command, capture_output=True, text=True, env=env, cwd=tmp, timeout=180
    )
    return Watched(
        result, layers, guard_log.read_text(), guard_active.read_text(), strace_log.read_text()
    )


def source_command(*args: str) -> list[str]:
    return [sys.executable, *args]


def commands(tmp: Path) -> dict[str, list[str]]:
    """The commands a room uses, as arguments to the kiosk."""
    return {
        "smoke-test": ["--smoke-test", "--lang", "en"],
        "render": ["render", "--deck", DECK, "--size", "1280x720", "-o", str(tmp / "card.png")],
        "check": ["check"],
        "run": ["run", "--deck", DECK, "--quit-after-first-paint", "--data-dir", str(tmp / "data")],
    }


def source_args(name: str, args: list[str]) -> list[str]:
    if name == "smoke-test":  # until cli.py knows --smoke-test: the same function
        return ["-m", "kompas_kiosk.cli.smoke", *args[1:]]
    return ["-m", "kompas_kiosk", *args]


def check_success(name: str, watched: Watched, tmp: Path) -> None:
    out = watched.result.stdout
    if name == "smoke-test":
        assert out.splitlines()[-1].startswith("smoke test: ok"), watched.explain()
    elif name == "render":
        assert (tmp / "card.png").stat().st_size > 10_000, watched.explain()
    elif name == "run":
        assert "first-paint " in out, watched.explain()


# -- the layers work (else the tests below prove nothing) -----------------------------------

CONNECT = (
    "import socket\n"
    "try:\n"
    "    socket.create_connection(('192.0.2.1', 9), timeout=0.5)\n"
    "except OSError as e:\n"
    "    print('refused:', e)\n"
)


def test_the_python_guard_catches_and_refuses_a_connection(tmp_path):
    watched = run_offline(source_command("-c", CONNECT), tmp_path, python_guard=True)
    assert "guard active" in watched.guard_active
    assert "create_connection ('192.0.2.1', 9)" in watched.guard_log
    assert "the offline test blocks the network" in watched.result.stdout


def test_the_python_guard_lets_local_sockets_through(tmp_path):
    code = (
        "import socket\na, b = socket.socketpair()\na.sendall(b'x')\nprint(b.recv(1))\n"
        "s = socket.socket(socket.AF_UNIX)\ns.bind('sock')\nprint('unix ok')\n"
    )
    watched = run_offline(source_command("-c", code), tmp_path, python_guard=True)
    assert watched.result.returncode == 0, watched.explain()
    assert watched.guard_log == ""
    assert "unix ok" in watched.result.stdout


def test_strace_sees_what_python_cannot(tmp_path):
    if not have_strace():
        pytest.skip("strace is missing or may not trace here (apt-get install strace)")
    code = (
        "import _socket\ns = _socket.socket(2, 1)\ns.settimeout(0.2)\ntry:\n"
        "    s.connect(('192.0.2.1', 9))\nexcept OSError as e:\n    print(e)\n"
    )
    watched = run_offline(source_command("-c", code), tmp_path, python_guard=True)
    assert watched.guard_log == ""  # the C-level socket slips past the Python guard …
    assert any("AF_INET" in hit for hit in watched.strace_hits), watched.explain()  # … not strace


def test_the_network_namespace_has_no_network(tmp_path):
    if not have_netns():
        pytest.skip("unshare -rn is not allowed here (no user namespaces)")
    result = subprocess.run(
        ["unshare", "-rn", sys.executable, "-c", CONNECT],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "refused:" in result.stdout and "unreachable" in result.stdout.lower(), result


# -- the kiosk from the source tree ---------------------------------------------------------


@pytest.mark.parametrize("name", ["smoke-test", "render", "check", "run"])
def test_the_kiosk_works_offline_and_opens_no_network_socket(tmp_path, name):
    args = commands(tmp_path)[name]
    watched = run_offline(source_command(*source_args(name, args)), tmp_path, python_guard=True)
    assert "guard active" in watched.guard_active, "the Python guard did not load"
    assert watched.attempts == [], watched.explain()
    assert watched.result.returncode == 0, watched.explain()
    check_success(name, watched, tmp_path)


# -- the frozen bundle ----------------------------------------------------------------------


def bundle_executable() -> Path:
    given = os.environ.get("KOMPAS_KIOSK_BUNDLE")
    path = Path(given) if given else ROOT / "dist" / "kompas-kiosk" / "kompas-kiosk"
    if path.is_dir():
        path = path / "kompas-kiosk"
    if not path.is_file():
        pytest.skip(
            f"no frozen bundle at {path}: build one with packaging/build.sh "
            "(or point KOMPAS_KIOSK_BUNDLE at one)"
        )
    return path


@pytest.mark.parametrize("name", ["smoke-test", "render", "check", "run"])
def test_the_bundle_works_offline_and_opens_no_network_socket(tmp_path, name):
    executable = bundle_executable()
    if not (have_strace() or have_netns()):
        pytest.skip("neither strace nor unshare -rn works here: nothing can watch a frozen app")
    args = commands(tmp_path)[name]
    watched = run_offline([str(executable), *args], tmp_path, python_guard=False)
    assert watched.attempts == [], watched.explain()
    assert watched.result.returncode == 0, watched.explain()
    check_success(name, watched, tmp_path)
