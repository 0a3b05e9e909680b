/// The stylesheet of the HTML exports, inline in the page: a calm reading column in
/// the system's own fonts, a dark variant where the browser asks for one, and print
/// rules for A4 and Letter alike (2 cm margins, black on white, a part kept on one page
/// where it fits, a heading never left alone at the foot of a page).
enum HTMLStyle {
    static let css = """
        :root {
          color-scheme: light dark;
          --ink: #1d2127; --muted: #5b6470; --rule: #d5dae1; --accent: #3f6da8; --paper: #fdfcfa; --quote: #f3f1ec;
        }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e4e7eb; --muted: #9aa3ad; --rule: #3a4049; --accent: #8fb4e6; --paper: #16191d; --quote: #1f2328; }
        }
        * { box-sizing: border-box; }
        html { background: var(--paper); color: var(--ink); }
        body { margin: 0; font: 17px/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
        main { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
        h1, h2, h3, h4 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.25; break-after: avoid; }
        h1 { font-size: 1.7rem; margin: 0 0 1rem; }
        h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
        h4 { font-size: .85rem; font-weight: 600; margin: 1.25rem 0 .35rem; color: var(--muted); }
        p { margin: .6rem 0; }
        header { margin-bottom: 2rem; }
        .facts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0 0 1.25rem; font-size: .85rem; color: var(--muted); }
        .facts div { display: flex; gap: .4rem; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .prompt { font-style: italic; color: var(--muted); margin: .4rem 0; }
        ul.actions { list-style: none; padding: 0; margin: .75rem 0; }
        ul.actions li { padding-left: 1.6rem; text-indent: -1.6rem; margin: .3rem 0; break-inside: avoid; }
        .mark { display: inline-block; width: 1.6rem; text-indent: 0; color: var(--muted); }
        li.done .mark { color: var(--accent); font-weight: 700; }
        li.open { color: var(--muted); }
        .detail { display: block; text-indent: 0; font-size: .85em; color: var(--muted); }
        .entry { break-inside: avoid; }
        blockquote { margin: 0 0 1rem; padding: .6rem 1rem; background: var(--quote); border-left: 3px solid var(--accent); border-radius: 0 4px 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.chart { font: 22px/1.6 "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; margin: 1rem 0 .4rem; padding: .8rem 1rem; background: var(--quote); border-radius: 4px; overflow-x: auto; }
        .caption { margin-top: 0; font-size: .85rem; color: var(--muted); }
        section { break-inside: avoid; }
        @page { margin: 2cm; }
        @media print {
          :root { --ink: #000; --muted: #444; --rule: #999; --accent: #000; --paper: #fff; --quote: #fff; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          blockquote { border-left: 2px solid #666; padding: .2rem .8rem; }
          pre.chart { border: 1px solid #999; font-size: 16pt; }
        }

        """
}
