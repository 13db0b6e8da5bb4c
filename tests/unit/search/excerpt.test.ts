import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  it.each([
    ['plain text', 'no marks here', [{ text: 'no marks here', marked: false }]],
    [
      'marks become marked runs',
      'your <mark>session</mark> has <mark>expired.</mark>',
      [
        { text: 'your ', marked: false },
        { text: 'session', marked: true },
        { text: ' has ', marked: false },
        { text: 'expired.', marked: true },
      ],
    ],
    ['entities are decoded to text', 'a &lt;b&gt; &amp; &#39;c&#x27;', [{ text: "a <b> & 'c'", marked: false }]],
    ['other markup is dropped, never rendered', '<img src=x onerror=alert(1)>hi', [{ text: 'hi', marked: false }]],
    ['unknown entities stay as written', '&bogus; ok', [{ text: '&bogus; ok', marked: false }]],
    ['empty', '', []],
  ])('%s', (_name, html, expected) => {
    expect(excerptParts(html)).toEqual(expected);
  });
});
