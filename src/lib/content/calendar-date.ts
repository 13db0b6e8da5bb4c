const DATE_FIELD = /^(\w+):[ \t]*['"]?(\d{4})-(\d{2})-(\d{2})['"]?[ \t]*(?:#.*)?$/gm;

/**
 * Date fields in raw frontmatter that name no real day, such as `updated: 2026-13-45`. The YAML
 * parser turns those into a valid but different date (February 2027), so the schema cannot see
 * them: this reads the text as the author wrote it. One message per bad field.
 */
export function impossibleDates(frontmatter: string): string[] {
  const problems: string[] = [];
  for (const [, field, year, month, day] of frontmatter.matchAll(DATE_FIELD)) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const roundTrips = date.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
    if (!roundTrips) problems.push(`${field}: ${year}-${month}-${day} is not a calendar date (write YYYY-MM-DD)`);
  }
  return problems;
}

// One formatter for every date on every page: making one per call cost a build of 1,000 guides
// a fifth of a second.
const dayLabel = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * A frontmatter date as readers see it, "November 20, 2026". Dates in frontmatter are calendar
 * days, so they are shown in UTC to avoid slipping a day.
 */
export function calendarDayLabel(date: Date): string {
  return dayLabel.format(date);
}
