"""The large demo on a local PostgreSQL server against the same data in its file: what
each tab reads, the attention list and the report, timed in turn (file, server, file,
...) so the machine's load falls on both alike. Target: at most 1.5 times the file."""

import statistics
import time
from pathlib import Path

from measure import record


def server_speed(large: Path, runs: int) -> None:
    from rmentor.models.figures import attention
    from rmentor.models.programme import journal
    from rmentor.models.programme import pairings
    from rmentor.models.programme import participants
    from rmentor.models.programme import programmes
    from rmentor.models.programme.transfer import copy_all
    from rmentor.models.storage import datafile
    from rmentor.models.storage import server
    from rmentor.models.storage.database import db
    from rmentor.reports.programme.report import ProgrammeReport
    from tests.server.cluster import Cluster

    cluster = Cluster()
    try:
        location = server.ServerLocation.parse(cluster.url("large"))
        datafile.open_file(large, create=False)
        target = server.connect_server(location, create=True)
        started = time.perf_counter()
        copy_all(db.obj, target)
        target.close()
        print(f"  large demo copied to the server in {time.perf_counter() - started:.1f} s")
        datafile.close_file()
        out = large.with_name("server-report.pdf")
        steps = {
            "participants tab's rows": lambda p: participants.participant_rows(p),
            "pairings tab's rows": lambda p: pairings.pairing_rows(p),
            "journal tab's rows": lambda p: journal.meeting_rows(p),
            "follow-up tab's rows": lambda p: journal.outcome_rows(p),
            "attention list": lambda p: attention.attention_items(p),
            "report": lambda p: ProgrammeReport(p, "nl").write(out),
        }
        times = {name: ([], []) for name in steps}
        for _ in range(runs):
            for side, (open_it, close_it) in enumerate(
                (
                    (lambda: datafile.open_file(large, create=False), datafile.close_file),
                    (lambda: server.open_server(location), server.close_server),
                )
            ):
                open_it()
                programme = programmes.all_programmes()[0]
                for name, step in steps.items():
                    started = time.perf_counter()
                    step(programme)
                    times[name][side].append(time.perf_counter() - started)
                close_it()
        for name, (on_file, on_server) in times.items():
            file_time, server_time = statistics.median(on_file), statistics.median(on_server)
            record(
                f"{name}, large demo on a local server",
                server_time,
                1.5 * file_time,
                file_time,
                target="≤ 1.5 × the file",
            )
    finally:
        cluster.stop()
