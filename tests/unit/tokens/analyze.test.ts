import { describe, expect, it } from 'vitest';
import { analyzeCredential, apiKeyFromRandom, encodeBase64Url, type Analysis } from '../../../src/lib/tokens/index.ts';
import { b64, jwt, NOW, NOW_MS, rawJwt, VALID_KEY } from './fixtures.ts';

const analyze = (input: string) => analyzeCredential(input, NOW_MS);
const warningCodes = (a: Analysis) => a.warnings.map((w) => w.code);
const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

describe('verdicts', () => {
  describe.each([
    ['nothing', '', 'empty'],
    ['only spaces and zero-width characters', ' \u200b \n', 'empty'],
    ['a JWT that expired 5 minutes ago', jwt({ exp: NOW - 300 }), 'jwt-expired'],
    ['a JWT that expires this second', jwt({ exp: NOW }), 'jwt-expired'],
    ['a JWT valid for 30 more minutes', jwt({ iat: NOW - 1800, exp: NOW + 1800 }), 'jwt-valid'],
    ['a JWT whose nbf is in the future', jwt({ nbf: NOW + 600, exp: NOW + 4200 }), 'jwt-not-yet-valid'],
    ['a JWT expired and not yet valid', jwt({ nbf: NOW + 600, exp: NOW - 10 }), 'jwt-expired'],
    ['a JWT without exp', jwt({ sub: 'user_1' }), 'jwt-no-expiry'],
    ['a JWT without exp, nbf in the future', jwt({ nbf: NOW + 60 }), 'jwt-not-yet-valid'],
    ['a JWT with 2 parts', `${header}.${b64('{"exp":1}')}`, 'jwt-malformed'],
    ['a JWT with 4 parts', `${jwt({ exp: NOW + 60 })}.extra`, 'jwt-malformed'],
    ['a JWE (5 parts)', `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`, 'jwe'],
    ['a 5-part token whose header is unreadable', 'eyJub3Rqc29u.a.b.c.d', 'jwt-malformed'],
    ['a valid API key', VALID_KEY, 'api-key-valid'],
    [
      'an API key with one character changed',
      VALID_KEY.slice(0, 20) + (VALID_KEY[20] === 'Q' ? 'R' : 'Q') + VALID_KEY.slice(21),
      'api-key-malformed',
    ],
    ['a truncated API key', VALID_KEY.slice(0, 30), 'api-key-malformed'],
    ['an API key of another type', VALID_KEY.replace('_sk_', '_pk_'), 'api-key-malformed'],
    ['the docs placeholder', 'lfk_sk_your_api_key_here', 'api-key-placeholder'],
    ['a real key whose random part spells “here”', apiKeyFromRandom(`yourkeyhere${'A'.repeat(19)}`), 'api-key-valid'],
    ['a real key with XxXx in it', apiKeyFromRandom(`XxXx${'0'.repeat(26)}`), 'api-key-valid'],
    ['the placeholder in a header', 'Authorization: Bearer lfk_sk_your_api_key_here', 'api-key-placeholder'],
    ['an upper-case prefix', VALID_KEY.replace('lfk_', 'LFK_'), 'api-key-malformed'],
    ['a hyphenated prefix', VALID_KEY.replace('lfk_', 'lfk-'), 'api-key-malformed'],
    ['a GitHub token', 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', 'other-credential'],
    ['a GitHub fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'other-credential'],
    ['a Stripe secret key', 'sk_live_' + '51HabcdefGHIJKLmnopQRSTuv', 'other-credential'],
    ['a Slack bot token', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'other-credential'],
    ['an OpenAI key', 'sk-proj-' + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'other-credential'],
    ['an AWS access key ID', 'AKIAIOSFODNN7EXAMPLE', 'other-credential'],
    ['a Google API key', 'AIza' + 'SyA1234567890abcdefghijklmnopqrstuv', 'other-credential'],
    ['plain words', 'my password is hunter2', 'unrecognized'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000', 'unrecognized'],
    ['16 KB exactly', 'a'.repeat(16 * 1024), 'unrecognized'],
    ['one byte over 16 KB', 'a'.repeat(16 * 1024 + 1), 'too-long'],
    ['a 5 MB paste', 'eyJ'.repeat(1_700_000), 'too-long'],
  ])('%s', (_name, input, verdict) => {
    it(`is ${verdict}`, () => {
      expect(analyze(input).verdict).toBe(verdict);
    });
  });
});

describe('malformed JWTs say which part and why', () => {
  const payload = b64(JSON.stringify({ exp: NOW + 60 }));
  describe.each([
    ['header not base64url', rawJwt('eyJ!!!', payload), { part: 'header', code: 'not-base64url' }],
    [
      'payload in standard base64',
      rawJwt(header, `${payload.slice(0, 4)}+/${payload.slice(4)}`),
      { part: 'payload', code: 'not-base64url' },
    ],
    [
      'header not UTF-8',
      rawJwt(encodeBase64Url(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), payload),
      { part: 'header', code: 'not-utf8' },
    ],
    ['payload not JSON', rawJwt(header, b64('{exp: soon}')), { part: 'payload', code: 'not-json' }],
    [
      'payload a JSON array',
      rawJwt(header, b64('[1,2,3]')),
      { part: 'payload', code: 'not-object', found: 'an array' },
    ],
    [
      'payload a JSON string',
      rawJwt(header, b64('"hello"')),
      { part: 'payload', code: 'not-object', found: 'a string' },
    ],
    ['payload null', rawJwt(header, b64('null')), { part: 'payload', code: 'not-object', found: 'null' }],
    [
      'exp as a string',
      jwt({ exp: String(NOW + 60) }),
      { part: 'payload', code: 'claim-type', claim: 'exp', found: 'a string' },
    ],
    [
      'iat as null',
      jwt({ iat: null, exp: NOW + 60 }),
      { part: 'payload', code: 'claim-type', claim: 'iat', found: 'null' },
    ],
    ['an empty payload', rawJwt(header, ''), { part: 'payload', code: 'empty' }],
    [
      'a signature with bad characters',
      rawJwt(header, payload, 'sig*nature'),
      { part: 'signature', code: 'not-base64url' },
    ],
    ['2 parts', `${header}.${payload}`, { part: 'structure', code: 'part-count', parts: 2 }],
  ])('%s', (_name, input, problem) => {
    it(`is ${JSON.stringify(problem)}`, () => {
      const result = analyze(input);
      expect(result.verdict).toBe('jwt-malformed');
      expect(result.verdict === 'jwt-malformed' && result.problem).toMatchObject(problem);
    });
  });

  it('tells standard base64 from other bad characters', () => {
    const result = analyze(rawJwt(header, `${payload.slice(0, 4)}+${payload.slice(4)}`));
    expect(result.verdict === 'jwt-malformed' && result.problem).toMatchObject({
      code: 'not-base64url',
      detail: { code: 'standard-base64', character: '+' },
    });
  });
});

describe('decoded JWTs', () => {
  it('reads UTF-8 claims: Ł, € and emoji', () => {
    const result = analyze(jwt({ name: 'Łukasz Żółć', currency: '€', mood: '😀', exp: NOW + 60 }));
    expect(result.verdict).toBe('jwt-valid');
    expect(result.verdict === 'jwt-valid' && result.jwt.payload.json).toMatchObject({
      name: 'Łukasz Żółć',
      currency: '€',
      mood: '😀',
    });
  });

  it('accepts base64url padding but warns about it', () => {
    const padded = `${header}==.${b64(JSON.stringify({ exp: NOW + 600 }))}.c2ln`;
    const result = analyze(padded);
    expect(result.verdict).toBe('jwt-valid');
    expect(warningCodes(result)).toContain('base64-padding');
  });

  it('keeps a claim holding markup as plain data', () => {
    const result = analyze(jwt({ name: '<img src=x onerror=alert(1)>', exp: NOW + 60 }));
    expect(result.verdict === 'jwt-valid' && result.jwt.payload.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('reads the claim times in seconds', () => {
    const result = analyze(jwt({ iat: NOW - 10, nbf: NOW - 10, exp: NOW + 3590 }));
    expect(result.verdict === 'jwt-valid' && result.jwt.claims).toEqual({
      iat: NOW - 10,
      nbf: NOW - 10,
      exp: NOW + 3590,
    });
  });
});

describe('warnings', () => {
  describe.each([
    ['alg: none', jwt({ exp: NOW + 600 }, { alg: 'none' }), ['alg-none']],
    ['alg: NONE', jwt({ exp: NOW + 600 }, { alg: 'NONE' }), ['alg-none']],
    ['exp in milliseconds', jwt({ iat: NOW, exp: (NOW + 3600) * 1000 }), ['claim-in-milliseconds']],
    [
      'iat and exp in milliseconds',
      jwt({ iat: NOW * 1000, exp: (NOW + 3600) * 1000 }),
      ['claim-in-milliseconds', 'claim-in-milliseconds'],
    ],
    [
      'a 30-day lifetime in milliseconds',
      jwt({ iat: NOW * 1000, exp: (NOW + 30 * 86400) * 1000 }),
      ['claim-in-milliseconds', 'claim-in-milliseconds', 'long-lifetime'],
    ],
    ['a 7-day refresh token', jwt({ iat: NOW, exp: NOW + 7 * 86400 }), []],
    ['iat in the future', jwt({ iat: NOW + 120, exp: NOW + 3720 }), ['iat-in-future']],
    ['a 30-day lifetime', jwt({ iat: NOW, exp: NOW + 30 * 86400 }), ['long-lifetime']],
    ['a one-hour lifetime', jwt({ iat: NOW, exp: NOW + 3600 }), []],
    ['expiring in 30 seconds', jwt({ iat: NOW - 3570, exp: NOW + 30 }), ['clock-skew']],
    ['expired 20 seconds ago', jwt({ iat: NOW - 3620, exp: NOW - 20 }), ['clock-skew']],
    ['an upper-case key prefix', VALID_KEY.replace('lfk_', 'LFK_'), ['near-miss-prefix']],
    ['two credentials at once', `${jwt({ exp: NOW + 60 })} ${VALID_KEY}`, ['multiple-credentials', 'clock-skew']],
  ])('%s', (_name, input, codes) => {
    it(`warns ${JSON.stringify(codes)}`, () => {
      expect(warningCodes(analyze(input)).sort()).toEqual([...codes].sort());
    });
  });

  it('says what the key would be with the right prefix', () => {
    const result = analyze(VALID_KEY.replace('lfk_', 'LFK_'));
    expect(result.verdict === 'api-key-malformed' && result.problems).toEqual([{ code: 'prefix', found: 'LFK_' }]);
  });
});

describe('the verdict follows the clock', () => {
  it('flips a valid token to expired once exp passes, with no new input', () => {
    const token = jwt({ exp: NOW + 5 });
    expect(analyzeCredential(token, NOW_MS).verdict).toBe('jwt-valid');
    expect(analyzeCredential(token, NOW_MS + 5_000).verdict).toBe('jwt-expired');
  });
});

describe('other credentials name their vendor', () => {
  it.each([
    ['ghp_' + 'a'.repeat(36), 'GitHub'],
    ['sk_test_' + 'a'.repeat(24), 'Stripe'],
    ['xoxp-1234-5678-abcdefabcdef', 'Slack'],
    ['sk-' + 'a'.repeat(48), 'OpenAI'],
    ['ASIA' + 'A'.repeat(16), 'AWS'],
    ['AIza' + 'b'.repeat(35), 'Google'],
  ])('%s is %s', (input, vendor) => {
    const result = analyze(input);
    expect(result.verdict === 'other-credential' && result.vendor.vendor).toBe(vendor);
  });

  it('does not take a Trust Leads key for another vendor’s', () => {
    expect(analyze(apiKeyFromRandom('sk' + 'A'.repeat(28))).verdict).toBe('api-key-valid');
  });
});
