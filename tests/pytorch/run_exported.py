#!/usr/bin/python3
"""Runs the PyTorch code convdesigner-cli exports for each network file under real PyTorch and
compares every printed output shape and the parameter count with the analysis.

    /usr/bin/python3 run_exported.py CONVDESIGNER_CLI FILE...

For each FILE: `convdesigner-cli analyze FILE --json` gives the expected numbers (a file the
analysis marks invalid is skipped: export refuses it, which is checked too);
`convdesigner-cli export-pytorch FILE -o TMP/net_N.py` writes the module, which is imported
here (one Python process for every file: importing torch takes seconds) and its main() run
with its printed lines captured. main() prints one line per layer, `NAME (1, C, H, W)` or
`NAME (1, F)`, in the file's order, then `parameters: N`. Exit status: 0 every file agrees,
1 some file disagrees (each difference is printed), 2 a usage or tool error.
"""
import contextlib
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time

LAYER_LINE = re.compile(r"^(.*) \(((?:\d+, )*\d+)\)$")


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, check=False)


def printed_run(path, module_name):
    """Imports the exported module and returns what its main() prints, as lines."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module.main()
    return out.getvalue().splitlines()


def one_line(name):
    """The name as main() prints it: control characters escaped as Python escapes them."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: m.group(0).encode("unicode_escape").decode(),
                  name)


def differences(report, lines):
    """What the printed lines say differently from the analysis report, one text each."""
    found = []
    layers = report["layers"]
    if len(lines) != len(layers) + 1:
        return [f"{len(lines)} lines printed for {len(layers)} layers and the parameter line"]
    for layer, line in zip(layers, lines):
        match = LAYER_LINE.match(line)
        if not match:
            found.append(f"layer {layer['index']}: cannot read {line!r}")
            continue
        name, shape = match.group(1), [int(v) for v in match.group(2).split(", ")]
        expected = [1] + layer["output"]
        if shape != expected:
            found.append(f"layer {layer['index']} ({layer['name']}): PyTorch {shape}, "
                         f"analysis {expected}")
        if name != one_line(layer["name"]):
            found.append(f"layer {layer['index']}: printed name {name!r}, "
                         f"analysis {layer['name']!r}")
    params = lines[-1]
    expected = f"parameters: {report['totals']['params']}"
    if params != expected:
        found.append(f"PyTorch {params!r}, analysis {expected!r}")
    return found


def check(cli, path, workdir, number):
    """Returns (verdict, messages): verdict "ok", "skipped" or "failed"."""
    analysis = run(cli, "analyze", path, "--json")
    if analysis.returncode == 2:  # not a network the reader accepts: no code either
        export = run(cli, "export-pytorch", path)
        if export.returncode != 2 or export.stdout:
            return "failed", ["export-pytorch did not refuse a file analyze cannot read"]
        return "skipped", ["unreadable: " + analysis.stderr.decode().strip()]
    if analysis.returncode not in (0, 1):
        return "failed", [f"analyze exited {analysis.returncode}: {analysis.stderr.decode()}"]
    report = json.loads(analysis.stdout)
    target = os.path.join(workdir, f"net_{number}.py")
    export = run(cli, "export-pytorch", path, "-o", target)
    if not report["valid"]:
        if export.returncode != 1 or os.path.exists(target):
            return "failed", ["an invalid network was exported"]
        return "skipped", ["invalid: " + export.stderr.decode().strip()]
    if export.returncode != 0:
        return "failed", [f"export-pytorch exited {export.returncode}: {export.stderr.decode()}"]
    try:
        lines = printed_run(target, f"net_{number}")
    except Exception as error:  # the generated code must run: any exception is a finding
        return "failed", [f"the exported code raised {type(error).__name__}: {error}"]
    found = differences(report, lines)
    return ("failed" if found else "ok"), found


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cli, files = argv[1], argv[2:]
    counts = {"ok": 0, "skipped": 0, "failed": 0}
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as workdir:
        for number, path in enumerate(files):
            verdict, messages = check(cli, path, workdir, number)
            counts[verdict] += 1
            print(f"{verdict}: {path}")
            for message in messages:
                print(f"    {message}")
    print(f"{counts['ok']} agree with PyTorch, {counts['skipped']} skipped (invalid or unreadable), "
          f"{counts['failed']} disagree; {time.monotonic() - start:.1f} s")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
