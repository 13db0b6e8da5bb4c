import { describe, expect, it } from 'vitest';
import { createMissReporter } from '../../../src/lib/search/miss-report.ts';

function harness() {
  const sent: string[] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const reporter = createMissReporter({
    send: (q) => sent.push(q),
    setTimer: (run) => {
      next += 1;
      timers.set(next, run);
      return next;
    },
    clearTimer: (timer) => timers.delete(timer as number),
  });
  const elapse = () => {
    for (const [id, run] of [...timers]) {
      timers.delete(id);
      run();
    }
  };
  return { sent, reporter, elapse };
}

describe('createMissReporter', () => {
  it('reports only the final query of a burst of typing', () => {
    const { sent, reporter, elapse } = harness();
    for (const q of ['zq', 'zqx', 'zqxw']) reporter.observe(q, false);
    elapse();
    expect(sent).toEqual(['zqxw']);
  });

  it('never reports the same query twice', () => {
    const { sent, reporter, elapse } = harness();
    reporter.observe('zqxw', false);
    elapse();
    reporter.observe('zqxw', false);
    elapse();
    reporter.observe('zqxw', false);
    reporter.flush();
    expect(sent).toEqual(['zqxw']);
  });

  it('cancels the report when the reader goes on to a query that finds something', () => {
    const { sent, reporter, elapse } = harness();
    reporter.observe('sesio', false);
    reporter.observe('session', true);
    elapse();
    expect(sent).toEqual([]);
  });

  it('sends a pending report at once on flush, and ignores empty queries', () => {
    const { sent, reporter } = harness();
    reporter.observe('   ', false);
    reporter.flush();
    reporter.observe('nothing here', false);
    reporter.flush();
    expect(sent).toEqual(['nothing here']);
  });

  it('skips queries already reported elsewhere', () => {
    const { sent, reporter, elapse } = harness();
    reporter.markSent('from the server');
    reporter.observe('from the server', false);
    elapse();
    expect(sent).toEqual([]);
  });
});
