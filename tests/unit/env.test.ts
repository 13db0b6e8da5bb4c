import { describe, expect, it } from 'vitest';
import { EnvError, readFeedbackConfig, readListenConfig } from '../../src/server/env.ts';

describe('readListenConfig', () => {
  it.each([
    [{}, { port: 4321, host: 'localhost' }],
    [{ PORT: '8080' }, { port: 8080, host: 'localhost' }],
    [
      { PORT: ' 3000 ', HOST: '0.0.0.0' },
      { port: 3000, host: '0.0.0.0' },
    ],
    [
      { PORT: '', HOST: '' },
      { port: 4321, host: 'localhost' },
    ],
    [{ HOST: '::1' }, { port: 4321, host: '::1' }],
    [{ PORT: '65535' }, { port: 65535, host: 'localhost' }],
  ])('%j listens on %j', (env, expected) => {
    expect(readListenConfig(env)).toEqual(expected);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '0' }, 'PORT'],
    [{ PORT: '65536' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ PORT: '1e3' }, 'PORT'],
    [{ HOST: 'local host' }, 'HOST'],
    [{ HOST: 'http://x' }, 'HOST'],
  ])('%j is refused, naming %s and the bad value', (env, variable) => {
    let error: unknown;
    try {
      readListenConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variable).toBe(variable);
    expect((error as EnvError).message).toContain(JSON.stringify(Object.values(env)[0]));
  });
});

describe('readFeedbackConfig', () => {
  it('defaults to SQLite in ./data, 30 votes a minute, no proxy, no dashboard', () => {
    expect(readFeedbackConfig({})).toEqual({
      databaseUrl: undefined,
      sqlitePath: './data/feedback.sqlite',
      adminToken: undefined,
      rateLimit: 30,
      trustProxy: false,
      siteOrigin: 'https://help.trustleads.ai',
    });
  });

  it('reads every setting', () => {
    expect(
      readFeedbackConfig({
        DATABASE_URL: 'postgresql://u:p@db:5432/help',
        FEEDBACK_DB: '/var/lib/help/votes.sqlite',
        ADMIN_TOKEN: 'a-long-enough-admin-token',
        FEEDBACK_RATE_LIMIT: '0',
        TRUST_PROXY: '1',
        SITE_URL: 'https://docs.example.com/help/',
      }),
    ).toEqual({
      databaseUrl: 'postgresql://u:p@db:5432/help',
      sqlitePath: '/var/lib/help/votes.sqlite',
      adminToken: 'a-long-enough-admin-token',
      rateLimit: 0,
      trustProxy: true,
      siteOrigin: 'https://docs.example.com',
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ FEEDBACK_RATE_LIMIT: 'lots' }, 'FEEDBACK_RATE_LIMIT'],
    [{ FEEDBACK_RATE_LIMIT: '-1' }, 'FEEDBACK_RATE_LIMIT'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ SITE_URL: 'help.example.com' }, 'SITE_URL'],
    [{ SITE_URL: 'ftp://help.example.com' }, 'SITE_URL'],
    [{ SITE_URL: 'https://user:pw@help.example.com' }, 'SITE_URL'],
    [{ SITE_URL: 'https://' }, 'SITE_URL'],
  ])('%j is refused, naming %s', (env, variable) => {
    expect(() => readFeedbackConfig(env)).toThrow(expect.objectContaining({ variable }));
  });
});
