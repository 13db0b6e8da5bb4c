import { describe, expect, it } from 'vitest';
import { calendarDayLabel, impossibleDates } from '../../src/lib/content/calendar-date.ts';

describe('impossibleDates', () => {
  it.each([
    ['updated: 2026-11-20', []],
    ["updated: '2024-02-29'", []],
    ['updated: 2026-13-45', ['updated: 2026-13-45 is not a calendar date (write YYYY-MM-DD)']],
    ['updated: "2025-02-29"', ['updated: 2025-02-29 is not a calendar date (write YYYY-MM-DD)']],
    ['updated: 2026-04-31 # end of April', ['updated: 2026-04-31 is not a calendar date (write YYYY-MM-DD)']],
    ['title: Fixing 2026-13-45 errors', []],
  ])('%s', (frontmatter, problems) => {
    expect(impossibleDates(frontmatter)).toEqual(problems);
  });
});

describe('calendarDayLabel', () => {
  it.each([
    ['2026-11-20', 'November 20, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    // A calendar day is shown as written wherever the build runs: UTC, never the day before.
    ['2026-01-01', 'January 1, 2026'],
  ])('%s reads %s', (day, label) => {
    expect(calendarDayLabel(new Date(`${day}T00:00:00.000Z`))).toBe(label);
  });
});
