"""The `ventral` command: score models, list models and benchmarks, through the gateway's REST API."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from contextlib import ExitStack

import httpx

from ventral.local_services import LocalServices

POLL_INTERVAL_S = 0.5


class CliError(Exception):
    """An error shown to the user as one message, with a non-zero exit status."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


class Gateway:
    """A thin REST client; errors become CliError with the gateway's message."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self._client = httpx.Client(base_url=self.url, timeout=60.0)

    def request(self, method: str, path: str, **kwargs) -> dict:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise CliError(f"cannot reach the gateway at {self.url}: {error}; start it or fix --gateway", 3) from None
        if response.status_code >= 400:
            try:
                message = response.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = response.text
            raise CliError(f"{message} (HTTP {response.status_code})")
        return response.json()


def _format_number(value, digits: int = 4) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def print_result_table(result: dict, out=sys.stdout) -> None:
    print(f"model: {result['model']}    benchmark: {result['benchmark']} (version {result['benchmark_version']})",
          file=out)
    layers = result.get("layers") or {}
    if layers:
        width = max(len("layer"), *(len(name) for name in layers))
        print(file=out)
        print(f"{'layer':<{width}}  {'raw':>8}  {'ceiled':>8}  {'error':>8}", file=out)
        for name, layer in layers.items():
            marker = "  <- chosen" if name == result.get("layer") else ""
            print(f"{name:<{width}}  {_format_number(layer['raw']):>8}  {_format_number(layer['ceiled']):>8}  "
                  f"{_format_number(layer['error']):>8}{marker}", file=out)
        print(file=out)
    if result.get("layer"):
        print(f"chosen layer: {result['layer']}", file=out)
    print(f"raw: {_format_number(result['raw'])}    ceiling: {_format_number(result['ceiling'])}    "
          f"ceiled: {_format_number(result['ceiled'])}    error: {_format_number(result['error'])}", file=out)
    timing = (result.get("details") or {}).get("timing_s")
    if timing:
        print(f"time: {timing['total']:.1f} s ({timing['activations']:.1f} s computing activations)", file=out)


def summary_json(result: dict) -> dict:
    layers = result.get("layers") or {}
    return {
        "model": result["model"],
        "benchmark": result["benchmark"],
        "benchmark_version": result["benchmark_version"],
        "raw": result["raw"],
        "ceiling": result["ceiling"],
        "ceiled": result["ceiled"],
        "error": result["error"],
        "layer": result.get("layer") or None,
        "layers": {name: layer["ceiled"] for name, layer in layers.items()},
        "layer_scores": layers,
        "model_digest": result.get("model_digest"),
        "details": result.get("details", {}),
    }


class ProgressPrinter:
    """One line per stage change and every 10 % within a stage, on stderr."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self._last: tuple[str, int] | None = None

    def show(self, progress: dict) -> None:
        stage = progress.get("stage") or "waiting"
        done, total = progress.get("done", 0), progress.get("total", 0)
        decile = int(10 * done / total) if total else 0
        if self._last == (stage, decile):
            return
        self._last = (stage, decile)
        counter = f" {done}/{total}" if total else ""
        message = f" ({progress['message']})" if progress.get("message") else ""
        print(f"[{stage}]{counter}{message}", file=self.stream, flush=True)


def wait_for_job(gateway: Gateway, job_id: str, timeout_s: float, quiet: bool, local: bool = False) -> dict:
    printer = ProgressPrinter()
    deadline = time.monotonic() + timeout_s
    while True:
        job = gateway.request("GET", f"/v1/jobs/{job_id}")
        if not quiet:
            printer.show(job.get("progress") or {})
        if job["status"] == "succeeded":
            return job
        if job["status"] == "failed":
            raise CliError(f"job {job_id} failed: {job['error']}")
        if time.monotonic() > deadline:
            if local:
                raise CliError(f"job {job_id} did not finish within {timeout_s:g} s and stopped with the local "
                               "services; raise --timeout, or start the services yourself and pass --gateway")
            raise CliError(f"job {job_id} did not finish within {timeout_s:g} s; it keeps running on the "
                           f"gateway: check it with `ventral job --id {job_id} --gateway {gateway.url}`, "
                           "cancel it with `ventral cancel`, or raise --timeout")
        time.sleep(POLL_INTERVAL_S)


