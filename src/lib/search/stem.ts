/**
 * British spellings and their American forms used by the guides. Applied to query and guide
 * words alike, so it only has to be consistent, never a real word's replacement: `authorisation`,
 * `organised`, `analyse` and `behaviour` meet `authorization`, `organized`, `analyze`, `behavior`.
 */
function americanSpelling(word: string): string {
  if (word.length >= 6 && word.endsWith('our')) return `${word.slice(0, -3)}or`;
  return word.replace(/is(ation|ations|e|ed|es|ing)$/, 'iz$1').replace(/ys(e|ed|es|ing)$/, 'yz$1');
}

/**
 * Stems already made, by word: an index of thousands of guides stems the same few thousand words
 * a million times. Emptied when full, so it stays small in a long-running server.
 */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

/**
 * A conservative stem: plural and verb endings only, never a guess at a different word. `keys`,
 * `key`; `expired`, `expires`, `expire`, `expiring`; `signed`, `signing`, `sign` each meet, while
 * `logged` (kept as `logg`) never meets `logs` (`log`), and `login`, `logic`, `export` and `expect`
 * stay themselves. Doubled consonants are not undone, which is what keeps those false friends apart.
 */
export function stem(raw: string): string {
  let known = stems.get(raw);
  if (known === undefined) {
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    known = stemOf(raw);
    stems.set(raw, known);
  }
  return known;
}

function stemOf(raw: string): string {
  let word = americanSpelling(raw.toLowerCase());
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  else if (word.endsWith('ed') && !word.endsWith('eed') && word.length > 4) word = word.slice(0, -2);
  else if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
  // `authentication` meets `authenticating`, `rotation` meets `rotate`.
  if (word.endsWith('ation') && word.length >= 8) word = word.slice(0, -3);
  if (word.endsWith('ie') && word.length > 3) word = `${word.slice(0, -2)}y`;
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  return word;
}
