"""SQLite persistence of jobs and scores; safe to share between the API and worker threads."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    benchmark TEXT,
    region TEXT,
    layers_json TEXT NOT NULL DEFAULT '[]',
    stimulus_limit INTEGER NOT NULL DEFAULT 0,
    committed_layers_json TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL,
    progress_json TEXT NOT NULL DEFAULT '{}',
    result_json TEXT,
    error TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    model TEXT NOT NULL,
    benchmark TEXT NOT NULL,
    benchmark_version TEXT NOT NULL,
    raw REAL,
    ceiling REAL,
    ceiled REAL,
    error REAL,
    layer TEXT,
    model_digest TEXT,
    result_json TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS scores_model ON scores (model, benchmark);
"""

# Columns added after the first release; databases written before get them on open.
ADDED_JOB_COLUMNS = {
    "region": "TEXT",
    "stimulus_limit": "INTEGER NOT NULL DEFAULT 0",
    "committed_layers_json": "TEXT NOT NULL DEFAULT '{}'",
}

QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED = "queued", "running", "succeeded", "failed", "cancelled"
FINISHED = (SUCCEEDED, FAILED, CANCELLED)


def _nan_to_none(value: Any) -> Any:
    if isinstance(value, float) and value != value:
        return None
    return value


class Store:
    """Jobs and scores in one SQLite file (WAL mode, one connection guarded by a lock)."""

    def __init__(self, path: Path | str):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)
            self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        present = {row["name"] for row in self._db.execute("PRAGMA table_info(jobs)")}
        for column, definition in ADDED_JOB_COLUMNS.items():
            if column not in present:
                self._db.execute(f"ALTER TABLE jobs ADD COLUMN {column} {definition}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def create_job(self, model: str, benchmark: str | None, layers: list[str], stimulus_limit: int = 0,
                   region: str | None = None, committed_layers: dict[str, str] | None = None) -> dict:
        job_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO jobs (id, model, benchmark, region, layers_json, stimulus_limit, committed_layers_json,"
                " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (job_id, model, benchmark, region, json.dumps(layers), stimulus_limit,
                 json.dumps(committed_layers or {}), QUEUED, now, now))
        return self.get_job(job_id)

    def get_job(self, job_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _job(row) if row else None

    def list_jobs(self, status: str | None = None, limit: int = 100) -> list[dict]:
        query = "SELECT * FROM jobs"
        params: tuple = ()
        if status:
            query += " WHERE status = ?"
            params = (status,)
        query += " ORDER BY created_at DESC LIMIT ?"
        with self._lock:
            rows = self._db.execute(query, params + (limit,)).fetchall()
        return [_job(row) for row in rows]

    def unfinished_jobs(self) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM jobs WHERE status IN (?, ?) ORDER BY created_at", (QUEUED, RUNNING)).fetchall()
        return [_job(row) for row in rows]

    def update_job(self, job_id: str, *, status: str | None = None, progress: dict | None = None,
                   result: dict | None = None, error: str | None = None) -> None:
        fields, params = ["updated_at = ?"], [time.time()]
        if status is not None:
            fields.append("status = ?")
            params.append(status)
        if progress is not None:
            fields.append("progress_json = ?")
            params.append(json.dumps(progress))
        if result is not None:
            fields.append("result_json = ?")
            params.append(json.dumps(result))
        if error is not None:
            fields.append("error = ?")
            params.append(error)
        with self._lock:
            self._db.execute(f"UPDATE jobs SET {', '.join(fields)} WHERE id = ?", (*params, job_id))

    def add_score(self, job_id: str, result: dict) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO scores (job_id, model, benchmark, benchmark_version, raw, ceiling, ceiled, error,"
                " layer, model_digest, result_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (job_id, result["model"], result["benchmark"], result.get("benchmark_version", ""),
                 _nan_to_none(result.get("raw")), _nan_to_none(result.get("ceiling")),
                 _nan_to_none(result.get("ceiled")), _nan_to_none(result.get("error")),
                 result.get("layer"), result.get("model_digest"), json.dumps(result), time.time()))

    def latest_full_results(self) -> dict[str, dict[str, dict]]:
        """Return model -> benchmark -> the newest stored result that may enter the composite.

        That is a full (not subset) run whose layer was committed on separate selection data
        (region and whole-model jobs), or a behavioral benchmark, which reads a fixed readout layer.
        A single-benchmark neural job picks its best layer on the scoring data itself, so it is left out.
        """
        with self._lock:
            rows = self._db.execute(
                "SELECT model, benchmark, benchmark_version, result_json FROM scores ORDER BY created_at").fetchall()
        latest: dict[str, dict[str, dict]] = {}
        for row in rows:
            if "+subset" in row["benchmark_version"]:
                continue
            result = json.loads(row["result_json"])
            details = result.get("details") or {}
            if "commitment" not in details and details.get("region") != "behavior":
                continue
            latest.setdefault(row["model"], {})[row["benchmark"]] = result
        return latest

    def list_scores(self, model: str | None = None, benchmark: str | None = None) -> list[dict]:
        query = "SELECT * FROM scores WHERE 1 = 1"
        params: list = []
        if model:
            query += " AND model = ?"
            params.append(model)
        if benchmark:
            query += " AND benchmark = ?"
            params.append(benchmark)
        query += " ORDER BY created_at DESC"
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
        return [_score(row) for row in rows]


def _job(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "model": row["model"],
        "benchmark": row["benchmark"],
        "region": row["region"],
        "layers": json.loads(row["layers_json"]),
        "stimulus_limit": row["stimulus_limit"],
        "committed_layers": json.loads(row["committed_layers_json"]),
        "status": row["status"],
        "progress": json.loads(row["progress_json"]),
        "result": json.loads(row["result_json"]) if row["result_json"] else None,
        "error": row["error"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _score(row: sqlite3.Row) -> dict:
    return {
        "job_id": row["job_id"],
        "model": row["model"],
        "benchmark": row["benchmark"],
        "benchmark_version": row["benchmark_version"],
        "raw": row["raw"],
        "ceiling": row["ceiling"],
        "ceiled": row["ceiled"],
        "error": row["error"],
        "layer": row["layer"],
        "model_digest": row["model_digest"],
        "created_at": row["created_at"],
    }
