"""Thread parallelism of the engine whose results do not depend on the number of threads.

The number of OpenBLAS threads can change the last bits of a result: a 10-split PLS score on 1200
stimuli differed in its 16th digit between 1 and 2 BLAS threads. On a busy machine its threads also
compete with other processes. With two other processes keeping both cores of a 2-core machine busy, the
same PLS scoring took 9 to 39 s with 2 BLAS threads and 3 s with 1 thread, measured side by side.

So the engine server runs BLAS with one thread (`single_threaded_blas`) and parallelizes at a coarser
level: independent pieces of work (cross-validation splits, column blocks of a Gram) run on a thread pool,
and their results are combined in a fixed order. Each piece is then computed exactly as in a serial run,
so scores are bit-identical for any number of worker threads.

VENTRAL_ENGINE_THREADS sets the number of worker threads (default: the CPUs this process may run on).
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def worker_count() -> int:
    """Return the number of worker threads: VENTRAL_ENGINE_THREADS, else the CPUs available to this process."""
    configured = os.environ.get("VENTRAL_ENGINE_THREADS", "").strip()
    if configured:
        try:
            count = int(configured)
        except ValueError:
            count = 0
        if count < 1:
            raise ValueError(f"VENTRAL_ENGINE_THREADS must be a positive integer; got {configured!r}")
        return count
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not available on macOS
        return max(1, os.cpu_count() or 1)


def map_ordered(function: Callable[[Item], Result], items: Iterable[Item],
                workers: int | None = None) -> Iterator[Result]:
    """Yield `function(item)` for each item, in the order of `items`, computed on up to `workers` threads.

    BLAS runs with one thread until the generator finishes (for the whole process, because the limit is
    process-wide), so each result is the same for any number of workers. At most `workers + 1` items are
    in flight, so a lazy iterable (blocks read from disk) is not read far ahead of the results. With one
    worker, everything runs in the calling thread.
    """
    workers = worker_count() if workers is None else workers
    with single_threaded_blas():
        if workers <= 1:
            for item in items:
                yield function(item)
            return
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="engine-worker") as pool:
            pending = deque()
            for item in items:
                pending.append(pool.submit(function, item))
                if len(pending) > workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()


def single_threaded_blas():
    """Return a threadpoolctl context that limits BLAS to one thread; the engine server keeps it for its lifetime."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")
