/** A piece of text: plain, or an app path that links into the app. */
export type AppLinkPart = { text: string; href?: undefined } | { text: string; href: string };

/** A regular-expression alternation matching any of `terms` literally, longest first. */
export function literalAlternation(terms: Iterable<string>): string {
  return [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The app's address for `path` (e.g. `/app/api-keys`) under the app's base URL. */
export function appHref(path: string, appUrl: string): string {
  return new URL(path.replace(/^\/+/, ''), appUrl.endsWith('/') ? appUrl : `${appUrl}/`).href;
}

/**
 * `text` cut into plain parts and the known app paths it names, each with its address in the app.
 * Only whole paths count: `/app/api-keys-old` or `x/app/api-keys` are left as text.
 */
export function splitAppPaths(text: string, paths: readonly string[], appUrl: string): AppLinkPart[] {
  if (paths.length === 0) return [{ text }];
  const pattern = new RegExp(`(?<![\\w/])(${literalAlternation(paths)})(?![\\w/-])`, 'g');
  const parts: AppLinkPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], href: appHref(match[0], appUrl) });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
