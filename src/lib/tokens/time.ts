const UNITS = [
  { name: 'day', seconds: 86400 },
  { name: 'hour', seconds: 3600 },
  { name: 'minute', seconds: 60 },
  { name: 'second', seconds: 1 },
] as const;
// Four-digit years only: a date past 9999 (or before year 1) is said in words, never as "+058879-…".
const LAST_SECOND_OF_9999 = 253402300799;
const FIRST_SECOND_OF_YEAR_1 = -62135596800;
const HUNDRED_YEARS = 100 * 365.2425 * 86400;

function beyondCalendar(seconds: number): string | undefined {
  if (seconds > LAST_SECOND_OF_9999) return 'after the year 9999';
  if (seconds < FIRST_SECOND_OF_YEAR_1) return 'before the year 1';
  return undefined;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * A length of time in words, precise where it matters: "45 seconds", "42 minutes",
 * "1 hour 5 minutes", "3 days 4 hours", "400 days", "more than 100 years".
 */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.round(Math.abs(totalSeconds));
  if (seconds > HUNDRED_YEARS) return 'more than 100 years';
  if (seconds < 60) return plural(seconds, 'second');
  const [first, second] = UNITS.filter((u) => u.seconds <= seconds).slice(0, 2);
  const major = Math.floor(seconds / first!.seconds);
  if (first!.name === 'day' && major >= 30) return plural(major, 'day');
  const minor = Math.floor((seconds - major * first!.seconds) / second!.seconds);
  const minorText = first!.name === 'minute' || minor === 0 ? '' : ` ${plural(minor, second!.name)}`;
  return plural(major, first!.name) + minorText;
}

/** "in 42 minutes", "3 hours 5 minutes ago" or "just now". */
export function formatRelative(targetSeconds: number, nowSeconds: number): string {
  const difference = targetSeconds - nowSeconds;
  if (Math.abs(difference) < 1) return 'just now';
  return difference > 0 ? `in ${formatDuration(difference)}` : `${formatDuration(difference)} ago`;
}

/** "2026-11-28 07:00:00 UTC": unambiguous whatever the reader's locale; "after the year 9999" beyond it. */
export function formatUtc(seconds: number): string {
  const beyond = beyondCalendar(seconds);
  if (beyond) return beyond;
  return new Date(seconds * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** The reader's local date and time with its zone, in their language (or `locale`). */
export function formatLocal(seconds: number, locale?: string, timeZone?: string): string {
  const beyond = beyondCalendar(seconds);
  if (beyond) return beyond;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(seconds * 1000);
}
