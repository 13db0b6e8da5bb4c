import { describe, expect, it } from 'vitest';
import { planQuery, tokens } from '../../../src/lib/search/pipeline.ts';
import { stem } from '../../../src/lib/search/stem.ts';

const CODES = ['SESSION_EXPIRED', 'API_KEY_REVOKED'];
const plan = (query: string) => planQuery(query, CODES);
/** The concepts of a query as their first alternative, joined: what it searches for, in short. */
const searched = (query: string) => plan(query).concepts.map((concept) => concept.alternatives[0]!.join('+'));

describe('stop-words never block a match', () => {
  it.each([
    ['why does my integration stop working after an hour', ['server+side', 'stop', 'work', 'hour']],
    ['how do I sign out on all my devices', ['sign+out', 'all', 'devic']],
    ['where do I create an api key', ['creat', 'api+key']],
    ['what is a refresh token', ['refresh', 'token']],
    // A query of nothing but stop-words still searches its words rather than nothing.
    ['how do I', ['how', 'do', 'i']],
    ['I can\u2019t sign in', ['sign']],
  ])('%j searches %j', (query, expected) => {
    expect(searched(query)).toEqual(expected);
  });
});

describe('readers’ words meet the guides’ words (content/search-synonyms.json)', () => {
  it.each([
    ['login', 'sign'],
    ['log in', 'sign'],
    ['logged in', 'sign'],
    ['logout', 'sign+out'],
    ['log out', 'sign+out'],
    ['logged out', 'sign+out'],
    ['sign-out', 'sign+out'],
    ['apikey', 'api+key'],
    ['api-key', 'api+key'],
    ['API keys', 'api+key'],
    ['2fa', 'two+factor'],
    ['two-factor', 'two+factor'],
    ['authorisation', 'authorizat'],
    ['unauthorised', '401'],
  ])('%j searches %j among its alternatives', (query, expected) => {
    const [concept] = plan(query).concepts;
    expect(concept!.alternatives.map((terms) => terms.join('+'))).toContain(expected);
  });

  it.each(['log in', 'log off', 'logged out'])(
    'a reader’s phrase of several words is searched as the guides say it, never word by word: %j',
    (query) => {
      const alternatives = plan(query).concepts[0]!.alternatives.map((terms) => terms.join('+'));
      expect(alternatives).not.toContain('log');
      expect(alternatives).not.toContain('log+off');
      expect(alternatives).not.toContain('logg+out');
    },
  );

  it('synonym words are not offered to spelling correction', () => {
    expect(plan('login').concepts[0]!.correctable).toBe(false);
  });
});

describe('stemming is conservative and avoids false friends', () => {
  it.each([
    ['keys', 'key'],
    ['expired', 'expir'],
    ['expires', 'expir'],
    ['expiring', 'expir'],
    ['signed', 'sign'],
    ['signing', 'sign'],
    ['cookies', 'cooky'],
    ['cookie', 'cooky'],
    ['entries', 'entry'],
    ['authentication', 'authenticat'],
    ['authenticating', 'authenticat'],
    ['authorised', 'authoriz'],
    ['authorized', 'authoriz'],
    ['behaviour', 'behavior'],
    ['401', '401'],
  ])('%j → %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['logged', 'logs'],
    ['login', 'logic'],
    ['export', 'expect'],
    ['logs', 'login'],
  ])('%j and %j stay apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

describe('an error code anywhere in the query, in any spelling, is recognised', () => {
  it.each([
    ['SESSION_EXPIRED', ['SESSION_EXPIRED']],
    ['session expired', ['SESSION_EXPIRED']],
    ['sessionexpired', ['SESSION_EXPIRED']],
    ['Session-Expired', ['SESSION_EXPIRED']],
    ['{"error":"SESSION_EXPIRED"}', ['SESSION_EXPIRED']],
    ['Session expired. Please sign in again.', ['SESSION_EXPIRED']],
    ['2026-11-30T03:12:44Z ERROR status=401 code=api_key_revoked', ['API_KEY_REVOKED']],
    ['my session has expired', []],
    ['expired session', []],
    ['api key', []],
  ])('%j names %j', (query, expected) => {
    expect(plan(query).codes).toEqual(expected);
  });
});

describe('tokens', () => {
  it.each([
    ['SESSION_EXPIRED', ['session', 'expired']],
    ['api-key', ['api', 'key']],
    ["don't", ["don't"]],
    ['can\u2019t', ["can't"]],
    ['HTTP/1.1 401', ['http', '1', '1', '401']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});
