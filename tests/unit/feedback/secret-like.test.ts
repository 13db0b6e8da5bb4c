import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksSecret } from '../../../src/lib/feedback/secret-like.ts';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const KEY = 'lfk_sk_7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g';
const GITHUB = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
const RANDOM = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const ZW = '\u200b';

describe('looksSecret: what readers really search for is kept', () => {
  it.each([
    'session expired',
    'SESSION_EXPIRED 401',
    'SESSION_EXPIRED 401 unauthorized after login',
    'how to rotate api keys',
    'api key does not expire',
    'internationalization-settings-page',
    'reset password',
    'forgot my password',
    'password reset email never arrives',
    'password: reset',
    'token: expired',
    'access token expires after 1 hour',
    'refresh token = 7 days',
    'refresh_token expired',
    'bearer token',
    'Bearer Authentication',
    'Authorization header missing',
    'authorization: how does it work',
    'basic authentication',
    'secret key vs publishable key',
    'client secret where do I find it',
    'HttpOnly cookie not sent',
    '/app/api-keys',
    'lfk key format',
    'jwt decode',
    'why does my session end after 7 days of inactivity',
    'webhook signature verification failed 403',
    'error 500 on /api/v2/leads export csv',
    'how do I connect zapier to trust leads',
    'sso saml okta setup',
    'rate limit 429 retry-after',
    'cors preflight OPTIONS 204',
    'change email address',
    'two-factor 2fa code not working',
    'user:password format',
    'https://trustleads.ai/app/settings',
  ])('%j', (query) => {
    expect(looksSecret(query)).toBe(false);
  });
});

describe('looksSecret: credentials, plain or disguised, are dropped', () => {
  it.each([
    ['a JWT', JWT],
    ['a JWT in a question', `why does ${JWT.slice(0, 40)} fail`],
    ['an lfk_ key', KEY],
    ['an lfk_ key in other case', 'LFK-sk-abc'],
    ['a GitHub token', GITHUB],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['a long random string', `my key is ${RANDOM}`],
    ['a key in quotes', `"${KEY}"`],
    ['a key in brackets', `(${GITHUB})`],
    ['a key split by zero-width spaces', KEY.split('').join(ZW)],
    ['a key with one zero-width joiner', `${KEY.slice(0, 10)}\u200d${KEY.slice(10)}`],
    ['a key with a BOM inside', `${GITHUB.slice(0, 8)}\ufeff${GITHUB.slice(8)}`],
    ['a key with a soft hyphen', `${KEY.slice(0, 12)}\u00ad${KEY.slice(12)}`],
    ['a JWT split by a word joiner', `${JWT.slice(0, 20)}\u2060${JWT.slice(20)}`],
    ['a key split by NUL', `${KEY.slice(0, 9)}\u0000${KEY.slice(9)}`],
    ['a random key split by NULs', RANDOM.split('').join('\u0000')],
    ['a random key split by colons', RANDOM.match(/.{1,4}/g)!.join(':')],
    ['a GitHub token split by a colon', `${GITHUB.slice(0, 15)}:${GITHUB.slice(15)}`],
    ['a key broken by spaces', `${KEY.slice(0, 10)} ${KEY.slice(10, 20)} ${KEY.slice(20)}`],
    ['a GitHub token broken by a space', `${GITHUB.slice(0, 20)} ${GITHUB.slice(20)}`],
    ['a key broken over lines', `${KEY.slice(0, 16)}\n${KEY.slice(16)}`],
    ['a key with a right-to-left override', `\u202e${KEY}`],
    ['full-width characters', 'ｌｆｋ＿ｓｋ＿7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g'],
    ['Authorization: Basic', 'Authorization: Basic dXNlcjpwYXNzd29yZA=='],
    ['a short Basic credential', 'authorization: basic dXNlcjpwYXNz'],
    ['Basic without the header name', 'Basic YWxhZGRpbjpvcGVuc2VzYW1l'],
    ['Bearer with an opaque token', 'Bearer 8f14e45fceea167a5a36dedd4bea2543'],
    ['Authorization: Token', 'Authorization: Token a1b2c3d4e5'],
    ['password=', 'password=hunter2'],
    ['password= with a space', 'password = correcthorsebatterystaple'],
    ['passwd: with a digit', 'login fails passwd: Summer2026!'],
    ['pwd=', 'pwd=letmein'],
    ['secret=', 'secret=s3cr3t'],
    ['client_secret=', 'client_secret=Xy7Qz'],
    ['api_key=', 'api_key=abc123def'],
    ['apikey: mixed case', 'apikey: AbCdEfGhIj'],
    ['access_token=', 'access_token=ya29-whatever'],
    ['token= in a URL query', 'callback?token=abc123&state=x'],
    ['password= after a zero-width break', `pass${ZW}word=hunter2`],
    ['secret: split by NUL', 'sec\u0000ret: Tr0ub4dor&3'],
    ['a URL with a password', 'postgres://admin:S3cret@db.internal:5432/app'],
    ['an https URL with credentials', 'https://user:pa55@example.com/'],
    ['a private key header', '-----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA'],
    ['an env line', 'TRUST_LEADS_SECRET=lfk_sk_whatever'],
  ])('%s', (_name, query) => {
    expect(looksSecret(query)).toBe(true);
  });
});

describe('looksSecret on any text', () => {
  it('drops any query that carries a real key, wherever and however it is split', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(KEY, GITHUB, JWT),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(ZW, '\u0000', '\u2060', '\ufeff', ''),
        (prefix, key, at, breaker) => looksSecret(`${prefix} ${key.slice(0, at)}${breaker}${key.slice(at)}`) === true,
      ),
    );
  });
});
