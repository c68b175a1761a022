"""`--cluster`: which Dask cluster to run on, and a client of it. Light to import: dask is imported only when
connecting (`pip install "wireclaims[dask]"`); the work itself is `wireclaims.run.distributed`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wireclaims.errors import WireclaimsError, require_extra

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"


class ClusterError(WireclaimsError):
    """The `--cluster` value is malformed, or the cluster cannot be reached or lost its workers."""

    code = "cluster"


@dataclass(frozen=True)
class ClusterSpec:
    """Where to run: a scheduler's address, or a `LocalCluster` of `workers` processes (None: one a core)."""

    address: str | None = None
    workers: int | None = None


def parse_cluster(value: str) -> ClusterSpec:
    """`tcp://HOST:8786` (any Dask scheduler address), `local` or `local:N`.

    Raises:
        ClusterError: none of those.
    """
    if "://" in value:
        return ClusterSpec(address=value)
    name, sep, count = value.partition(":")
    if name == LOCAL and not sep:
        return ClusterSpec()
    if name == LOCAL and count.isdigit() and int(count) >= 1:
        return ClusterSpec(workers=int(count))
    raise ClusterError(
        f"--cluster {value!r}: expected a scheduler address (tcp://HOST:8786), local or local:N"
    )


def require_dask() -> None:
    """Raises `MissingExtra` with the install command when dask.distributed is missing."""
    require_extra("distributed", "dask", "--cluster")


@contextmanager
def connect(spec: ClusterSpec) -> Iterator[Client]:
    """A client of the scheduler at `spec.address`, or of a new `LocalCluster` (stopped at the end).

    Raises:
        MissingExtra: dask.distributed is not installed.
        ClusterError: the scheduler cannot be reached.
    """
    require_dask()
    import logging

    import dask.config
    from distributed import Client, LocalCluster

    if spec.address is None:
        workers = spec.workers or os.cpu_count() or 1
        # processes, one thread each: the pipeline is per process, and analysis holds the GIL
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                # a free port: the default 8787 may be taken, and distributed then warns on stderr
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        # the user's Dask configuration says how long to try (distributed.comm.timeouts.connect)
        client = Client(spec.address, timeout=dask.config.get("distributed.comm.timeouts.connect"))
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {spec.address}: {exc}") from exc
    with client:
        yield client