def _gateway(args, stack: ExitStack, need_running: bool = False) -> Gateway:
    url = args.gateway or os.environ.get("VENTRAL_GATEWAY_URL")
    if url:
        return Gateway(url)
    if need_running:
        raise CliError("this command needs a running gateway: pass --gateway URL or set VENTRAL_GATEWAY_URL", 2)
    if not args.quiet:
        print("starting local services (model runner, metric engine, gateway) on 127.0.0.1 ...",
              file=sys.stderr, flush=True)
    services = stack.enter_context(LocalServices())
    return Gateway(services.gateway_url)


def command_score(args) -> int:
    with ExitStack() as stack:
        gateway = _gateway(args, stack)
        body = {"model": args.model, "benchmark": args.benchmark, "region": args.region,
                "layers": args.layers or [], "stimulus_limit": args.subset,
                "committed_layers": _committed_layers(args.commit or [])}
        job = gateway.request("POST", "/v1/jobs", json=body)
        if not args.quiet:
            target = args.benchmark or (f"region {args.region}" if args.region else "every benchmark")
            print(f"job {job['id']} queued: model={args.model} ({target})", file=sys.stderr)
        local = not (args.gateway or os.environ.get("VENTRAL_GATEWAY_URL"))
        job = wait_for_job(gateway, job["id"], args.timeout, args.quiet, local)
    result = job["result"]
    if args.benchmark:
        if args.json:
            print(json.dumps(summary_json(result), indent=2))
        else:
            print_result_table(result)
        return 0
    if args.json:
        print(json.dumps({**result, "scores": {name: summary_json(score) for name, score in result["scores"].items()}},
                         indent=2))
    else:
        print_multi_result(args.model, result)
    return 1 if result.get("failures") else 0


def _committed_layers(pairs: list[str]) -> dict[str, str]:
    layers = {}
    for pair in pairs:
        region, separator, layer = pair.partition("=")
        if not separator or not layer:
            raise CliError(f"--commit {pair!r} is not REGION=LAYER, e.g. --commit V4=_blocks.9", 2)
        layers[region] = layer
    return layers


def print_multi_result(model: str, result: dict, out=sys.stdout) -> None:
    """Print the benchmarks of a region or whole-model job, the committed layers and the composite."""
    print(f"model: {model}", file=out)
    for region, commitment in sorted((result.get("commitments") or {}).items()):
        how = "reused" if commitment.get("reused") else "committed"
        print(f"{region}: layer {commitment['layer']} {how} on {commitment['selection_benchmark']}", file=out)
    scores = result.get("scores") or {}
    if scores:
        width = max(len("benchmark"), *(len(name) for name in scores))
        print(file=out)
        print(f"{'benchmark':<{width}}  {'raw':>8}  {'ceiling':>8}  {'ceiled':>8}  {'error':>8}  layer", file=out)
        for name, score in sorted(scores.items()):
            print(f"{name:<{width}}  {_format_number(score['raw']):>8}  {_format_number(score['ceiling']):>8}  "
                  f"{_format_number(score['ceiled']):>8}  {_format_number(score['error']):>8}  "
                  f"{score.get('layer') or '-'}", file=out)
    for label, reason in sorted((result.get("failures") or {}).items()):
        print(f"FAILED {label}: {reason}", file=out)
    if result.get("composite"):
        print(file=out)
        print_tree(result["composite"], out=out)
        print("(each node is the mean of its children, clipped to [0, 1]; a missing score (n/a) counts as 0)",
              file=out)


def print_tree(node: dict, depth: int = 0, out=sys.stdout) -> None:
    print(f"{'  ' * depth}{node['name']:<{48 - 2 * depth}} {_format_number(node['value'])}", file=out)
    for child in node.get("children", []):
        print_tree(child, depth + 1, out)


