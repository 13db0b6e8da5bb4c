import { searchPageHref } from '../search/search-url.ts';
import type { ErrorCodeInfo } from './api-errors.ts';

/**
 * The guides the checker's verdicts lead to, by what they solve. The build fails when one of these
 * slugs is not a published guide ({@link checkerLinkProblems}), so a verdict never links nowhere.
 */
export const CHECKER_GUIDES = {
  expiredSession: 'fixing-session-expired-errors',
  jwtInServerCode: 'moving-server-side-code-from-jwts-to-api-keys',
  keys: 'creating-and-rotating-api-keys',
  leakedKey: 'what-to-do-if-an-api-key-leaks',
  authenticating: 'authenticating-api-requests',
  staySignedIn: 'staying-signed-in',
  unauthorized: 'understanding-401-unauthorized-errors',
} as const;

/** A slug the checker links to. */
export type CheckerGuide = (typeof CHECKER_GUIDES)[keyof typeof CHECKER_GUIDES];

/** Where API keys are created and revoked, in the application (a path on `appUrl`). */
export const API_KEYS_PATH = '/app/api-keys';

/** A link at the end of a verdict: a guide, a page of the application, or a search of the help center. */
export type CheckerLink =
  { kind: 'guide'; slug: string } | { kind: 'app'; path: typeof API_KEYS_PATH } | { kind: 'search'; query: string };

/** What the page tells the checker at build time: guide titles by slug, the error codes, the app's address. */
export interface CheckerContext {
  guideTitles: Readonly<Record<string, string>>;
  errorCodes: readonly ErrorCodeInfo[];
  appUrl: string;
}

/** The URL of a guide. */
export function guideHref(slug: string): string {
  return `/guides/${slug}/`;
}

/** Where a link leads: guides and search on this site, app pages on the application's address. */
export function linkHref(link: CheckerLink, appUrl: string): string {
  switch (link.kind) {
    case 'guide':
      return guideHref(link.slug);
    case 'app':
      return new URL(link.path, appUrl).href;
    case 'search':
      return searchPageHref({ query: link.query, filters: { tags: [] }, exact: false, shown: 0 });
  }
}

/** Every guide the checker may link to: the verdicts' own, and those the documented error codes list. */
export function checkerGuideSlugs(errorCodes: readonly ErrorCodeInfo[]): string[] {
  return [...new Set([...Object.values(CHECKER_GUIDES), ...errorCodes.flatMap((entry) => entry.guides)])];
}

/**
 * Every guide the checker may link to that is not published, as build errors: the verdicts' own
 * guides, and the guides of each error code in the registry.
 */
export function checkerLinkProblems(published: ReadonlySet<string>, errorCodes: readonly ErrorCodeInfo[]): string[] {
  const wanted = [
    ...Object.values(CHECKER_GUIDES).map((slug) => ({ slug, by: 'the token checker (src/lib/tokens/links.ts)' })),
    ...errorCodes.map((entry) => ({
      slug: entry.guides[0]!,
      by: `error code ${entry.code} (content/error-codes.json)`,
    })),
  ];
  return wanted
    .filter(({ slug }) => !published.has(slug))
    .map(({ slug, by }) => `${by} links to the guide "${slug}", which is not published (content/guides/${slug}.md)`);
}
