#!/usr/bin/python3
"""Check a network file's parameter count and output shape with PyTorch.

A developer tool, run by hand; not part of the build or the tests. It reads one or
more `.cnn.json` network files (version 1 or 2, see the spec's network-format.md),
builds each as a PyTorch graph exactly as the format says, runs a zero tensor of the
input shape (batch 1, eval mode) through it and prints, per file:

    FILE: params=N output=[C, H, W]

so that counts written in the examples, the cases or the docs can be checked against
PyTorch rather than against ConvDesigner itself. Needs Debian's python3-torch, which
runs under /usr/bin/python3 (not a python3 from pyenv or a venv):

    /usr/bin/python3 scripts/check_example_params.py resources/examples/*.cnn.json

Graph rules: layers run in file order; each reads its `inputs` (default: the layer
before, or the network input for the first layer); `"input"` is the network input;
a layer without a `name` is called `<type>_<0-based index>`; `add` sums its inputs and
`concat` is torch.cat(dim=1); the network's output is the last layer. Other types map
to PyTorch modules with PyTorch's defaults. The Lazy* modules (as d2l uses) take their
input sizes from the first forward pass. Besides what PyTorch refuses, it refuses
unknown keys, names that are not earlier, duplicate names, layers whose output is not
used and blocks that are not contiguous. Exit status: 0 ok, 1 a file was refused.
"""
import json
import sys
import warnings

import torch
from torch import nn

warnings.filterwarnings("ignore", message="Lazy modules are a new feature")

COMMON = {"type", "name", "inputs", "block"}
FIELDS = {  # allowed fields per type, besides COMMON
    "conv2d": {"out_channels", "kernel", "stride", "padding", "dilation", "groups", "bias"},
    "maxpool2d": {"kernel", "stride", "padding", "dilation", "ceil_mode"},
    "avgpool2d": {"kernel", "stride", "padding", "ceil_mode", "count_include_pad"},
    "adaptive_avgpool2d": {"output"},
    "adaptive_maxpool2d": {"output"},
    "nin_block": {"out_channels", "kernel", "stride", "padding"},
    "batchnorm2d": {"eps", "momentum"},
    "relu": set(), "sigmoid": set(), "tanh": set(), "flatten": set(),
    "dropout": {"p"},
    "linear": {"out_features", "bias"},
    "add": set(), "concat": set(),
}
V2_ONLY = {"add", "concat", "sigmoid", "tanh"}


def pair(v):
    """A pair field: one int for both sides, or [height, width]; "same"/"valid" pass."""
    return v if isinstance(v, str) else tuple(v) if isinstance(v, list) else (v, v)


def make_module(L):
    t = L["type"]
    if t == "conv2d":
        return nn.LazyConv2d(L["out_channels"], pair(L["kernel"]), pair(L.get("stride", 1)),
                             pair(L.get("padding", 0)), pair(L.get("dilation", 1)),
                             L.get("groups", 1), L.get("bias", True))
    if t == "maxpool2d":
        return nn.MaxPool2d(pair(L["kernel"]), pair(L.get("stride", L["kernel"])),
                            pair(L.get("padding", 0)), pair(L.get("dilation", 1)),
                            ceil_mode=L.get("ceil_mode", False))
    if t == "avgpool2d":
        return nn.AvgPool2d(pair(L["kernel"]), pair(L.get("stride", L["kernel"])),
                            pair(L.get("padding", 0)), L.get("ceil_mode", False),
                            L.get("count_include_pad", True))
    if t == "adaptive_avgpool2d":
        return nn.AdaptiveAvgPool2d(pair(L["output"]))
    if t == "adaptive_maxpool2d":
        return nn.AdaptiveMaxPool2d(pair(L["output"]))
    if t == "nin_block":
        c = L["out_channels"]
        first = nn.LazyConv2d(c, pair(L["kernel"]), pair(L.get("stride", 1)),
                              pair(L.get("padding", 0)))
        return nn.Sequential(first, nn.ReLU(), nn.LazyConv2d(c, 1), nn.ReLU(),
                             nn.LazyConv2d(c, 1), nn.ReLU())
    if t == "batchnorm2d":
        return nn.LazyBatchNorm2d(L.get("eps", 1e-5), L.get("momentum", 0.1))
    if t == "dropout":
        return nn.Dropout(L.get("p", 0.5))
    if t == "linear":
        return nn.LazyLinear(L["out_features"], L.get("bias", True))
    # add and concat are done by Graph.forward; the Identity only keeps the list aligned.
    return {"relu": nn.ReLU, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh,
            "flatten": nn.Flatten, "add": nn.Identity, "concat": nn.Identity}[t]()


