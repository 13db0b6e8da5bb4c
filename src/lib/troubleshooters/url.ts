import { isSlug } from '../content/slug.ts';
import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';

/** Where troubleshooters live: `/troubleshoot/<slug>/`, then one path segment per answer given. */
export const TROUBLESHOOT_PREFIX = '/troubleshoot/';

/** The page of a troubleshooter at a trail (node ids from the start; the start itself is implied). */
export function trailHref(slug: string, trail: readonly string[]): string {
  return `${TROUBLESHOOT_PREFIX}${[slug, ...trail.slice(1)].join('/')}/`;
}

/**
 * Reads a troubleshooter page's address back: the slug and the node ids after the start, or
 * undefined when the address is not a troubleshooter page.
 */
export function stepsFromPathname(pathname: string): { slug: string; steps: string[] } | undefined {
  if (!pathname.startsWith(TROUBLESHOOT_PREFIX)) return undefined;
  const parts = pathname.slice(TROUBLESHOOT_PREFIX.length).split('/').filter(Boolean);
  if (parts.length === 0 || !parts.every(isSlug)) return undefined;
  const [slug, ...steps] = parts as [string, ...string[]];
  return { slug, steps };
}

/** Where the island and the no-JavaScript form send a reader's answer at an outcome. */
export const ANSWERS_ENDPOINT = '/api/troubleshooter-answers';

/** The id of the thank-you the no-JavaScript form comes back to on the outcome's page. */
export const ANSWER_THANKS_ID = 'troubleshooter-thanks';

/**
 * Where the no-JavaScript form returns after a fix answer: the outcome's page, at its thank-you.
 * `path` is the node ids from the start to the outcome.
 */
export function answerReturnHref(troubleshooter: string, path: readonly string[], event: AnswerEvent): string {
  return `${trailHref(troubleshooter, path)}?answered=${event === 'fixed-no' ? 'no' : 'yes'}#${ANSWER_THANKS_ID}`;
}

/** The query parameter a troubleshooter embedded in a guide keeps its state in: `slug/id/id`. */
export const EMBEDDED_PARAM = 'troubleshoot';

/** The trail an embedded troubleshooter should open at, from its page's query string. */
export function stepsFromQuery(search: string, slug: string): string[] {
  const [found, ...steps] = (new URLSearchParams(search).get(EMBEDDED_PARAM) ?? '').split('/');
  return found === slug && steps.every(isSlug) ? steps : [];
}
