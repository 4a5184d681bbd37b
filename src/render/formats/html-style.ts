/**
 * copkit's style sheet for the HTML pages, inline in each page so that a page is one file. The
 * print rules make "Print to PDF" give a clean document: no navigation, each numbered section on
 * a new page, tables and the timeline kept whole, links followed by nothing but their text.
 */
export const PAGE_STYLE = `:root { color-scheme: light; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #24292f; background: #ffffff; }
nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0.75rem 1.5rem; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
nav a { color: #0b5cad; text-decoration: none; }
nav a[aria-current="page"] { font-weight: bold; color: #24292f; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.25; border-bottom: 2px solid #24292f; padding-bottom: 0.3rem; }
h2 { font-size: 1.4rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
a { color: #0b5cad; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #d0d7de; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid #d4a72c; background: #fff8e5; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; background: #f6f8fa; padding: 0 0.2em; }
pre { overflow-x: auto; background: #f6f8fa; padding: 0.75rem; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #57606a; }
footer { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1.5rem 2rem; border-top: 1px solid #d0d7de; font-size: 0.85rem; color: #57606a; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  nav { display: none; }
  main { max-width: none; padding: 0; }
  h2 { break-before: page; }
  main > h2:first-of-type { break-before: auto; }
  h2, h3 { break-after: avoid; }
  table, figure, blockquote, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;
