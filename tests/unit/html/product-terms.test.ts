import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownConstantTerms, knownKeyTerms } from '../../../src/lib/content/glossary.ts';
import { readableText, unknownProductTerms, type KnownTerms } from '../../../src/lib/html/product-terms.ts';

const known: KnownTerms = {
  keyTerms: new Set(['lfk_', 'lfk_sk_', 'lfk_sk_your_api_key_here']),
  constants: new Set(['SESSION_EXPIRED', 'TRUST_LEADS_API_KEY']),
};

describe('unknownProductTerms', () => {
  it.each([
    ['the documented code in prose', '<p>a 401 with <code>SESSION_EXPIRED</code></p>', []],
    [
      'the placeholder and the prefixes',
      '<p>Use the <code>lfk_</code> key, <code>lfk_sk_…</code>: lfk_sk_your_api_key_here</p>',
      [],
    ],
    [
      'the glossary variable name in highlighted code',
      '<pre><code><span>process.env.</span><span>TRUST_LEADS_API_KEY</span></code></pre>',
      [],
    ],
    ['an invented error code', '<p>rejected with <code>INVALID_API_KEY</code>.</p>', ['INVALID_API_KEY']],
    ['a second placeholder', '<pre><code>Bearer lfk_your_api_key_here</code></pre>', ['lfk_your_api_key_here']],
    ['a second variable name', '<code>process.env.TRUSTLEADS_API_KEY</code>', ['TRUSTLEADS_API_KEY']],
    ['a real-looking key', '<p>lfk_sk_AbC123</p>', ['lfk_sk_AbC123']],
    ['a code split by highlighting', '<code><span>API_KEY</span><span>_REVOKED</span></code>', ['API_KEY_REVOKED']],
    [
      'a code in a meta description',
      '<meta name="description" content="Fix MISSING_CREDENTIALS">',
      ['MISSING_CREDENTIALS'],
    ],
    [
      'a code in an attribute readers hear',
      '<a aria-label="About API_KEY_REVOKED" href="#x">x</a>',
      ['API_KEY_REVOKED'],
    ],
    ['each term once, in order', '<p>B_CODE A_CODE B_CODE</p>', ['B_CODE', 'A_CODE']],
    ['words in scripts and styles are not read', '<script>const X_Y = 1</script><style>.A_B{}</style><p>ok</p>', []],
    ['block tags keep words apart', '<li>SESSION</li><li>EXPIRED_AT</li>', ['EXPIRED_AT']],
    ['plain capitals and single words pass', '<p>HTTP 401 JWT API URL</p>', []],
    ['entities are decoded', '<p>&#x4C;FK and X&#95;Y</p>', ['X_Y']],
  ])('%s', (_name, html, expected) => {
    expect(unknownProductTerms(html, known)).toEqual(expected);
  });

  it('accepts every term the glossary documents', () => {
    const terms = [...knownKeyTerms, ...knownConstantTerms];
    const html = `<p>${terms.map((t) => `<code>${t}</code>`).join(' ')}</p>`;
    expect(unknownProductTerms(html, { keyTerms: knownKeyTerms, constants: knownConstantTerms })).toEqual([]);
  });

  it('finds any undocumented UPPER_SNAKE name, wherever it sits in the text', () => {
    const word = fc.stringMatching(/^[A-Z]{2,8}_[A-Z]{2,8}$/).filter((w) => !known.constants.has(w));
    fc.assert(
      fc.property(fc.string(), word, fc.string(), (before, term, after) => {
        const html = `<p>${before.replace(/[<>&\w]/g, ' ')} ${term} ${after.replace(/[<>&\w]/g, ' ')}</p>`;
        expect(unknownProductTerms(html, known)).toContain(term);
      }),
    );
  });
});

describe('readableText', () => {
  it('reads text and the attributes a reader or preview sees, never script bodies', () => {
    const text = readableText('<title>T</title><img alt="Alt"><script>secret()</script><p>A<span>B</span></p>');
    expect(text).toContain('AB');
    expect(text).toContain('Alt');
    expect(text).not.toContain('secret');
  });
});
