/** Invisible characters a copy can carry, removed before analysis and always reported by name. */
export interface InvisibleRemoved {
  name: string;
  codePoint: string;
  count: number;
}

// The space-like ones separate words, so they become a space; the others join what they sat in.
const INVISIBLE: ReadonlyMap<number, { name: string; spaceLike: boolean }> = new Map([
  [0x00a0, { name: 'no-break space', spaceLike: true }],
  [0x00ad, { name: 'soft hyphen', spaceLike: false }],
  [0x034f, { name: 'combining grapheme joiner', spaceLike: false }],
  [0x061c, { name: 'Arabic letter mark', spaceLike: false }],
  [0x115f, { name: 'Hangul choseong filler', spaceLike: false }],
  [0x1160, { name: 'Hangul jungseong filler', spaceLike: false }],
  [0x180e, { name: 'Mongolian vowel separator', spaceLike: false }],
  [0x2000, { name: 'en quad', spaceLike: true }],
  [0x2001, { name: 'em quad', spaceLike: true }],
  [0x2002, { name: 'en space', spaceLike: true }],
  [0x2003, { name: 'em space', spaceLike: true }],
  [0x2004, { name: 'three-per-em space', spaceLike: true }],
  [0x2005, { name: 'four-per-em space', spaceLike: true }],
  [0x2006, { name: 'six-per-em space', spaceLike: true }],
  [0x2007, { name: 'figure space', spaceLike: true }],
  [0x2008, { name: 'punctuation space', spaceLike: true }],
  [0x2009, { name: 'thin space', spaceLike: true }],
  [0x200a, { name: 'hair space', spaceLike: true }],
  [0x200b, { name: 'zero-width space', spaceLike: false }],
  [0x200c, { name: 'zero-width non-joiner', spaceLike: false }],
  [0x200d, { name: 'zero-width joiner', spaceLike: false }],
  [0x200e, { name: 'left-to-right mark', spaceLike: false }],
  [0x200f, { name: 'right-to-left mark', spaceLike: false }],
  [0x2028, { name: 'line separator', spaceLike: true }],
  [0x2029, { name: 'paragraph separator', spaceLike: true }],
  [0x202a, { name: 'left-to-right embedding', spaceLike: false }],
  [0x202b, { name: 'right-to-left embedding', spaceLike: false }],
  [0x202c, { name: 'pop directional formatting', spaceLike: false }],
  [0x202d, { name: 'left-to-right override', spaceLike: false }],
  [0x202e, { name: 'right-to-left override', spaceLike: false }],
  [0x202f, { name: 'narrow no-break space', spaceLike: true }],
  [0x205f, { name: 'medium mathematical space', spaceLike: true }],
  [0x2060, { name: 'word joiner', spaceLike: false }],
  [0x2061, { name: 'function application', spaceLike: false }],
  [0x2062, { name: 'invisible times', spaceLike: false }],
  [0x2063, { name: 'invisible separator', spaceLike: false }],
  [0x2064, { name: 'invisible plus', spaceLike: false }],
  [0x2066, { name: 'left-to-right isolate', spaceLike: false }],
  [0x2067, { name: 'right-to-left isolate', spaceLike: false }],
  [0x2068, { name: 'first strong isolate', spaceLike: false }],
  [0x2069, { name: 'pop directional isolate', spaceLike: false }],
  [0x3000, { name: 'ideographic space', spaceLike: true }],
  [0x3164, { name: 'Hangul filler', spaceLike: false }],
  [0xfe0f, { name: 'variation selector-16', spaceLike: false }],
  [0xfeff, { name: 'zero-width no-break space (byte order mark)', spaceLike: false }],
  [0xffa0, { name: 'halfwidth Hangul filler', spaceLike: false }],
]);

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Removes every invisible character, counting each kind, in the order first met. */
export function removeInvisible(raw: string): { text: string; removed: InvisibleRemoved[] } {
  const counts = new Map<number, number>();
  let text = '';
  for (const character of raw) {
    const codePoint = character.codePointAt(0)!;
    const invisible = INVISIBLE.get(codePoint);
    if (!invisible) {
      text += character;
      continue;
    }
    counts.set(codePoint, (counts.get(codePoint) ?? 0) + 1);
    if (invisible.spaceLike) text += ' ';
  }
  const removed = [...counts].map(([codePoint, count]) => ({
    name: INVISIBLE.get(codePoint)!.name,
    codePoint: hex(codePoint),
    count,
  }));
  return { text, removed };
}
