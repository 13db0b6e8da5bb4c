import { describe, expect, it } from 'vitest';
import { clientAddress, isCrossOrigin } from '../../../src/lib/feedback/client.ts';
import { toCsv } from '../../../src/lib/feedback/csv.ts';
import { parseSearchMiss, parseVote } from '../../../src/lib/feedback/parse-request.ts';
import { RateLimiter } from '../../../src/lib/feedback/rate-limit.ts';
import { rankWorstFirst } from '../../../src/lib/feedback/ranking.ts';
import { adminSessionId, bearerToken, createAdminSession, tokensMatch } from '../../../src/server/admin/auth.ts';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
const known = (slug: string) => slug === 'fixing-session-expired-errors';
const vote = (body: unknown, type = JSON_TYPE) =>
  parseVote(type, typeof body === 'string' ? body : JSON.stringify(body), known);
const base = { guide: 'fixing-session-expired-errors', vote: 'down', visitor: 'visitor-12345678' };

describe('parseVote', () => {
  it('accepts a JSON vote with a reason and comment', () => {
    expect(vote({ ...base, reason: 'missing-information', comment: 'What about SSO?' })).toEqual({
      ok: true,
      form: false,
      value: { ...base, reason: 'missing-information', comment: 'What about SSO?' },
    });
  });

  it('accepts the no-JavaScript form, treating empty fields as absent', () => {
    const result = vote('guide=fixing-session-expired-errors&vote=up&reason=&comment=', FORM);
    expect(result).toEqual({ ok: true, form: true, value: { guide: 'fixing-session-expired-errors', vote: 'up' } });
  });

  it.each([
    ['an unknown guide', { ...base, guide: 'no-such-guide' }, 404, 'unknown-guide'],
    ['a guide that is not a slug', { ...base, guide: '../etc/passwd' }, 404, 'unknown-guide'],
    ['a bad vote', { ...base, vote: 'meh' }, 400, 'invalid-vote'],
    ['a missing vote', { guide: base.guide }, 400, 'invalid-vote'],
    ['a bad reason', { ...base, reason: 'boring' }, 400, 'invalid-reason'],
    ['a reason with a Yes vote', { ...base, vote: 'up', reason: 'other' }, 400, 'invalid-reason'],
    ['a comment over 1,000 characters', { ...base, comment: 'x'.repeat(1001) }, 400, 'comment-too-long'],
    ['an oversized visitor id', { ...base, visitor: 'v'.repeat(65) }, 400, 'invalid-visitor'],
    ['a visitor id with odd characters', { ...base, visitor: '<script>alert(1)' }, 400, 'invalid-visitor'],
    ['an unknown field', { ...base, rating: 5 }, 400, 'unknown-field'],
    [
      'a __proto__ key',
      `{"guide":"fixing-session-expired-errors","vote":"up","__proto__":{"admin":true}}`,
      400,
      'unknown-field',
    ],
    ['a JSON array', [base], 400, 'invalid-body'],
    ['JSON null', 'null', 400, 'invalid-body'],
    ['broken JSON', '{"guide":', 400, 'invalid-json'],
  ])('refuses %s', (_name, body, status, code) => {
    const result = vote(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ status, code });
  });

  it('ignores a reason sent with Yes from the no-JavaScript form', () => {
    const result = vote('guide=fixing-session-expired-errors&vote=up&reason=other', FORM);
    expect(result).toEqual({ ok: true, form: true, value: { guide: 'fixing-session-expired-errors', vote: 'up' } });
  });

  it('refuses other content types', () => {
    const result = parseVote('text/plain', JSON.stringify(base), known);
    expect(!result.ok && result.error).toMatchObject({ status: 415, code: 'unsupported-media-type' });
  });

  it('accepts a comment of exactly 1,000 characters', () => {
    expect(vote({ ...base, comment: 'é'.repeat(1000) }).ok).toBe(true);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['an ANSI escape', '\u001b[2Jcleared'],
    ['a carriage-return-free control (BEL)', 'ding\u0007'],
    ['DEL', '\u007f'],
    ['a unit separator', 'a\u001fb'],
  ])('refuses a comment with %s (400 invalid-comment)', (_name, comment) => {
    expect(vote({ ...base, comment })).toMatchObject({ ok: false, error: { status: 400, code: 'invalid-comment' } });
  });

  it.each([
    ['spaces only', '   ', undefined],
    ['tabs and new lines only', '\t\n\r\n', undefined],
    ['an ideographic space only', '\u3000', undefined],
    ['CRLF line ends', 'line 1\r\nline 2', 'line 1\nline 2'],
    ['a tab inside', 'a\tb', 'a\tb'],
    ['surrounding spaces', '  kept  ', 'kept'],
  ])('stores a comment of %s as %j', (_name, comment, stored) => {
    const result = vote({ ...base, comment });
    expect(result.ok && result.value.comment).toBe(stored);
  });

  it.each([
    ['a lone %FF byte', 'guide=fixing-session-expired-errors&vote=up&comment=%FF'],
    ['a truncated sequence', 'guide=fixing-session-expired-errors&vote=down&comment=caf%C3'],
    ['an overlong encoding', 'guide=fixing-session-expired-errors&vote=down&comment=%C0%AF'],
  ])('refuses a form with %s (400 invalid-body)', (_name, body) => {
    expect(vote(body, FORM)).toMatchObject({ ok: false, error: { status: 400, code: 'invalid-body' } });
  });

  it('accepts a form with UTF-8 text and a literal percent sign', () => {
    const result = vote('guide=fixing-session-expired-errors&vote=down&comment=caf%C3%A9+100%', FORM);
    expect(result.ok && result.value.comment).toBe('café 100%');
  });
});

