/**
 * The theme script, inlined in every page's <head> so the right theme is set before first paint.
 * It is kept as a string here so the page and the tests use the same bytes; the server allows it
 * by its hash (see src/lib/security/headers.ts). Without JavaScript the CSS follows the system.
 *
 * Three modes: follow the system (nothing stored), light, dark. The header button cycles through
 * them, always changing what is seen first: from "system" to the opposite of the system's look,
 * then the system's look chosen explicitly, then back to following the system.
 */
export const themeScript = `(()=>{const d=document.documentElement,k="theme",m=matchMedia("(prefers-color-scheme: dark)");
const names={system:"Theme: follow the system",light:"Theme: light",dark:"Theme: dark"};
const get=()=>{try{const s=localStorage.getItem(k);return s==="light"||s==="dark"?s:"system"}catch{return"system"}};
const put=v=>{try{v==="system"?localStorage.removeItem(k):localStorage.setItem(k,v)}catch{}};
const apply=()=>{const mode=get();d.dataset.themeMode=mode;d.dataset.theme=mode==="system"?(m.matches?"dark":"light"):mode;
for(const b of document.querySelectorAll("[data-theme-toggle]")){b.setAttribute("aria-label",names[mode]);b.title=names[mode]}};
apply();m.addEventListener("change",apply);document.addEventListener("DOMContentLoaded",apply);
addEventListener("storage",e=>{if(e.key===k)apply()});
document.addEventListener("click",e=>{if(!(e.target instanceof Element)||!e.target.closest("[data-theme-toggle]"))return;
const mode=get(),seen=m.matches?"dark":"light",other=seen==="dark"?"light":"dark";
put(mode==="system"?other:mode===other?seen:"system");apply()});})();`;
