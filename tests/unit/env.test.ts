import { describe, expect, it } from 'vitest';
import { EnvError, readListenConfig } from '../../src/lib/config/env.ts';

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
