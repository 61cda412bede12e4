#!/usr/bin/env python3
"""Imports every NAME.onnx in a directory with convdesigner-cli and compares its analysis with
NAME.expected.json, which make_models.py measured in PyTorch: the output shape, weights,
biases and MACs of every conv, linear, batch-norm and pooling layer in execution order, the totals and
the network's output. Prints each difference; the exit status is 1 when there is any.

Usage: check_models.py CLI DIR
"""
import json
import pathlib
import subprocess
import sys

# ConvDesigner's type for each PyTorch module compared (activations, dropout and flatten can
# be functional calls without a module, or vanish from an eval export, so they are left out).
TYPES = {"Conv2d": "conv2d", "Linear": "linear", "BatchNorm2d": "batchnorm2d",
         "MaxPool2d": "maxpool2d", "AvgPool2d": "avgpool2d",
         "AdaptiveAvgPool2d": "adaptive_avgpool2d"}

def check(cli, onnx_file):
    expected = json.loads(onnx_file.with_suffix(".expected.json").read_text())
    size = ["--input", ",".join(map(str, expected["input"]))] if expected.get("symbolic_size") else []
    run = subprocess.run([cli, "analyze", str(onnx_file), "--json", *size], capture_output=True,
                         text=True)
    if run.returncode != 0:
        return [f"convdesigner-cli exits {run.returncode}: {run.stderr.strip()}"]
    report = json.loads(run.stdout)
    problems = []
    shapes_only = expected["shapes_only"]
    wanted = [r for r in expected["layers"] if r["type"] in TYPES
              and not (shapes_only and r["type"] == "BatchNorm2d")]
    got = [l for l in report["layers"] if l["type"] in TYPES.values()]
    if len(wanted) != len(got):
        problems.append(f"{len(got)} compared layers, PyTorch has {len(wanted)}")
    for i, (w, g) in enumerate(zip(wanted, got)):
        fields = [("type", TYPES[w["type"]], g["type"]), ("output", w["output"], g["output"])]
        if not shapes_only:
            fields += [(f, w[f], g[f]) for f in ("weights", "biases", "macs")]
        for field, want, have in fields:
            if want != have:
                problems.append(f"layer {i} ({g['name']}): {field} {have}, PyTorch {want}")
    if report["layers"][-1]["output"] != expected["output"]:
        problems.append(f"output {report['layers'][-1]['output']}, PyTorch {expected['output']}")
    if not shapes_only:
        for field in ("weights", "biases", "params", "macs"):
            if report["totals"][field] != expected[field]:
                problems.append(f"total {field} {report['totals'][field]}, PyTorch {expected[field]}")
    return problems

def main():
    cli, directory = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted(directory.glob("*.onnx"))
    if not files:
        print(f"no .onnx files in {directory}")
        return 1
    failed = False
    for onnx_file in files:
        problems = check(cli, onnx_file)
        print(f"{onnx_file.stem}: {'ok' if not problems else 'DIFFERS'}")
        for p in problems:
            print("  " + p)
        failed = failed or bool(problems)
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
