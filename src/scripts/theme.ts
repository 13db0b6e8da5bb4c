/**
 * The theme script, inlined in every page's <head> so the right theme is set before first paint.
 * It is kept as a string here so the page and the tests use the same bytes; the server allows it
 * by its hash (see src/server/security/headers.ts). Without JavaScript the CSS follows the system.
 *
 * Three modes: follow the system (the default; stored as "system" once chosen), light, dark. The header button cycles through
 * them, always changing what is seen first: from "system" to the opposite of the system's look,
 * then the system's look chosen explicitly, then back to following the system.
 */
export const themeScript = `(()=>{const d=document.documentElement,k="theme",m=matchMedia("(prefers-color-scheme: dark)");
const get=()=>{try{const s=localStorage[k];return s=="light"||s=="dark"?s:"system"}catch{return"system"}};
const apply=()=>{const t=get();d.dataset.themeMode=t;d.dataset.theme=t=="system"?m.matches?"dark":"light":t;
for(const b of document.querySelectorAll("[data-theme-toggle]"))b.ariaLabel="Theme: "+(t=="system"?"follow the system":t)};
apply();m.onchange=apply;addEventListener("DOMContentLoaded",apply);
addEventListener("click",e=>{if(!e.target.closest?.("[data-theme-toggle]"))return;
const t=get(),s=m.matches?"dark":"light",n=t=="system"?s=="dark"?"light":"dark":t==s?"system":s;
try{localStorage[k]=n}catch{}apply()});})();`;
