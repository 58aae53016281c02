"""Untrusted parsing held by the operating system's limits, not by guesses about a library's insides.

A third-party parser can loop (a reference cycle), explode (one ToUnicode range that names every code
point) or run for minutes (a page of n×n ruling lines costs the table finder ~n⁴): no count kept from
outside sees all of it. So such a parser runs in a child process with a CPU-time and an address-space
limit (POSIX `setrlimit`; on Windows a job object the child puts itself in), under a wall-clock
deadline from the parent as well, and its result comes back as data. A limit reached is a DataError
(exit 3) that says which. Nothing of the parser is patched: what it does inside is its own affair.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from .. import limits
from ..errors import DataError

T = TypeVar("T")


def cpu_budget(size: int) -> int:
    """CPU seconds for reading an input of `size` bytes: a tiny hostile file (a 3 KB page of ruling
    lines costs the table finder minutes) is stopped in seconds, a long notice keeps room."""
    return min(limits.CPU_SECONDS, limits.BASE_SECONDS + size // limits.BYTES_A_SECOND)


def wall_seconds(cpu_seconds: int) -> int:
    """The wall-clock time a child is given: twice its CPU time and a margin, within WALL_SECONDS."""
    return min(cpu_seconds * 2 + 5, limits.WALL_SECONDS)


_inside = False  # whether this process is a bounded child


def run_bounded(
    function: Callable[..., T],
    *args: Any,
    what: str,
    cpu_seconds: int | None = None,
    memory: int | None = None,
) -> T:
    """`function(*args)` in a child process within `cpu_seconds` of CPU time and `memory` more bytes
    of address space (limits.CPU_SECONDS and limits.MEMORY_BYTES, read when called); its DataError is raised here as
    it was raised there."""
    import multiprocessing

    if _inside:  # a child held by its limits already: a daemon cannot start another (pass 96: a workbook
        return function(*args)  # past 256 KiB, imported in one, was refused with an AssertionError)
    cpu_seconds = limits.CPU_SECONDS if cpu_seconds is None else cpu_seconds
    memory = limits.MEMORY_BYTES if memory is None else memory

    context: Any = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(send, receive, function, args, cpu_seconds, memory), daemon=True
    )
    child.start()
    send.close()
    try:
        # the wall-clock deadline is what holds a child where setrlimit does not exist (Windows)
        deadline = wall_seconds(cpu_seconds)
        outcome: tuple[str, Any] = receive.recv() if receive.poll(deadline) else ("time", None)
    except EOFError:  # the child died without a word: killed by its limits
        outcome = ("died", None)
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    kind, value = outcome
    if kind == "ok":
        result: T = value
        return result
    if kind == "data":
        raise DataError(*value)
    cpu_signals = {
        -getattr(signal, name, number) for name, number in (("SIGXCPU", 24), ("SIGKILL", 9), ("SIGALRM", 14))
    }
    if kind == "time" or (kind == "died" and child.exitcode in cpu_signals):
        raise DataError(f"{what}: 读取超时 (reading it takes more than {cpu_seconds} s of CPU time)")
    if kind == "memory":
        raise DataError(f"{what}: 读取时内存超出上限 (reading it needs more than {value >> 20} MiB)")
    if kind == "died":
        raise DataError(
            f"{what}: 读取进程异常退出 (the reading process ended with code {child.exitcode}: "
            "out of memory, or the parser crashed)"
        )
    raise DataError(f"{what} 无法读取 (cannot read it: {value})")


def _child(
    send: Any,
    receive: Any,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    cpu_seconds: int,
    memory: int,
) -> None:
    """Set the limits, run, and send back (kind, value): ok, data (a DataError's message and problems),
    memory, or error (any other exception, by its type's name). The pipe's read end, forked in with it,
    is closed, and an alarm holds the child's wall-clock time: its parent killed (kill -9), a result past
    the pipe's 64 KiB had blocked the child on its write for good, using no CPU (pass 98)."""
    global _inside
    _inside = True
    receive.close()  # the parent's alone: its death then breaks the pipe, and the write fails
    if hasattr(signal, "alarm"):
        signal.alarm(wall_seconds(cpu_seconds) + 1)  # (past the parent's deadline: it tells first)
    memory = limit(cpu_seconds, memory)
    quiet_logging()
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except DataError as e:
        outcome = ("data", (e.message, e.problems))
    except MemoryError:
        outcome = ("memory", memory)
    except BaseException as e:  # the parser's own failure, by name only (a Rust panic is no Exception)
        outcome = ("memory", memory) if out_of_memory(e) else ("error", type(e).__name__)
    try:
        try:
            send.send(outcome)
        except MemoryError:  # a result too large to send back within the limit
            send.send(("memory", memory))
    except OSError:  # the parent gone (a broken pipe): nobody to tell
        pass
    send.close()


def out_of_memory(error: BaseException) -> bool:
    """A MemoryError wrapped by the parser in one of its own (pdfplumber's PdfminerException)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, MemoryError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def quiet_logging() -> None:
    """The parser's log records (pdfminer logs what it skips) as one escaped line each on stderr, never
    their raw text: they quote the file's bytes, and Python's last-resort handler prints them as they
    are."""
    import logging
    import sys

    from ..output.render import visible

    # what native code writes to the error stream (a Rust panic's message, an abort's) is not ours to
    # show raw, nor what a parser prints ours to output: the child's fd 1 and 2 go nowhere, and its
    # log records reach the parent's stderr escaped
    stream = os.fdopen(os.dup(2), "w", encoding="utf-8", errors="replace")
    with open(os.devnull, "wb") as nowhere:
        os.dup2(nowhere.fileno(), 2)
        os.dup2(nowhere.fileno(), 1)  # what a parser prints (openpyxl on a style id) is no output of ours
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 — the child's, for its life
    seen = 0

    class Escaped(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            nonlocal seen
            seen += 1
            if seen <= limits.MAX_LOG_LINES:  # pdfminer may say the same of every object (95,000 lines)
                stream.write(f"workplan: warning: {visible(' '.join(record.getMessage().split()))}\n")
            elif seen == limits.MAX_LOG_LINES + 1:
                stream.write(
                    f"workplan: warning: 读取器的提示过多, 以下从略 (more than {limits.MAX_LOG_LINES} parser messages)\n"
                )
            stream.flush()

    logging.root.handlers = [Escaped(logging.WARNING)]  # this process only reads the one file

    def library_warning(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        """A library's warning (openpyxl's on a sheet) the same way, in its own words: not the file and
        line inside the library that said it (`…/site-packages/openpyxl/…: UserWarning:`)."""
        logging.getLogger("py.warnings").warning("%s", message)

    import warnings

    warnings.showwarning = library_warning


def limit(cpu_seconds: int, memory: int) -> int:
    """CPU time (SIGXCPU at the soft limit, SIGKILL at the hard one) and address space, where the
    system has them; the address space counts what this process maps already. Returns the memory
    the parser has: less than `memory` where a stricter limit was set from outside (ulimit)."""
    try:
        import resource
    except ImportError:
        windows_job(cpu_seconds, memory)
        return memory
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            mapped = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        mapped = 0
    for kind, soft, hard in (
        (resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 5),
        (resource.RLIMIT_AS, mapped + memory, mapped + memory),
    ):
        _, ceiling = resource.getrlimit(kind)
        if ceiling != resource.RLIM_INFINITY:  # a limit set from outside (ulimit) stays the stricter
            soft, hard = min(soft, ceiling), min(hard, ceiling)
        resource.setrlimit(kind, (soft, hard))
    return max(soft - mapped, 0)  # the address space's, set last


def windows_job(cpu_seconds: int, memory: int) -> None:
    """This process in a job object of its own that holds its CPU time and committed memory (Windows
    has no setrlimit; jobs nest since Windows 8). Past the time the system ends the process; past the
    memory an allocation fails (MemoryError). Where the job cannot be made, the parent's deadline holds."""
    import ctypes

    class Basic(ctypes.Structure):  # JOBOBJECT_BASIC_LIMIT_INFORMATION
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),  # in 100 ns
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", ctypes.c_uint32),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", ctypes.c_uint32),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", ctypes.c_uint32),
            ("SchedulingClass", ctypes.c_uint32),
        ]

    class Extended(ctypes.Structure):  # JOBOBJECT_EXTENDED_LIMIT_INFORMATION
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", ctypes.c_uint64 * 6),  # IO_COUNTERS
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.SetInformationJobObject.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    ]
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    info = Extended()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_TIME | JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.BasicLimitInformation.PerProcessUserTimeLimit = cpu_seconds * 10_000_000
    info.ProcessMemoryLimit = memory
    job = kernel32.CreateJobObjectW(None, None)
    if job:
        kernel32.SetInformationJobObject(
            job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)
        )
        kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())


JOB_OBJECT_LIMIT_PROCESS_TIME = 0x2
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # the JOBOBJECTINFOCLASS of Extended
