#!/usr/bin/python3
"""The round trip of issue 11: network file → PyTorch code → real PyTorch → ONNX → ConvDesigner
gives the same network, names aside.

    /usr/bin/python3 round_trip.py CONVDESIGNER_CLI FILE...

For each FILE: `convdesigner-cli export-pytorch` writes the module, which is imported here (one
Python process for every file: importing torch takes seconds); its model (`net` for a chain,
`Net()` for a branching network) goes through `torch.onnx.export`, and
`convdesigner-cli analyze OUT.onnx --json` must equal `convdesigner-cli analyze FILE --json`
layer by layer, in order: type, output shape, weights, biases, MACs and which earlier layers
each one reads; then the totals. Exit status: 0 every file agrees, 1 some file differs (each
difference is printed), 2 a usage error.
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_exported import run  # noqa: E402  (beside this script)

warnings.filterwarnings("ignore")  # torch.onnx's tracer warnings are not findings

FIELDS = ("type", "output", "weights", "biases", "macs")
TOTALS = ("weights", "biases", "params", "macs")


def exported_model(path, module_name):
    """The model the exported module defines, as its main() builds it."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.net if hasattr(module, "net") else module.Net()


def to_onnx(model, shape, target):
    """Exports in training mode: an eval export folds each BatchNorm into the conv before it
    and drops every Dropout, so ConvDesigner would see another network. Training mode keeps
    both as nodes; constant folding still makes a linear layer's weight an initializer (not a
    Transpose of one), which is where the importer reads its size."""
    model.train()
    torch.onnx.export(model, torch.zeros(1, *shape), target, opset_version=13,
                      training=torch.onnx.TrainingMode.TRAINING, do_constant_folding=True)


def comparable(report):
    """Each layer's compared fields, with its inputs as indices (-1 the network's input) and
    its block as the index of the block's first layer (block names are names: set aside)."""
    index = {layer["name"]: layer["index"] for layer in report["layers"]}
    index["input"] = -1
    first_of_block = {}
    for layer in report["layers"]:
        first_of_block.setdefault(layer["block"], layer["index"])
    return [dict({field: layer[field] for field in FIELDS},
                 inputs=[index[name] for name in layer["inputs"]],
                 block=None if layer["block"] is None else first_of_block[layer["block"]])
            for layer in report["layers"]]


# A nin_block is one layer in ConvDesigner, but PyTorch runs it as the six modules of its
# nn.Sequential, and ONNX holds those six nodes: the importer gives them back as six layers
# in one block (named after the nin_block). They are compared as the one layer they sum to.
NIN_PARTS = ["conv2d", "relu", "conv2d", "relu", "conv2d", "relu"]


def with_nin_blocks(want, have):
    """`have` with each run of NIN_PARTS, where `want` has a nin_block, made one layer."""
    merged, new_index, i = [], {-1: -1}, 0
    for w in want:
        parts = have[i:i + len(NIN_PARTS)]
        if (w["type"] == "nin_block" and [p["type"] for p in parts] == NIN_PARTS
                and parts[0]["block"] is not None
                and all(p["block"] == parts[0]["block"] for p in parts)):
            for j in range(i, i + len(parts)):
                new_index[j] = len(merged)
            merged.append(dict(parts[0], type="nin_block", output=parts[-1]["output"],
                               **{f: sum(p[f] for p in parts)
                                  for f in ("weights", "biases", "macs")}, block=None))
            i += len(parts)
        elif i < len(have):
            new_index[i] = len(merged)
            merged.append(have[i])
            i += 1
    merged += have[i:]
    for layer in merged:
        layer["inputs"] = [new_index.get(j, j) for j in layer["inputs"]]
        if layer["block"] is not None:
            layer["block"] = new_index.get(layer["block"], layer["block"])
    return merged


def differences(expected, imported):
    """What the imported network's analysis says differently, one text each."""
    want = comparable(expected)
    have = with_nin_blocks(want, comparable(imported))
    found = []
    if len(want) != len(have):
        found.append(f"{len(have)} layers imported for {len(want)} in the file")
    for i, (w, h) in enumerate(zip(want, have)):
        for field, value in w.items():
            # Only a block whose structure two or more instances share becomes a module class
            # (core/export/block_classes.h); a block of its own is written inline, so its layers
            # come back in no block. Every block that does come back must be the file's.
            if field == "block" and h[field] is None:
                continue
            if h[field] != value:
                found.append(f"layer {i} ({expected['layers'][i]['name']} / "
                             f"{imported['layers'][i]['name']}): {field} {h[field]}, "
                             f"file {value}")
        if len(found) > 8:  # one shift misaligns every later layer: the first few say it
            found.append("...")
            return found
    for field in TOTALS:
        if imported["totals"][field] != expected["totals"][field]:
            found.append(f"total {field} {imported['totals'][field]}, "
                         f"file {expected['totals'][field]}")
    return found


def check(cli, path, workdir, number):
    """Returns the differences found, [] when the network comes back the same."""
    analysis = run(cli, "analyze", path, "--json")
    if analysis.returncode != 0:
        return [f"analyze exited {analysis.returncode}: {analysis.stderr.decode().strip()}"]
    expected = json.loads(analysis.stdout)
    code = os.path.join(workdir, f"net_{number}.py")
    export = run(cli, "export-pytorch", path, "-o", code)
    if export.returncode != 0:
        return [f"export-pytorch exited {export.returncode}: {export.stderr.decode().strip()}"]
    model_file = os.path.join(workdir, f"net_{number}.onnx")
    shape = expected["input"]  # [C, H, W]
    try:
        to_onnx(exported_model(code, f"net_{number}"), shape, model_file)
    except Exception as error:  # the generated code must trace and export: a finding
        return [f"torch.onnx.export raised {type(error).__name__}: {error}"]
    imported = run(cli, "analyze", model_file, "--json")
    os.remove(model_file)  # VGG-11's and AlexNet's weights are large
    if imported.returncode != 0:
        return [f"analyze of the ONNX export exited {imported.returncode}: "
                f"{imported.stderr.decode().strip()}"]
    return differences(expected, json.loads(imported.stdout))


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cli, files = argv[1], argv[2:]
    failed = 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as workdir:
        for number, path in enumerate(files):
            found = check(cli, path, workdir, number)
            failed += bool(found)
            print(f"{'differs' if found else 'same'}: {path}")
            for message in found:
                print(f"    {message}")
    print(f"{len(files) - failed} come back the same, {failed} differ; "
          f"{time.monotonic() - start:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
