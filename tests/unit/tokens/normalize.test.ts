import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../../src/lib/tokens/index.ts';
import { jwt, VALID_KEY } from './fixtures.ts';

const TOKEN = jwt({ sub: 'user_1', exp: 2000000000 });

describe('normalizeInput', () => {
  describe.each([
    ['the token alone', TOKEN, TOKEN, []],
    ['surrounding whitespace', `  \n${TOKEN}\t `, TOKEN, []],
    ['an Authorization header line', `Authorization: Bearer ${TOKEN}`, TOKEN, ['header', 'scheme']],
    ['a lower-case header without a space', `authorization:bearer ${TOKEN}`, TOKEN, ['header', 'scheme']],
    ['Bearer in odd case', `bEaReR ${TOKEN}`, TOKEN, ['scheme']],
    ['Bearer followed by tabs and a newline', `BEARER\t\n ${TOKEN}`, TOKEN, ['scheme']],
    ['double quotes', `"${TOKEN}"`, TOKEN, ['wrapping']],
    ['single quotes', `'${VALID_KEY}'`, VALID_KEY, ['wrapping']],
    ['backticks', `\`${TOKEN}\``, TOKEN, ['wrapping']],
    ['typographic quotes', `“${TOKEN}”`, TOKEN, ['wrapping']],
    ['a quoted header value', `Authorization: "Bearer ${TOKEN}"`, TOKEN, ['header', 'scheme']],
    ['a cookie line', `tl_session=${TOKEN}; Path=/; HttpOnly; Secure`, TOKEN, ['cookie']],
    ['a Cookie header with several cookies', `Cookie: theme=dark; access_token=${TOKEN}; lang=en`, TOKEN, ['cookie']],
    ['a Set-Cookie header', `Set-Cookie: tl_session=${TOKEN}; Path=/; SameSite=Lax`, TOKEN, ['cookie']],
    ['an .env line', `TRUST_LEADS_API_KEY=${VALID_KEY}`, VALID_KEY, ['assignment']],
    ['a URL fragment', `https://trustleads.ai/callback#access_token=${TOKEN}&token_type=Bearer`, TOKEN, ['url']],
    ['a URL query', `https://trustleads.ai/app/verify?token=${TOKEN}`, TOKEN, ['url']],
    ['a relative URL', `/auth/callback?state=x&token=${TOKEN}`, TOKEN, ['url']],
    [
      'a token wrapped over lines',
      `${TOKEN.slice(0, 30)}\n${TOKEN.slice(30, 70)}\r\n${TOKEN.slice(70)}`,
      TOKEN,
      ['line-breaks'],
    ],
    ['text around the token', `my token is ${TOKEN} thanks`, TOKEN, ['surrounding-text']],
  ])('%s', (_name, input, token, kinds) => {
    it(`yields the token and reports ${JSON.stringify(kinds)}`, () => {
      const result = normalizeInput(input);
      expect(result.token).toBe(token);
      expect(result.stripped.map((s) => s.kind).sort()).toEqual([...kinds].sort());
      expect(result.others).toBe(0);
    });
  });

  it('reports each invisible character it removed, by name and code point', () => {
    const result = normalizeInput(`\u00a0${TOKEN.slice(0, 20)}\u200b${TOKEN.slice(20)}\u200b\ufeff`);
    expect(result.token).toBe(TOKEN);
    expect(result.stripped).toEqual([
      {
        kind: 'invisible',
        characters: [
          { name: 'no-break space', codePoint: 'U+00A0', count: 1 },
          { name: 'zero-width space', codePoint: 'U+200B', count: 2 },
          { name: 'zero-width no-break space (byte order mark)', codePoint: 'U+FEFF', count: 1 },
        ],
      },
    ]);
  });

  it('keeps the first of two credentials and counts the rest', () => {
    const result = normalizeInput(`${TOKEN}\n${VALID_KEY}`);
    expect(result.token).toBe(TOKEN);
    expect(result.others).toBe(1);
  });

  it('leaves text that holds no credential as it is', () => {
    expect(normalizeInput('hello world').token).toBe('hello world');
    expect(normalizeInput('   ').token).toBe('');
  });
});
