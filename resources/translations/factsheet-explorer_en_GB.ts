<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Open the &amp;Map of Local Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Factsheet Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Factsheet Explorer&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse the figures, funding lines and case study of an Industrial Strategy local summary.&lt;/p&gt;&lt;p&gt;Data: &lt;i&gt;%2&lt;/i&gt;, published by the %3, %4.&lt;/p&gt;&lt;p&gt;%5. Licensed under the %6.&lt;/p&gt;&lt;p&gt;Every area&apos;s summary: &lt;a href=&quot;%7&quot;&gt;%8&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaHeader</name>
    <message>
        <source>Case study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartArea</name>
    <message>
        <source>Employment chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeships and wages chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlined bar: derived from stated figures, not stated in the summary (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other local funding lines, together %2: each is in the investments table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 largest of %2 local funding lines, and the other %3 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary gives no employment figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeships and wages in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship starts last year, and workers directly benefiting from the National Living and Minimum Wages (latest, 2018 summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary gives no apprenticeship or wage figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local funding in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial Strategy funding lines for the area, largest first; national programmes are not the area&apos;s money and are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local funding lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 local funding lines in the table&apos;s order, and the other %3 together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeships and wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial Strategy funding lines for the area, as the table shows them; national programmes are not the area&apos;s money and are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding lines match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>unknown chart %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1x%2: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %1: expected a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension %2; expected .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a PNG of %2x%3 pixels is too large; at most %4 pixels (%5x%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory for a PNG of %2x%3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Industrial Strategy local summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains public sector information: Crown copyright, licensed under the Open Government Licence v3.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Industrial Strategy local summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Diagnostics: exit as soon as the main window has painted once (for measuring start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: exit once every view, the charts included, has painted (for measuring a complete start-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the names of the charts that can be exported, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart NAME (see --list-charts) to the file given by --output, without a window; the format follows its extension: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file --export-chart writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported chart&apos;s size in logical pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per logical pixel of an exported PNG, 1 to 4 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported chart&apos;s theme: window, presentation or print (default presentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bars&apos; colours: default or okabe-ito (colour-blind safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a PNG with a transparent background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the remembered window layout, table, selection, colours and export choices, and start from the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore an Industrial Strategy local summary: funding lines, labour-market figures and its case study. Opens the embedded Stoke-on-Trent &amp; Staffordshire factsheet unless FILE is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factsheet to open (optional): a factsheet JSON file, or the text of a local summary (*.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-chart needs --output OUT (a .png, .svg or .pdf file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT, each a whole number of pixels from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale %1: expected a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every funding line, in document order, to OUT as CSV (RFC 4180, UTF-8), without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-table, one more column of the amounts set against the area: absolute, per-resident, per-business, per-1000-employed or share-of-local-total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-table, begin the CSV with a byte-order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension %2; expected .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown normalisation &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the factsheet (FILE, or the embedded one) as a factsheet JSON document at OUT (a .json file), notes included, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --list-charts, --export-chart, --export-table and --export-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension %2; expected .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select funding lines to compare them: Ctrl+click or Shift+click in the table or on the bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: national programme — not compared with the area&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the local total (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is as much as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 times %3; %4 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines selected: the %2 largest are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines selected, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPane</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DerivedFigures</name>
    <message>
        <source>Employment growth since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 − 1 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship starts per 1,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers on the National Living and Minimum Wages per 1,000 in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local funding lines) / %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local funding per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local funding per business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 × 1,000 = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National: not part of the area’s local total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: part of the area’s local total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure as printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from figures stated on the factsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated on the factsheet as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for the funding line “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected funding line, figure or case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a funding line, a bar or the case study to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set against the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Slide, 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 1280 × 720</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape at 300 dpi, 3508 × 2480</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeships and wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard (all three charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight the selected bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (editable text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen size, %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (large type, high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (black text, light grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring the remembered export palette: not one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring the remembered export settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF of the dashboard: &amp;one chart a page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Factsheet</name>
    <message>
        <source>Industrial Strategy local summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) − %3 (%4) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) + %3 (the decrease: %4) = %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetChart</name>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetLoadResult</name>
    <message>
        <source>opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetLoader</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id not used before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that appears in the source sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure as printed, such as &quot;£2.6m&quot; or &quot;548,800&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the value of its quote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of pounds (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;local&quot; or &quot;national&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area&quot; or &quot;labourMarket&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of &quot;population&quot;, &quot;businesses&quot;, &quot;employment&quot;, &quot;employmentChange&quot;, &quot;earlierEmployment&quot;, &quot;livingWageWorkers&quot;, &quot;apprenticeshipStarts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of two figure ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a stated figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures whose difference is 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month as &quot;YYYY-MM&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualification level from 1 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without control characters other than tab and line feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local amounts that add up to at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local total of %1 with this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line number (0 when not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quote for a line without an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (negative for a decrease)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month as &quot;YYYY-MM&quot; or a year as &quot;YYYY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetModel</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetReader</name>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something other than a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in UTF-8, or in UTF-16 with a byte order mark, found what looks like UTF-16 without one (every other byte is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in %1, %2 bytes to a code unit, found %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value 0x%1, beyond Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a regular file, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a file of at most %1 bytes (%2), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsheetWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Embedded Factsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Factsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factsheets (*.json *.txt *.pdf);;Factsheet JSON (*.json);;Local summary text (*.txt);;Local summary PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Factsheet As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factsheet JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Factsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factsheet was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source and Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Factsheet Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2, published %3.&lt;/p&gt;&lt;p&gt;%4. Licensed under the %5.&lt;/p&gt;&lt;p&gt;Every figure shown quotes the sentence it comes from; select it to see the sentence in the details pane.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestmentsPanel</name>
    <message>
        <source>Filter funding lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 funding lines · local total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amo&amp;unts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding lines match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSummaryText</name>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (2018 summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers directly benefiting from the National Living and Minimum Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Living/Minimum Wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship starts last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial Strategy: local summaries - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase in employment since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in employment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case study&apos;s investment, from the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the text of an Industrial Strategy local summary, found an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local amounts that add up to at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local total of %1 with this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure of at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case study of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters by the end of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the text of an Industrial Strategy local summary: the area&apos;s name on its first line and figures (highlights such as &quot;£2.6m to ...&quot;, people in employment, population, businesses), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, which is not part of any figure the reader knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area&apos;s name on the first line, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a second case study: the reader reads one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph of the introduction with figures in it, which the reader could not place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph among the figures that the reader could not place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paragraph among the closing lines that the reader could not place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sentence with figures that the reader could not place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a count the reader can read, such as &quot;548,800&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second figure of %1; the one on line %2 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apprenticeship starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in employment since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in employment in %1 cannot be derived: the increase of %2 is larger than the %3 in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second partnership; the one on line %1 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a national commitment without an amount the reader can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short for a highlight: no amount and fewer than two words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount in whole pounds the reader can read, such as &quot;£2.6m&quot;, &quot;£750k&quot; or &quot;£3 million&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading of a second case study: the reader reads one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case study&apos;s heading with no text after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount in whole pounds the reader can read, such as &quot;£2m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case study&apos;s investment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Funding Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investments Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Factsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factsheet was not opened; the one shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded factsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a splitter layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 cancelled; the factsheet shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Normalisation</name>
    <message>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national programme — not comparable per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national programme — not comparable per business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national programme — not comparable per 1,000 in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national programme — not part of the local total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed: the summary gives no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per resident (population %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per business (%1 businesses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per 1,000 in employment (%1 in employment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the local total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per resident — population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per business — %1 businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1,000 in employment — %1 in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the local total — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000 in employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the local total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesCount</name>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs of the summary the reader could not place: see Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs of the summary the reader could not place, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: what the reader could not place in the summary, kept as it was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops opening %1; the factsheet shown stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>expected a factsheet JSON or the text of a local summary, found a PDF document, which this program has no PDF reader for: open the summary&apos;s text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF: no room for a copy for the PDF reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF: the PDF reader %1 does not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document read within %1 seconds, found one that took longer: its reading was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document the PDF reader can read, found one that made it stop (it crashed, or passed its limits of %1 of memory and %2 seconds of processor time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document that is not encrypted, found one that needs a password to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document, found a damaged one that the PDF reader cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document the PDF reader can read within %1 of memory, found one that needs more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document of at most %1 words, found more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF: the PDF reader ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF: the PDF reader&apos;s answer is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF: the PDF reader&apos;s answer is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PDF document with text, found one whose %1 hold no text (scanned, or images only): open the summary&apos;s text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the PDF of an Industrial Strategy local summary (one page), found a PDF document of %1 whose text is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a line ending in a line feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected nothing after &quot;end&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;end&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Presentation view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (presented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenancePane</name>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text this factsheet was read from is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected not found in the text (derived, or from another source).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the factsheet comes from this sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected from this sentence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderRules</name>
    <message>
        <source>the byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in UTF-8, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of the local total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the national programmes are not in the sum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane: filter, category, table, each chart, details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous funding line, or bar of the chart with focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bar to the selection, or take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection (in a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart menu (in a chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: next or previous chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: back to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu, by its underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredSettings</name>
    <message>
        <source>The settings file %1 cannot be read; it is set aside as %2, and the defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read; it is ignored, and the defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring the setting %1: not %2 as Factsheet Explorer saves it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a Byte-Order &amp;Mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice of byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the table to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Recipient or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Factsheet Explorer User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: give at most one FILE
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simdjson::dom</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
