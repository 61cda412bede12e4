#!/usr/bin/python3
"""Renders the NiN example's lecture handout in a real headless browser (issue 12): the page
`convdesigner-cli report` writes must open with no network, show every section and not be a
blank screenshot.

    python3 handout_in_chromium.py CONVDESIGNER_CLI CHROMIUM NIN_FILE [KEEP_DIR]

Writes the handout, then asks Chromium for the DOM it built (--dump-dom) and a 1280x2000
screenshot. The DOM must hold the network, layers and memory sections and a Layer View
section for exactly the layers that discard pixels. For the NiN example (224x224 input) those
are worked out by hand: nin1 (11/4: (224 - 11)/4 = 53.25, row 223 unread), pool1 (3/2 on 54:
25.5, row 53), pool2 (3/2 on 26: 11.5, row 25) and pool3 (3/2 on 12: 4.5, row 11), layers 0, 1,
3 and 5; nin2, nin3 and nin4 pad to read everything. The screenshot must be a 1280x2000 PNG
whose compressed size is well above a blank page's, rendered the same way: a page that failed
to lay out compresses to almost nothing. The PDF must have A4 pages, one at least per Layer View
after the first. KEEP_DIR, when given, keeps the page and the PNG.
Exit status: 0 all checks pass, 1 a check fails (each is printed), 2 a tool fails.
"""
import os
import re
import struct
import subprocess
import sys
import tempfile

DISCARDING = [0, 1, 3, 5]
NOT_DISCARDING = [2, 4, 6, 7, 8, 9]
ARITHMETIC = ("rows and columns: (224 + 2\u00b70 \u2212 11) / 4 = 53.25 \u2192 53 full steps "
              "\u2192 54 outputs")


def chromium(browser, profile, *args):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--user-data-dir=" + profile, *args]
    result = subprocess.run(command, capture_output=True, timeout=180, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode(errors="replace"))
        sys.exit(f"chromium failed ({result.returncode}): {' '.join(command)}")
    return result.stdout.decode("utf-8", errors="replace")


def png_size(path):
    """Width and height from the PNG's IHDR chunk."""
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def screenshot(browser, profile, url, png):
    chromium(browser, profile, "--screenshot=" + png, "--window-size=1280,2000",
             "--hide-scrollbars", url)
    if not os.path.exists(png):
        sys.exit(f"chromium wrote no screenshot {png}")
    return os.path.getsize(png)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    cli, browser, network = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as scratch:
        keep = sys.argv[4] if len(sys.argv) == 5 else scratch
        os.makedirs(keep, exist_ok=True)
        page = os.path.join(keep, "nin handout.html")  # a space: the URL must be quoted
        written = subprocess.run([cli, "report", network, "-o", page], capture_output=True,
                                 check=False)
        if written.returncode != 0:
            sys.stderr.write(written.stderr.decode(errors="replace"))
            sys.exit(f"convdesigner-cli report exited with {written.returncode}")
        url = "file://" + page.replace(" ", "%20")
        profile = os.path.join(scratch, "profile")

        failures = []
        dom = chromium(browser, profile, "--dump-dom", url)
        wanted = ['id="network"', 'id="layers"', 'id="memory"', ARITHMETIC, "row 223, col 223"]
        wanted += [f'id="layer-{i}"' for i in DISCARDING]
        for text in wanted:
            if text not in dom:
                failures.append(f"the rendered page has no {text!r}")
        for i in NOT_DISCARDING:
            if f'id="layer-{i}"' in dom:
                failures.append(f"layer {i} discards nothing but has a Layer View section")
        # Every picture is drawn by the designer's views and inlined: the network, the memory
        # chart and one Layer View per discarding layer, none left as "No picture of …".
        pictures = len(re.findall(r"<svg[\s>]", dom))
        if pictures != 2 + len(DISCARDING):
            failures.append(f"the page holds {pictures} pictures, not 2 + {len(DISCARDING)}")
        if 'class="no-picture"' in dom:
            failures.append("a picture is missing: the page says 'No picture of'")
        if "<script" in dom:
            failures.append("the page holds a script")

        png = os.path.join(keep, "nin handout.png")
        size = screenshot(browser, profile, url, png)
        blank_page = os.path.join(scratch, "blank.html")
        with open(blank_page, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><html><body></body></html>\n")
        blank = screenshot(browser, profile, "file://" + blank_page,
                           os.path.join(scratch, "blank.png"))
        if png_size(png) != (1280, 2000):
            failures.append(f"the screenshot is {png_size(png)}, not 1280x2000")
        # Text, tables and rules on 1280x2000 pixels compress far worse than white.
        if size < 20_000 or size < 10 * blank:
            failures.append(f"the screenshot looks blank: {size} bytes, a blank page {blank}")
        # Printed: A4 pages (595 x 842 points), each Layer View on a page of its own after the
        # table and memory pages. Chromium writes its page objects uncompressed.
        pdf = os.path.join(keep, "nin handout.pdf")
        chromium(browser, profile, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", url)
        with open(pdf, "rb") as f:
            document = f.read()
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", document))
        boxes = set(re.findall(rb"/MediaBox\s*\[0 0 (\d+)[.\d]* (\d+)[.\d]*\]", document))
        if pages < 1 + len(DISCARDING):
            failures.append(f"the printed handout has {pages} pages, fewer than 1 + "
                            f"{len(DISCARDING)} Layer Views")
        if boxes != {(b"594", b"841")}:
            failures.append(f"the printed pages are not A4: {boxes}")
        for failure in failures:
            print(failure)
        print(f"{len(wanted)} texts looked for, screenshot {size} bytes (blank {blank}), "
              f"{pages} printed pages")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