class Graph(nn.Module):
    """The file's layers in file order, each with the indices of the layers it reads (-1: input)."""

    def __init__(self, doc):
        super().__init__()
        if doc.get("format") != "convdesigner-network":
            raise ValueError("not a convdesigner-network file")
        version = doc.get("version")
        if version not in (1, 2):
            raise ValueError(f"version {version!r} is not 1 or 2")
        names, self.reads, mods = {"input": -1}, [], []
        for i, L in enumerate(doc["layers"]):
            t, where = L.get("type"), f"layer {i} ({L.get('name', L.get('type'))})"
            if t not in FIELDS:
                raise ValueError(f"{where}: unknown type {t!r}")
            unknown = set(L) - COMMON - FIELDS[t]
            if unknown:
                raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}")
            v2_only = sorted({"inputs", "block"} & set(L)) + ([t] if t in V2_ONLY else [])
            if version == 1 and v2_only:
                raise ValueError(f"{where}: {', '.join(v2_only)} needs version 2")
            reads = [i - 1]  # the layer before; -1 is the network input
            if "inputs" in L:
                unknown = [n for n in L["inputs"] if n not in names]
                if unknown:
                    raise ValueError(f"{where}: input {unknown[0]!r} is not an earlier layer")
                reads = [names[n] for n in L["inputs"]]
            nmin, nmax = (2, None) if t in ("add", "concat") else (1, 1)
            if len(reads) < nmin or (nmax and len(reads) > nmax):
                raise ValueError(f"{where}: {t} cannot read {len(reads)} input(s)")
            name = L.get("name", f"{t}_{i}")
            if version == 2 and name in names:
                raise ValueError(f"{where}: name {name!r} is not unique (or is 'input')")
            names[name] = i  # version 1 may repeat names; it never reads them
            self.reads.append(reads)
            mods.append(make_module(L))
        used = {j for reads in self.reads for j in reads}
        dead = [i for i in range(len(self.reads) - 1) if i not in used]
        if dead:
            raise ValueError(f"layer {dead[0]}: its output is not used")
        blocks = [L.get("block") for L in doc["layers"]]
        runs = [b for k, b in enumerate(blocks) if b is not None and (k == 0 or blocks[k - 1] != b)]
        if len(runs) != len(set(runs)):
            raise ValueError("a block's layers are not contiguous")
        self.types = [L["type"] for L in doc["layers"]]
        self.layers = nn.ModuleList(mods)

    def forward(self, x):
        outs = []
        for t, reads, mod in zip(self.types, self.reads, self.layers):
            xs = [x if j < 0 else outs[j] for j in reads]
            if t == "add":
                outs.append(sum(xs[1:], xs[0]))
            elif t == "concat":
                outs.append(torch.cat(xs, dim=1))
            else:
                outs.append(mod(xs[0]))
        return outs[-1]


def check(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    net = Graph(doc).eval()
    i = doc["input"]
    with torch.no_grad():
        y = net(torch.zeros(1, i["channels"], i["height"], i["width"]))
    return sum(p.numel() for p in net.parameters()), list(y.shape[1:])


def main(paths):
    if not paths:
        sys.exit(__doc__)
    status = 0
    for path in paths:
        try:
            params, shape = check(path)
            print(f"{path}: params={params} output={shape}")
        except KeyError as e:
            print(f"{path}: refused: missing key {e}", file=sys.stderr)
            status = 1
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            print(f"{path}: refused: {e}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
