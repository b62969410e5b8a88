/**
 * The report's one stylesheet. Colours are the Okabe–Ito set, which reads for the common kinds of
 * colour blindness, and every kind of mark also differs by its line (actor solid, figure dashed,
 * date dotted, quote none but its tint, differing words wavy), so nothing depends on colour alone.
 * Wide screens show facts and sources side by side, each scrolling; narrow ones stack them, both
 * still in view; print shows everything in one column.
 */
export const STYLE = String.raw`
:root{--ink:#1b1b1b;--muted:#5a5a5a;--line:#d6d6d6;--paper:#fff;--soft:#f5f5f3;
--actor:#dcefff;--actor-line:#0072b2;--quote:#fde8c0;--quote-line:#b87800;--figure:#d3f1e6;--figure-line:#00795a;
--date:#f6e0ed;--date-line:#a1467a;--diff:#f9d2bd;--diff-line:#d55e00;--sel:#fff07a;--focus:#0072b2;color-scheme:light}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper);
display:grid;grid-template-rows:auto minmax(0,1fr)}
h1,h2,h3{margin:0;line-height:1.25}
h1{font-size:1.15rem}h2{font-size:1rem}h3{font-size:.95rem}
button,input,select{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem 1rem;padding:.5rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
#summary{margin:0;color:var(--muted)}
#q{flex:1 1 16rem;max-width:28rem;padding:.3rem .5rem;border:1px solid #8a8a8a;border-radius:4px}
.legend{flex:1 1 100%;font-size:.85rem;color:var(--muted)}
.legend summary{cursor:pointer}
.legend ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.25rem 0 0;padding:0}
.legend kbd{border:1px solid #999;border-bottom-width:2px;border-radius:3px;padding:0 .25rem;font-size:.8rem;background:#fff}
main{display:grid;grid-template-columns:minmax(22rem,5fr) minmax(0,6fr);min-height:0}
#facts-pane,#sources-pane{overflow:auto;min-height:0;position:relative;padding:.5rem 1rem 2rem}
#facts-pane{border-right:1px solid var(--line)}
.tabs{display:flex;gap:.25rem;border-bottom:1px solid var(--line);margin-bottom:.5rem}
.tabs button{border:1px solid transparent;border-bottom:none;background:none;padding:.3rem .7rem;border-radius:4px 4px 0 0;cursor:pointer}
.tabs button[aria-selected=true]{border-color:var(--line);background:var(--paper);font-weight:600;margin-bottom:-1px}
.filter-box{margin-bottom:.35rem}
.filter-box summary{cursor:pointer;font-size:.9rem;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.35rem .8rem;align-items:center;font-size:.9rem;margin:.2rem 0 .35rem}
.filters fieldset{border:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .6rem}
.filters legend{float:left;margin-right:.4rem;color:var(--muted)}
.filters label{white-space:nowrap}
.filters select{max-width:12rem}
#shown,#selection,.note{color:var(--muted);font-size:.9rem;margin:.25rem 0}
.selection-bar{position:sticky;top:-.5rem;z-index:1;background:var(--paper);display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center;font-size:.9rem;padding:.15rem 0;border-bottom:1px solid var(--line)}
.selection-bar #selection{flex:1 1 18rem;margin:0}
#sources.only-sel .source.dim{display:none}
.group{margin:.75rem 0}
.group h2,.tl-head{display:flex;gap:.5rem;align-items:baseline;border-bottom:1px solid var(--line);padding-bottom:.15rem}
.n{color:var(--muted);font-weight:400;font-size:.85rem}
.rows{list-style:none;margin:.25rem 0;padding:0}
.row{display:block;width:100%;text-align:left;background:none;border:1px solid transparent;border-left:4px solid transparent;
border-radius:3px;padding:.25rem .45rem;margin:1px 0;cursor:pointer}
.row:hover{background:var(--soft)}
.row.sel{background:var(--sel);border-color:#222;border-left-color:#222}
.row .title{display:block;overflow-wrap:anywhere}
.row .meta{display:block;font-size:.85rem;color:var(--muted)}
.t-actor{border-left:4px solid var(--actor-line)}.t-quote{border-left:4px double var(--quote-line)}
.t-figure{border-left:4px dashed var(--figure-line)}.t-date{border-left:4px dotted var(--date-line)}
.row.t-quote .title{font-style:italic}
.badge{display:inline-block;font-size:.78rem;padding:0 .35rem;border-radius:3px;border:1px solid #999;margin-left:.3rem;font-style:normal;color:var(--ink);white-space:nowrap}
.badge.conflict{border-color:var(--diff-line);background:var(--diff);font-weight:600}
.badge.agreed{border-color:var(--figure-line)}
.src{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
.more{margin:.25rem 0;padding:.2rem .6rem;cursor:pointer}
.source{border:1px solid var(--line);border-radius:4px;margin:.6rem 0;content-visibility:auto;contain-intrinsic-size:auto 22rem}
.source.dim{opacity:.55}
.source.has-sel{border-color:#222;box-shadow:0 0 0 1px #222}
.source header{display:flex;flex-wrap:wrap;gap:.2rem .75rem;align-items:baseline;padding:.3rem .6rem;background:var(--soft);border-bottom:1px solid var(--line)}
.source .path{color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;overflow:auto;max-height:46vh;position:relative;padding:.4rem .6rem;margin:0;font-size:.95rem;line-height:1.6}
.text.missing{color:var(--muted);font-style:italic}
mark{color:inherit;background:none;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:pointer;border-radius:2px}
mark.hl-actor{background:var(--actor);border-bottom:2px solid var(--actor-line)}
mark.hl-quote{background:var(--quote)}
mark.hl-figure{background:var(--figure);border-bottom:2px dashed var(--figure-line)}
mark.hl-date{background:var(--date);border-bottom:2px dotted var(--date-line)}
mark.sel{background:var(--sel);outline:2px solid #111;outline-offset:0}
.diff{background:var(--diff);text-decoration:underline wavy var(--diff-line);text-decoration-skip-ink:none;text-underline-offset:3px;font-weight:700}
.spk{font-weight:700;border-bottom:2px solid #333}
.cue{font-style:italic;border-bottom:1px dashed #333}
.spk.sel,.cue.sel{background:var(--sel)}
.ctl{unicode-bidi:isolate;font-size:0}
.ctl::before{content:attr(data-esc);font-size:.8rem;font-family:ui-monospace,Menlo,Consolas,monospace;color:#a00;background:#fee;border:1px solid #d99;border-radius:2px}
.swatch{display:inline-block;padding:0 .3rem;margin-right:.25rem;color:var(--ink)}
.conflict-card{border:1px solid var(--line);border-left:4px solid var(--diff-line);border-radius:4px;margin:.6rem 0;padding:.4rem .6rem}
.reason{margin:.2rem 0;font-weight:600}
.message{margin:.2rem 0;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
.sides{display:flex;flex-wrap:wrap;gap:.6rem}
.side{flex:1 1 14rem;min-width:0;border:1px solid var(--line);border-radius:4px;padding:.3rem .5rem}
.side .row{border-left-color:var(--diff-line)}
.place{margin:.3rem 0;font-size:.92rem;overflow-wrap:anywhere}
.place .ctx{white-space:pre-wrap}
.place mark{cursor:default}
.timeline{list-style:none;margin:.25rem 0 .75rem;padding:0 0 0 .6rem;border-left:3px solid var(--date-line)}
.timeline .when{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;margin-right:.5rem}
#diags{font-size:.85rem}
#diags li{overflow-wrap:anywhere}
[hidden]{display:none !important}
@media (max-width:760px){
body{font-size:14px}
.top{padding:.4rem .6rem}
#q{flex-basis:100%;max-width:none}
main{grid-template-columns:minmax(0,1fr);grid-template-rows:minmax(0,45fr) minmax(0,55fr)}
#facts-pane{border-right:none;border-bottom:2px solid #888;padding:.4rem .6rem 1rem}
#sources-pane{padding:.4rem .6rem 1rem}
.text{max-height:38vh}
.filters select{max-width:9rem}
}
@media print{
.source{content-visibility:visible}
.source.dim{opacity:1}
#sources.only-sel .source.dim{display:block}
#view-conflicts::before,#view-timeline::before,#sources::before{display:block;font-weight:700;font-size:1.1rem;margin:1rem 0 .3rem;border-bottom:2px solid #000}
#view-conflicts::before{content:"Conflicts"}#view-timeline::before{content:"Timeline"}#sources::before{content:"Sources"}
html,body{height:auto;display:block}
main{display:block}
#facts-pane,#sources-pane{overflow:visible;border:none;padding:0}
.text{max-height:none;overflow:visible}
#q,.filter-box,.tabs,.more,.selection-bar,.legend summary{display:none}
#view-conflicts[hidden],#view-timeline[hidden]{display:block !important}
.source,.conflict-card,.row{break-inside:avoid}
mark,.diff,.row.sel,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
