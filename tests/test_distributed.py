"""`--cluster`: a real Dask scheduler and two worker processes on 127.0.0.1 give the records of `--jobs 1`,
byte for byte, and every input still gets exactly one record when a worker dies mid-run."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import wireclaims

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import dask.config
import dask_work
from distributed import Client

from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.models import Record
from wireclaims.options import BATCH, ExtractOptions
from wireclaims.run.batch import run
from wireclaims.run.cluster_batch import run_on_cluster
from wireclaims.run.distributed import extract_bag, quotes_frame, table_frame, to_parquet
from wireclaims.write.tables import COLUMNS, TABLES, record_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
FEED = (
    ROOT / "tests" / "fixtures" / "formats" / "ninjs" / "kelso-feed.json"
)  # a feed: items and a withheld one
DASK = Path(sys.executable).with_name("dask")
# Made-up stories for the fault tests: rules only (blank:en), so that workers restart quickly.
STORY = 'Harbour fees rise\n\n"The fees go up in May," said Mara Quell, a port spokeswoman.\n'


def _group(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler on 127.0.0.1 with two one-thread worker processes, each under a nanny that
    restarts it when it dies. allowed-failures 0: a task whose worker dies fails at once (KilledWorker), so
    that `run_on_cluster`'s own retries are what is tested, and a poisoned story costs two worker restarts."""
    if not DASK.exists():
        pytest.skip("the dask command is not installed beside this Python")
    where = tmp_path_factory.mktemp("cluster")
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")]),
        DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="0",
    )
    info = where / "scheduler.json"
    common = ["--no-dashboard", "--scheduler-file", str(info)]
    procs = [_group([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", *common], env)]
    try:
        for n in range(2):
            worker = [str(DASK), "worker", "--nthreads", "1", "--name", f"w{n}", "--host", "127.0.0.1"]
            procs.append(_group([*worker, *common], env))
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        # killed outright: they hold nothing worth a graceful shutdown, which takes seconds
        for proc in procs:
            os.killpg(proc.pid, signal.SIGKILL)
        for proc in procs:
            proc.wait()


def _wireclaims(*args: str) -> subprocess.CompletedProcess[bytes]:
    """`wireclaims extract *args` in this process: the scheduler and its workers are the real processes."""
    return wireclaims("extract", *args)


def test_cluster_records_are_byte_identical_to_jobs_1(scheduler: str, tmp_path: Path) -> None:
    inputs = [str(SAMPLES), str(FEED), str(tmp_path / "missing-is-an-error")]
    (tmp_path / "missing-is-an-error").mkdir()
    (tmp_path / "missing-is-an-error" / "empty.txt").write_bytes(b"")
    alone = wireclaims("extract", *inputs, "--jobs", "1")
    spread = _wireclaims(*inputs, "--cluster", scheduler)
    assert alone.returncode == spread.returncode == 1  # the withheld item and the empty file
    assert spread.stdout == alone.stdout
    assert alone.stdout.count(b"\n") == len(list(SAMPLES.iterdir())) + 3 + 1
    assert spread.stderr.splitlines()[-1].startswith(alone.stderr.splitlines()[-1].split(b" in ")[0])


def test_cluster_writes_one_file_per_story_atomically_and_resumes(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _wireclaims(str(SAMPLES), "-o", str(out), "--cluster", scheduler, "--model", "blank:en")
    assert first.returncode == 0, first.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{p.name}.json" for p in SAMPLES.iterdir())  # no temporary file left
    again = _wireclaims(
        str(SAMPLES), "-o", str(out), "--cluster", scheduler, "--model", "blank:en", "--resume"
    )
    assert again.returncode == 0, again.stderr
    assert f"{len(written)} already done (--resume)".encode() in again.stderr


def _stories(folder: Path, names: list[str]) -> list[str]:
    folder.mkdir()
    for n, name in enumerate(names):
        (folder / name).write_text(STORY.replace("May", f"month {n}"), encoding="utf-8")
    return [str(folder)]


def _records(items: list[InputItem], address: str, work: object, chunk: int) -> list[Record]:
    options = ExtractOptions(model="blank:en", jobs=1)
    with Client(address, timeout="30s") as client:
        groups = list(run_on_cluster(items, options, client, chunk=chunk, work=work))
    assert all(len(group) == 1 for group in groups)
    return [group[0] for group in groups]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(scheduler: str, tmp_path: Path) -> None:
    names = [f"a{n}.txt" for n in range(3)] + ["slow-b.txt"] + [f"t{n}.txt" for n in range(4)]
    items = list(iter_inputs(_stories(tmp_path / "in", names)))
    found: list[Record] = []
    running = threading.Thread(
        target=lambda: found.extend(_records(items, scheduler, dask_work.slow_once, chunk=2)), daemon=True
    )
    running.start()
    marker = tmp_path / "in" / "worker.pid"
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # the pid is written
    os.kill(int(marker.read_text(encoding="utf-8")), signal.SIGKILL)
    running.join(timeout=dask_work.SLOW_SECONDS)
    assert not running.is_alive(), "the killed worker's task was not re-run elsewhere"
    expected = list(run(items, ExtractOptions(model="blank:en", jobs=1)))
    assert [r.article.id for r in found] == names
    assert [r.model_dump_json() for r in found] == [r.model_dump_json() for r in expected]


def test_a_story_that_kills_every_worker_becomes_its_crashed_record(scheduler: str, tmp_path: Path) -> None:
    names = ["a.txt", "poison-b.txt", "t.txt"]
    # one input a task: only the poisoned one's task fails (a chunk of several fails, then goes again alone)
    items = list(iter_inputs(_stories(tmp_path / "in", names)))
    found = _records(items, scheduler, dask_work.poisoned, chunk=1)
    assert [r.article.id for r in found] == names
    assert [getattr(r, "error", None) and r.error.code for r in found] == [None, "crashed", None]


def test_extract_bag_and_its_frames_and_parquet_give_the_rows_of_the_records(
    scheduler: str, tmp_path: Path
) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("pandas")
    paths = [str(SAMPLES), str(FEED)]
    options = ExtractOptions(model="blank:en")
    expected = list(run(list(iter_inputs(paths)), options))
    with Client(scheduler, timeout="30s"):
        bag = extract_bag(paths, options, partition_size=2).persist()  # analysed once, read five times
        records = bag.compute()
        frames = {name: table_frame(bag, name).compute() for name in TABLES}
        parts = to_parquet(bag, str(tmp_path))
        assert quotes_frame(bag).compute().equals(frames["quotes"])
    assert [r.model_dump_json() for r in records] == [r.model_dump_json() for r in expected]
    assert parts == bag.npartitions
    for name in TABLES:
        rows = [row for record in expected for row in record_rows(record)[name]]
        frame = frames[name]
        assert list(frame.columns) == list(COLUMNS[name])
        assert pa.Table.from_pandas(frame, preserve_index=False).to_pylist() == rows
        assert pq.read_table(tmp_path / name).to_pylist() == rows


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    with socket.socket() as unused:  # a port nobody listens on
        unused.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{unused.getsockname()[1]}"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        done = wireclaims("extract", str(story), "--cluster", address, "--model", "blank:en")
    assert done.returncode == 2
    stderr = done.stderr.decode()
    (line,) = [line for line in stderr.splitlines() if not line.startswith("warning:")]  # blank:en's
    assert line.startswith(f"error: cannot reach the Dask scheduler at {address}: ")
    assert done.stdout == b""


def _table_rows(folder: Path, name: str) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    rows = pq.read_table(folder / name).to_pylist()
    key = {"articles": "article_id"}.get(name, f"{name[:-1]}_id")
    return sorted(rows, key=lambda row: (str(row["article_id"]), str(row.get(key))))


def _parts(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in (folder / name).iterdir())


def test_cluster_parquet_tables_are_written_by_the_workers_with_the_rows_of_jobs_1(
    scheduler: str, tmp_path: Path
) -> None:
    # 20 made-up stories and an empty file (an error record): two chunks of BATCH inputs, so two parts
    inputs = _stories(tmp_path / "in", [f"s{n:02d}.txt" for n in range(20)])
    (tmp_path / "in" / "t-empty.txt").write_bytes(b"")
    here, spread = tmp_path / "here", tmp_path / "spread"
    stale = spread / "quotes" / "part-00042.parquet"  # a longer earlier run's part
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"not parquet")
    common = ["--format", "parquet", "--model", "blank:en"]
    alone = _wireclaims(*inputs, "-o", str(here), "--jobs", "1", *common)
    remote = _wireclaims(*inputs, "-o", str(spread), "--cluster", scheduler, *common)
    assert alone.returncode == remote.returncode == 1, remote.stderr  # the empty file
    assert remote.stdout == alone.stdout == b""
    assert b"t-empty.txt" in remote.stderr.splitlines()[-2]  # its error is told
    assert remote.stderr.splitlines()[-1].split(b" in ")[0] == alone.stderr.splitlines()[-1].split(b" in ")[0]
    chunks = -(-21 // BATCH)
    for name in TABLES:
        assert _parts(here, name) == ["part-00000.parquet"]
        assert _parts(spread, name) == [f"part-{k:05d}.parquet" for k in range(chunks)]  # stale one gone
        assert _table_rows(spread, name) == _table_rows(here, name)
    assert len(_table_rows(spread, "quotes")) == 20


def test_cluster_tables_leave_the_records_on_the_workers_and_a_crashed_story_in_its_part(
    scheduler: str, tmp_path: Path
) -> None:
    names = ["a.txt", "b.txt", "poison-c.txt", "q.txt", "r.txt"]  # in the order a folder gives
    items = list(iter_inputs(_stories(tmp_path / "in", names)))
    options = ExtractOptions(model="blank:en", jobs=1)
    out = tmp_path / "tables"
    with Client(scheduler, timeout="30s") as client:
        groups = list(run_on_cluster(items, options, client, chunk=2, work=dask_work.poisoned, tables=out))
    # the client holds a tally of each story, never its record (the crashed one is made here, whole)
    assert [type(g[0]).__name__ for g in groups] == ["Tally", "Tally", "ErrorRecord", "Tally", "Tally"]
    assert [_parts(out, name) for name in TABLES] == [[f"part-{k:05d}.parquet" for k in range(3)]] * 4
    import pyarrow.parquet as pq

    articles = pq.read_table(out / "articles").to_pylist()
    assert [(a["article_id"], a["error_code"]) for a in articles] == [
        (n, "crashed" if n.startswith("poison") else None) for n in names
    ]


def test_cluster_tables_a_worker_cannot_write_stop_the_run_with_one_line(
    scheduler: str, tmp_path: Path
) -> None:
    inputs = _stories(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "tables"
    out.mkdir()
    (out / "articles").write_text("a file where a folder goes", encoding="utf-8")
    done = _wireclaims(
        *inputs, "-o", str(out), "--format", "parquet", "--cluster", scheduler, "--model", "blank:en"
    )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[-1].startswith(f"error: cannot write the tables under {out}")
