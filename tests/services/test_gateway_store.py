from ventral_gateway.store import FAILED, QUEUED, SUCCEEDED, Store


def test_jobs_and_scores_survive_reopen(tmp_path):
    path = tmp_path / "gateway.sqlite3"
    store = Store(path)
    job = store.create_job("efficientnet-lite0", "Cowley2023.V4-pls", ["_blocks.3"], stimulus_limit=40)
    assert job["status"] == QUEUED
    result = {"model": "efficientnet-lite0", "benchmark": "Cowley2023.V4-pls", "benchmark_version": "1",
              "raw": 0.5, "ceiling": 0.8, "ceiled": 0.3125, "error": 0.01, "layer": "_blocks.3",
              "model_digest": "abc"}
    store.add_score(job["id"], result)
    store.update_job(job["id"], status=SUCCEEDED, result=result)
    store.close()

    reopened = Store(path)
    job_again = reopened.get_job(job["id"])
    assert job_again["status"] == SUCCEEDED
    assert job_again["layers"] == ["_blocks.3"]
    assert job_again["stimulus_limit"] == 40
    assert job_again["result"]["ceiled"] == 0.3125
    scores = reopened.list_scores(model="efficientnet-lite0")
    assert len(scores) == 1
    assert scores[0]["ceiled"] == 0.3125


def test_unfinished_jobs_exclude_finished_ones(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    queued = store.create_job("m", "b", [])
    failed = store.create_job("m", "b", [])
    store.update_job(failed["id"], status=FAILED, error="boom")
    assert [job["id"] for job in store.unfinished_jobs()] == [queued["id"]]


def test_nan_scores_are_stored_as_null(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    job = store.create_job("m", "b", [])
    store.add_score(job["id"], {"model": "m", "benchmark": "b", "raw": 0.1, "ceiling": float("nan"),
                                "ceiled": float("nan"), "error": 0.0})
    assert store.list_scores()[0]["ceiling"] is None


def test_old_database_gains_new_columns(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE jobs (id TEXT PRIMARY KEY, model TEXT NOT NULL, benchmark TEXT, "
                       "layers_json TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL, "
                       "progress_json TEXT NOT NULL DEFAULT '{}', result_json TEXT, error TEXT, "
                       "created_at REAL NOT NULL, updated_at REAL NOT NULL)")
    connection.commit()
    connection.close()
    store = Store(path)
    job = store.create_job("m", None, [], region="IT")
    assert store.get_job(job["id"])["region"] == "IT"
    assert store.get_job(job["id"])["stimulus_limit"] == 0


def test_composite_results_need_committed_layers(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    job = store.create_job("m", None, [])
    base = {"model": "m", "benchmark_version": "1", "raw": 0.5, "ceiling": 0.8, "ceiled": 0.3, "error": 0.0}
    store.add_score(job["id"], {**base, "benchmark": "A.V4-pls", "details": {"region": "V4"}})
    store.add_score(job["id"], {**base, "benchmark": "B.IT-rdm",
                                "details": {"region": "IT", "commitment": {"region": "IT", "layer": "x"}}})
    store.add_score(job["id"], {**base, "benchmark": "C-error_consistency", "details": {"region": "behavior"}})
    store.add_score(job["id"], {**base, "benchmark": "D.IT-rdm", "benchmark_version": "1+subset40",
                                "details": {"region": "IT", "commitment": {"region": "IT", "layer": "x"}}})
    assert set(store.latest_full_results()["m"]) == {"B.IT-rdm", "C-error_consistency"}


def test_whole_model_job_waits_for_engine(tmp_path, monkeypatch):
    from ventral_gateway import scheduler as scheduler_module
    from ventral_gateway.jobs import ServiceUnavailable
    from ventral_gateway.scheduler import Scheduler

    calls = []

    def catalog():
        calls.append(1)
        if len(calls) < 3:
            raise ServiceUnavailable("engine_unavailable", "metric engine at 127.0.0.1:1 is unreachable")
        return {"A.V1-rdm": {"identifier": "A.V1-rdm"}}

    monkeypatch.setattr(scheduler_module.time, "sleep", lambda seconds: None)
    scheduler = Scheduler(Store(tmp_path / "db.sqlite3"), ["127.0.0.1:1"], ["127.0.0.1:2"], benchmark_catalog=catalog)
    assert scheduler._wait_for_catalog("job") == {"A.V1-rdm": {"identifier": "A.V1-rdm"}}
    assert len(calls) == 3
