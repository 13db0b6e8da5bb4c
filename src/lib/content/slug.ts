/** Lowercase letters and digits in hyphen-separated words: the form of every slug on the site. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` can be used as-is in a URL path segment of the site. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