def command_models(args) -> int:
    with ExitStack() as stack:
        models = _gateway(args, stack).request("GET", "/v1/models")["models"]
    if args.json:
        print(json.dumps(models, indent=2))
        return 0
    print(f"{'model':<24} {'trained on':<27} {'backend':<8} {'input':>5} {'head':<16} {'top-1':>6}  layers")
    for model in models:
        top1 = "n/a" if model["published_top1"] is None else f"{model['published_top1']:.1f}"
        print(f"{model['identifier']:<24} {model['training'] or '-':<27} {model['backend']:<8} "
              f"{model['input_size']:>5} {model['imagenet_head'] or '-':<16} {top1:>6}  {len(model['layers'])}")
    return 0


def command_benchmarks(args) -> int:
    with ExitStack() as stack:
        benchmarks = _gateway(args, stack).request("GET", "/v1/benchmarks")["benchmarks"]
    if args.json:
        print(json.dumps(benchmarks, indent=2))
        return 0
    print(f"{'benchmark':<44} {'region':<9} {'degrees':>7}  status")
    for item in benchmarks:
        reason = (item["unavailable_reason"] or "").strip().splitlines()
        status = "available" if item["available"] else f"unavailable: {reason[0] if reason else ''}"
        print(f"{item['identifier']:<44} {item['region']:<9} {item['stimulus_degrees']:>7g}  {status}")
    if any(not item["available"] for item in benchmarks):
        print("\n`ventral benchmarks --json` gives the full reason and fix for each unavailable benchmark.")
    return 0


def command_layers(args) -> int:
    with ExitStack() as stack:
        models = _gateway(args, stack).request("GET", "/v1/models")["models"]
    by_id = {model["identifier"]: model for model in models}
    if args.model not in by_id:
        raise CliError(f"unknown model {args.model!r}; list models with `ventral models`")
    for layer in by_id[args.model]["layers"]:
        print(layer)
    return 0


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; use 0 for all stimuli or a positive count")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ventral", description=(
        "Score vision models against primate ventral-stream and behavioral benchmarks. Without --gateway "
        "(or VENTRAL_GATEWAY_URL) each command starts a model runner, a metric engine and a gateway on "
        "127.0.0.1 and stops them when it ends."))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--gateway", help="URL of a running gateway, e.g. http://127.0.0.1:8000 "
                                          "(default: $VENTRAL_GATEWAY_URL, else start local services)")
    common.add_argument("--json", action="store_true", help="print one JSON document instead of a table")
    common.add_argument("--quiet", action="store_true", help="print no progress on stderr")
    commands = parser.add_subparsers(dest="command", required=True)

    score = commands.add_parser("score", parents=[common], help="score a model on a benchmark, a region or everything",
                                description="Score a model on one benchmark (per-layer and final scores), on one "
                                            "region (commit a layer, then score the region's benchmarks), or on "
                                            "every available benchmark with the composite score.")
    score.add_argument("--model", required=True, help="model identifier (see `ventral models`)")
    target = score.add_mutually_exclusive_group()
    target.add_argument("--benchmark", help="benchmark identifier (see `ventral benchmarks`); without --benchmark "
                                            "and --region the model is scored on every available benchmark")
    target.add_argument("--region", choices=["V1", "V4", "IT"],
                        help="commit a layer for this region on its public selection data, then score "
                             "every scoring benchmark of the region with that layer")
    score.add_argument("--layers", nargs="+", metavar="LAYER",
                       help="layers to score (default: every candidate layer of the model)")
    score.add_argument("--commit", action="append", metavar="REGION=LAYER",
                       help="use LAYER for REGION (V1, V4 or IT) instead of committing one on the selection "
                            "data; repeat for several regions")
    score.add_argument("--subset", type=_non_negative_int, default=0, metavar="N",
                       help="score on only the first N stimuli, for a quick check; such scores are marked "
                            "and not comparable with full runs (default 0: all stimuli)")
    score.add_argument("--timeout", type=float, default=6 * 3600,
                       help="seconds to wait for the job before giving up (default 21600)")
    score.set_defaults(handler=command_score)

    models = commands.add_parser("models", parents=[common], help="list the model zoo",
                                  description="List the model zoo.")
    models.set_defaults(handler=command_models)
    benchmarks = commands.add_parser("benchmarks", parents=[common], help="list benchmarks and their availability",
                                  description="List benchmarks and their availability.")
    benchmarks.set_defaults(handler=command_benchmarks)
    layers = commands.add_parser("layers", parents=[common], help="list a model's candidate layers",
                                  description="List a model's candidate layers.")
    layers.add_argument("--model", required=True, help="model identifier (see `ventral models`)")
    layers.set_defaults(handler=command_layers)
    job = commands.add_parser("job", parents=[common], help="show a job of a running gateway",
                              description="Show the status, progress and result of a job on a running gateway.")
    job.add_argument("--id", required=True, help="job id, as `ventral score` printed it")
    job.set_defaults(handler=command_job)
    cancel = commands.add_parser("cancel", parents=[common], help="cancel a job of a running gateway",
                                 description="Cancel a queued or running job on a running gateway.")
    cancel.add_argument("--id", required=True, help="job id, as `ventral score` printed it")
    cancel.set_defaults(handler=command_cancel)
    leaderboard = commands.add_parser("leaderboard", parents=[common], help="rank scored models by the composite",
                                      description="Rank models by a node of the composite tree, from their "
                                                  "newest full-run scores.")
    leaderboard.add_argument("--node", default="average",
                             help="tree node to rank by: average, neural, behavior, V1, V4, IT or a benchmark "
                                  "(default average)")
    leaderboard.set_defaults(handler=command_leaderboard)
    report = commands.add_parser("report", parents=[common], help="print a model's composite tree and scores",
                                 description="Print a model's composite tree, committed layers and benchmark scores.")
    report.add_argument("--model", required=True, help="model identifier")
    report.set_defaults(handler=command_report)
    return parser


