import { describe, expect, it } from 'vitest';
import { formatDuration, formatLocal, formatRelative, formatUtc } from '../../../src/lib/tokens/index.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [119, '1 minute'],
    [3599, '59 minutes'],
    [3600, '1 hour'],
    [3900, '1 hour 5 minutes'],
    [86400, '1 day'],
    [90000, '1 day 1 hour'],
    [40 * 86400 + 5, '40 days'],
    [-300, '5 minutes'],
  ])('%d seconds is "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatRelative', () => {
  it.each([
    [100, 100, 'just now'],
    [160, 100, 'in 1 minute'],
    [100, 400, '5 minutes ago'],
  ])('%d seen at %d is "%s"', (target, now, text) => {
    expect(formatRelative(target, now)).toBe(text);
  });
});

describe('absolute times', () => {
  it('writes UTC unambiguously', () => {
    expect(formatUtc(1_800_000_000)).toBe('2027-01-15 08:00:00 UTC');
  });

  it('writes local time in the given zone and language', () => {
    expect(formatLocal(1_800_000_000, 'en-GB', 'Europe/Warsaw')).toBe('15 Jan 2027, 09:00:00 CET');
  });

  it('does not break on times no calendar holds', () => {
    expect(formatUtc(1e15)).toBe('after the year 9999');
    expect(formatUtc(253402300800)).toBe('after the year 9999');
    expect(formatUtc(253402300799)).toBe('9999-12-31 23:59:59 UTC');
    expect(formatLocal(-1e15)).toBe('before the year 1');
    expect(formatLocal(1e13)).toBe('after the year 9999');
  });
});