describe('parseSearchMiss', () => {
  it.each([
    [{ query: '  sso login  ' }, 'sso login'],
    [{ query: '' }, 'invalid-query'],
    [{ query: 'x'.repeat(201) }, 'invalid-query'],
    [{ q: 'sso' }, 'unknown-field'],
    [{ query: 'sso\u0000login' }, 'invalid-query'],
    [{ query: '\u001b[31m' }, 'invalid-query'],
    [{ query: '\t\n' }, 'invalid-query'],
    [{ query: 'sso\tlogin' }, 'sso\tlogin'],
  ])('%j gives %s', (body, expected) => {
    const result = parseSearchMiss(JSON_TYPE, JSON.stringify(body));
    expect(result.ok ? result.value.query : result.error.code).toBe(expected);
  });
});

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait, then allows again', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0]);
    now = 15_000;
    expect(limiter.take('a')).toBe(45);
    now = 60_000;
    expect(limiter.take('a')).toBe(0);
  });

  it('says how long to wait without counting a request', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.take('a');
    limiter.take('a');
    now = 30_000;
    expect([limiter.retryAfter('a'), limiter.retryAfter('a'), limiter.retryAfter('b')]).toEqual([30, 30, 0]);
    now = 60_000;
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('never limits when the limit is 0', () => {
    const limiter = new RateLimiter(0);
    expect(Array.from({ length: 100 }, () => limiter.take('a')).every((wait) => wait === 0)).toBe(true);
  });
});

describe('clientAddress and isCrossOrigin', () => {
  it.each([
    [null, '10.0.0.5', false, '10.0.0.5'],
    ['1.2.3.4', '10.0.0.5', false, '10.0.0.5'],
    ['1.2.3.4', '10.0.0.5', true, '1.2.3.4'],
    ['6.6.6.6, 1.2.3.4', '10.0.0.5', true, '1.2.3.4'],
  ])('X-Forwarded-For %s from %s (trusted: %s) is %s', (forwarded, socket, trust, expected) => {
    expect(clientAddress(forwarded, socket, trust)).toBe(expected);
  });

  it.each([
    ['https://help.example', null, false],
    ['https://evil.example', null, true],
    [null, 'cross-site', true],
    [null, 'same-origin', false],
    [null, null, false],
    ['https://public.example', null, false],
    ['http://public.example', null, true],
    ['https://public.example:8443', null, true],
    ['null', null, true],
  ])('Origin %s, Sec-Fetch-Site %s: cross-origin %s', (origin, site, cross) => {
    expect(isCrossOrigin(origin, site, ['https://help.example', 'https://public.example'])).toBe(cross);
  });
});

describe('admin authentication', () => {
  const token = 'correct-horse-battery-staple';
  it('compares tokens exactly', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
  });

  it('accepts a session only with the same token, untampered, before it expires', () => {
    const session = createAdminSession(token, 0);
    const [expires, id, signature] = session.cookie.split('.');
    expect(adminSessionId(session.cookie, token, 1000)).toBe(session.id);
    expect(session.expiresAt.getTime()).toBe(8 * 3600 * 1000);
    expect(adminSessionId(session.cookie, 'another-token-entirely', 1000)).toBeUndefined();
    expect(adminSessionId(session.cookie, token, 9 * 3600 * 1000)).toBeUndefined();
    expect(adminSessionId(`${Number(expires) + 3600}.${id}.${signature}`, token, 0)).toBeUndefined();
    expect(adminSessionId(`${expires}.other-id.${signature}`, token, 0)).toBeUndefined();
    expect(adminSessionId(`${session.cookie}.extra`, token, 0)).toBeUndefined();
    expect(adminSessionId('123.forged', token, 0)).toBeUndefined();
    expect(adminSessionId(undefined, token, 0)).toBeUndefined();
    expect(createAdminSession(token, 0).id).not.toBe(session.id);
  });

  it.each([
    [`Bearer ${token}`, token],
    [`bearer   ${token}  `, token],
    ['Basic dXNlcjpwYXNz', undefined],
    [null, undefined],
  ])('reads the bearer token of %s', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

describe('rankWorstFirst', () => {
  it('ranks worst first by the Wilson lower bound', () => {
    const ranked = rankWorstFirst(
      [
        { guide: 'one-no', up: 0, down: 1 },
        { guide: 'many-no', up: 10, down: 40 },
        { guide: 'great', up: 95, down: 5 },
      ],
      (slug) => (slug === 'great' ? 'A great guide' : undefined),
    );
    expect(ranked.map((r) => r.guide)).toEqual(['one-no', 'many-no', 'great']);
    expect(ranked.at(-1)).toMatchObject({ guide: 'great', title: 'A great guide', helpfulShare: 0.95 });
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 'with, comma'],
          ['=SUM(A1)', 'say "hi"\nthere'],
        ],
      ),
    ).toBe('a,b\r\nplain,"with, comma"\r\n\'=SUM(A1),"say ""hi""\nthere"\r\n');
  });
});
