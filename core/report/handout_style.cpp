// The handout's CSS (see handout_style.h). It holds no < or &, so the page stays well-formed
// XML without a CDATA section.

#include "handout_style.h"

namespace cd {

std::string_view handoutStyle()
{
    return R"css(
@page { size: A4; margin: 14mm 12mm; }
body {
  font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 11pt; line-height: 1.4; color: #1e2430; background: #ffffff;
  max-width: 70em; margin: 0 auto; padding: 1.5em;
}
h1 { font-size: 1.7em; margin: 0 0 0.2em; color: #1f3b66; }
h2 {
  font-size: 1.25em; margin: 1.6em 0 0.5em; color: #1f3b66;
  border-bottom: 1px solid #c8d2e2; padding-bottom: 0.15em;
}
h3 { font-size: 1em; margin: 1.2em 0 0.4em; color: #1f3b66; }
.subtitle { color: #4a5568; margin: 0; }
.errors { color: #9b1c1c; }
figure.picture { margin: 0.8em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure.picture svg { max-width: 100%; height: auto; }
.no-picture { color: #718096; font-style: italic; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { padding: 2px 6px; vertical-align: top; }
th { background: #eef2f8; text-align: left; border-bottom: 1px solid #9aa8c0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.layers { font-size: 8.5pt; width: 100%; }
table.layers th, table.layers td { padding: 2px 4px; }
table.layers tbody tr:nth-child(even) td { background: #f8f9fc; }
table.layers tr.block-total td { background: #f1f4f9; font-style: italic; }
table.layers tr.total td { border-top: 2px solid #9aa8c0; font-weight: bold; background: #ffffff; }
table.layers tr.invalid td { color: #9b1c1c; }
td.discards { color: #a0361c; }
dl.columns { font-size: 8.5pt; color: #4a5568; column-count: 2; column-gap: 2em; }
dl.columns dt { font-weight: bold; color: #1e2430; break-after: avoid; }
dl.columns dd { margin: 0 0 0.4em 1em; break-inside: avoid; }
table.formulas { font-size: 9.5pt; }
table.formulas th { background: none; border: none; white-space: nowrap; font-weight: normal; color: #4a5568; }
table.formulas td { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.95em; }
table.peak { font-size: 9.5pt; }
table.peak tr.total td { border-top: 1px solid #9aa8c0; font-weight: bold; }
p.arithmetic {
  font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 10pt;
  background: #fdf7e7; border-left: 3px solid #e0a030; padding: 0.4em 0.7em; margin: 0.3em 0;
}
p.discarded { color: #a0361c; font-weight: bold; }
section.layer-view { break-before: page; page-break-before: always; }
footer { margin-top: 2em; font-size: 8.5pt; color: #718096; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
)css";
}

} // namespace cd
