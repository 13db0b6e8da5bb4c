import { describe, expect, it, vi } from 'vitest';
import { etagMatches } from '../../../src/server/http/etag.ts';
import { isValidHost, lastForwarded } from '../../../src/server/http/host.ts';
import { allowedMethods, methodVerdict } from '../../../src/server/http/methods.ts';
import { LOG_INTERVAL_MS, logFailure } from '../../../src/server/log.ts';
import { classifyStoreError, StoreUnavailableError } from '../../../src/server/store/errors.ts';
import { cacheControlFor } from '../../../src/server/static/files.ts';

describe('etagMatches', () => {
  const etag = '"abc-123-br"';
  it.each([
    [undefined, false],
    ['', false],
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    [`"a",W/${etag},"b"`, true],
    ['*', true],
    ['"abc-123-gzip"', false],
    ['W/"abc-123"', false],
    ['abc-123-br', false],
  ])('If-None-Match %j matches: %s', (header, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
  });
});

describe('isValidHost', () => {
  it.each([
    ['localhost', true],
    ['localhost:4321', true],
    ['help.trustleads.ai', true],
    ['127.0.0.1:8080', true],
    ['[::1]:4321', true],
    ['xn--bcher-kva.example', true],
    [undefined, false],
    ['', false],
    ['user:pass@localhost', false],
    ['user@localhost', false],
    ['localhost/path', false],
    ['local host', false],
    ['-leading.example', false],
    ['a..b', false],
    ['[::1', false],
    ['localhost:', false],
    ['localhost:99999999', false],
    ['<script>', false],
    ['a'.repeat(300), false],
  ])('%j: %s', (host, expected) => {
    expect(isValidHost(host)).toBe(expected);
  });

  it.each([
    [undefined, undefined],
    ['https', 'https'],
    ['http, https', 'https'],
    [['evil.example', 'help.example'], 'help.example'],
    [' , ', undefined],
  ])('the last forwarded value of %j is %j', (value, expected) => {
    expect(lastForwarded(value)).toBe(expected);
  });
});

describe('methods', () => {
  it.each([
    ['GET', '/', 'ok'],
    ['HEAD', '/guides/staying-signed-in/', 'ok'],
    ['POST', '/api/feedback', 'ok'],
    ['POST', '/api/feedback/', 'ok'],
    ['GET', '/api/feedback', 'not-allowed'],
    ['POST', '/api/troubleshooter-answers', 'ok'],
    ['GET', '/api/troubleshooter-answers', 'not-allowed'],
    ['POST', '/guides/staying-signed-in/', 'not-allowed'],
    ['PUT', '/', 'not-allowed'],
    ['DELETE', '/api/feedback', 'not-allowed'],
    ['TRACE', '/', 'not-allowed'],
    ['CONNECT', '/', 'not-allowed'],
    ['OPTIONS', '/api/feedback', 'options'],
    ['BREW', '/', 'not-implemented'],
    ['get', '/', 'not-implemented'],
  ])('%s %s: %s', (method, path, verdict) => {
    expect(methodVerdict(method, path)).toBe(verdict);
  });

  it('says which methods a path takes', () => {
    expect(allowedMethods('/admin/logout')).toEqual(['POST']);
    expect(allowedMethods('/admin/')).toEqual(['GET', 'HEAD']);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['/_astro/client.Ab12Cd.js', 'public, max-age=31536000, immutable'],
    ['/search/1x8k2mq0d3f/terms/0.json', 'public, max-age=31536000, immutable'],
    ['/search/1x8k2mq0d3f/docs/12.json', 'public, max-age=31536000, immutable'],
    ['/search/manifest.json', 'no-cache'],
    ['/search/', 'no-cache'],
    ['/', 'no-cache'],
    ['/guides/staying-signed-in/', 'no-cache'],
    ['/favicon.svg', 'no-cache'],
  ])('%s: %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('classifyStoreError', () => {
  const sqlite = (errcode: number, errstr: string) =>
    Object.assign(new Error(errstr), { code: 'ERR_SQLITE_ERROR', errcode, errstr });
  const pg = (code: string, message: string) => Object.assign(new Error(message), { code });
  it.each([
    ['SQLITE_FULL', sqlite(13, 'database or disk is full'), 'disk-full'],
    ['SQLITE_IOERR_WRITE', sqlite(778, 'disk I/O error'), 'io-error'],
    ['another SQLite error', sqlite(1, 'SQL logic error'), 'other'],
    ['SQLITE_CORRUPT', sqlite(11, 'database disk image is malformed'), 'corrupt'],
    ['SQLITE_NOTADB', sqlite(26, 'file is not a database'), 'corrupt'],
    ['SQLITE_BUSY', sqlite(5, 'database is locked'), 'busy'],
    ['SQLITE_READONLY', sqlite(8, 'attempt to write a readonly database'), 'read-only'],
    ['a refused connection', pg('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'unreachable'],
    ['a terminated backend', pg('57P01', 'terminating connection due to administrator command'), 'unreachable'],
    ['a statement timeout', pg('57014', 'canceling statement due to statement timeout'), 'timeout'],
    ['a client query timeout', new Error('Query read timeout'), 'timeout'],
    ['a connect timeout', new Error('timeout exceeded when trying to connect'), 'timeout'],
    ['a lost connection', new Error('Connection terminated unexpectedly'), 'unreachable'],
    ['PostgreSQL out of disk', pg('53100', 'could not extend file'), 'disk-full'],
  ])('%s is %s', (_name, error, kind) => {
    const failure = classifyStoreError(error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure.kind).toBe(kind);
  });

  it('recognises its errors across copies of the module', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('trust-leads.help-center.store-unavailable')]: true });
    expect(foreign instanceof StoreUnavailableError).toBe(true);
    expect(new Error('x') instanceof StoreUnavailableError).toBe(false);
  });
});

describe('logFailure', () => {
  it('logs a kind once per interval, then says how many were held back', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const kind = `test:${Math.random()}`;
    for (let i = 0; i < 50; i += 1) logFailure(kind, 'disk full\n    at somewhere', 1_000 + i);
    logFailure(`${kind}-other`, 'another kind', 1_100);
    logFailure(kind, 'disk full', 1_000 + LOG_INTERVAL_MS);
    const lines = spy.mock.calls.map(([line]) => String(line));
    spy.mockRestore();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`${kind}: disk full$`));
    expect(lines[2]).toContain('(49 more since the last report)');
    expect(lines.join('\n')).not.toContain('at somewhere');
  });
});
