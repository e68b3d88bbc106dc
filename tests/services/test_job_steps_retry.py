"""Job steps wait for an unreachable engine or runner, e.g. one that is still starting, before they fail."""

import pytest

from ventral.engine_client import EngineError
from ventral_gateway.jobs import Step, run_steps
from ventral_gateway.scheduler import Scheduler
from ventral_gateway.store import Store

JOB = {"id": "job-1", "model": "m", "layers": [], "stimulus_limit": 0, "committed_layers": {}}
UNREACHABLE = "metric engine at 127.0.0.1:1 is unreachable"


class FlakyClient:
    """An engine client that is unreachable for the first `outages` calls, then scores every step."""

    def __init__(self, outages: int, fail_after_score: bool = False):
        self.outages = outages
        self.fail_after_score = fail_after_score
        self.calls = []

    def score(self, job_id, model, benchmark, runner, layers, **kwargs):
        self.calls.append(benchmark or kwargs["region"])
        if self.fail_after_score:
            yield "result", {"benchmark": benchmark, "ceiled": 0.5}
            raise EngineError(UNREACHABLE, "UNAVAILABLE")
        if len(self.calls) <= self.outages:
            raise EngineError(UNREACHABLE, "UNAVAILABLE")
        yield "progress", {"stage": "scoring", "done": 1, "total": 1, "message": ""}
        yield "result", {"benchmark": benchmark, "ceiled": 0.5}


def run(client, steps, **kwargs):
    pauses, stages, stored = [], [], []
    outcome = run_steps(client, JOB, "127.0.0.1:2", steps, lambda payload: stages.append(payload["stage"]),
                        stored.append, sleep=pauses.append, **kwargs)
    return outcome, pauses, stages, stored


def test_step_retried_until_service_reachable():
    client = FlakyClient(outages=3)
    outcome, pauses, stages, stored = run(client, [Step(benchmark="A")])

    assert outcome["failures"] == {}
    assert set(outcome["scores"]) == {"A"}
    assert pauses == [1.0, 2.0, 4.0]
    assert client.calls == ["A"] * 4
    assert "1/1 A: waiting for an unreachable service" in stages
    assert len(stored) == 1


def test_unreachable_past_wait_fails_job():
    client = FlakyClient(outages=100)
    outcome, pauses, _, stored = run(client, [Step(benchmark="A"), Step(benchmark="B")], unavailable_wait_s=10)

    assert outcome["failures"]["A"] == UNREACHABLE
    assert outcome["failures"]["B"] == "not run: an earlier step ended the job (UNAVAILABLE)"
    assert sum(pauses) <= 10
    assert stored == []


def test_no_retry_after_a_delivered_score():
    client = FlakyClient(outages=0, fail_after_score=True)
    outcome, pauses, _, stored = run(client, [Step(benchmark="A")])

    assert pauses == []
    assert outcome["failures"] == {"A": UNREACHABLE}
    assert len(stored) == 1


def test_no_retry_for_cancelled_job():
    client = FlakyClient(outages=5)
    outcome, pauses, _, _ = run(client, [Step(benchmark="A")], cancelled=lambda: True)

    assert pauses == []
    assert outcome["failures"] == {"A": UNREACHABLE}


def test_other_errors_not_retried():
    class RejectingClient:
        def score(self, *args, **kwargs):
            raise EngineError("unknown layer 'x'", "INVALID_ARGUMENT")
            yield

    outcome, pauses, _, _ = run(RejectingClient(), [Step(benchmark="A"), Step(benchmark="B")])

    assert pauses == []
    assert outcome["failures"] == {"A": "unknown layer 'x'", "B": "unknown layer 'x'"}


def test_negative_wait_rejected(tmp_path):
    with pytest.raises(ValueError, match="unavailable_wait_s must be 0 or more seconds; got -1"):
        Scheduler(Store(tmp_path / "db.sqlite3"), ["127.0.0.1:1"], ["127.0.0.1:2"], unavailable_wait_s=-1)
