import { describe, expect, it } from 'vitest';
import { createLatest } from '../../../src/lib/search/latest.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLatest', () => {
  it('drops an older answer that arrives after a newer one was asked for', async () => {
    const latest = createLatest();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const first = latest(slow.promise);
    const second = latest(fast.promise);
    fast.resolve('session expired');
    slow.resolve('sess');
    expect(await second).toBe('session expired');
    expect(await first).toBeUndefined();
  });

  it('passes a lone answer through', async () => {
    expect(await createLatest()(Promise.resolve(3))).toBe(3);
  });
});
