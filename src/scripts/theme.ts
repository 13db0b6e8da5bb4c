/**
 * The theme script, inlined in every page's <head> so the right theme is set before first paint.
 * It is kept as a string here so the page and the tests use the same bytes; the server allows it
 * by its hash (see src/server/security/headers.ts). Without JavaScript the CSS follows the system.
 */
export const themeScript = `(()=>{const d=document.documentElement,k="theme",m=matchMedia("(prefers-color-scheme: dark)");
const saved=()=>{try{return localStorage.getItem(k)}catch{return null}};
const sync=()=>{for(const b of document.querySelectorAll("[data-theme-toggle]"))b.setAttribute("aria-pressed",String(d.dataset.theme==="dark"))};
const apply=t=>{d.dataset.theme=t;sync()};
const s=saved();apply(s==="light"||s==="dark"?s:m.matches?"dark":"light");
m.addEventListener("change",e=>{if(!saved())apply(e.matches?"dark":"light")});
document.addEventListener("DOMContentLoaded",sync);
document.addEventListener("click",e=>{if(!(e.target instanceof Element)||!e.target.closest("[data-theme-toggle]"))return;
const t=d.dataset.theme==="dark"?"light":"dark";apply(t);try{localStorage.setItem(k,t)}catch{}});})();`;