def command_job(args) -> int:
    with ExitStack() as stack:
        job = _gateway(args, stack, need_running=True).request("GET", f"/v1/jobs/{args.id}")
    if args.json or job["status"] != "succeeded":
        print(json.dumps(job, indent=2))
    elif job["benchmark"]:
        print_result_table(job["result"])
    else:
        print_multi_result(job["model"], job["result"])
    return 0


def command_cancel(args) -> int:
    with ExitStack() as stack:
        job = _gateway(args, stack, need_running=True).request("POST", f"/v1/jobs/{args.id}/cancel")
    print(f"job {job['id']}: {job['status']}")
    return 0


def command_leaderboard(args) -> int:
    with ExitStack() as stack:
        board = _gateway(args, stack).request("GET", "/v1/leaderboard", params={"node": args.node})
    if args.json:
        print(json.dumps(board, indent=2))
        return 0
    columns = ["average", "neural", "behavior", "V1", "V4", "IT"]
    print(f"{'rank':>4}  {'model':<24} " + " ".join(f"{column:>8}" for column in columns) + "  ImageNet top-1")
    for entry in board["models"]:
        values = " ".join(f"{_format_number(entry['nodes'].get(column), 3):>8}" for column in columns)
        top1 = "n/a" if entry["imagenet_top1"] is None else f"{entry['imagenet_top1']:.1f}"
        print(f"{entry['rank']:>4}  {entry['model']:<24} {values}  {top1}")
    return 0


def command_report(args) -> int:
    with ExitStack() as stack:
        report = _gateway(args, stack).request("GET", f"/v1/models/{args.model}/scores")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print_multi_result(args.model, {"commitments": report["commitments"], "scores": report["benchmarks"],
                                    "composite": report["composite"]})
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.status
    except (RuntimeError, TimeoutError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted; local services stopped", file=sys.stderr)
        return 130


def entry_point() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
