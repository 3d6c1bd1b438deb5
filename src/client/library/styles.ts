/**
 * The library's styles, added by its script: pages without lists (and readers without
 * JavaScript) never load them. Colours come from the theme's custom properties (global.css).
 */
export const LIBRARY_CSS = `
.library-bar{border:1px solid var(--border);background:var(--surface);border-radius:6px;padding:.6rem .8rem;margin:1rem 0}
.library-bar__title{font-size:1rem;margin:0 0 .2rem}
.library-bar__summary,.library-bar__status{margin:.2rem 0;font-size:.9rem;color:var(--muted)}
.library-bar__status:empty{display:none}
.library-bar__group{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.35rem 0}
.library-bar button,.library-bar select,.library-mark{font:inherit;font-size:.85rem;padding:.15rem .45rem;color:var(--fg);background:var(--bg);border:1px solid var(--border);border-radius:4px}
.library-bar button:disabled{color:var(--muted);cursor:not-allowed}
.library-pick{margin:0 .15rem 0 0;vertical-align:middle;accent-color:var(--accent)}
.library-mark{font-size:.8rem;padding:0 .2rem}
[data-library-mark=read] .library-mark{border-color:var(--accent);font-weight:600}
[data-library-mark=to-read] .library-mark{background:var(--chip-bg)}
.library-filtered{display:none!important}
@media print{.library-bar,.library-pick,.library-controls{display:none}}
`;
