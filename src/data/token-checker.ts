import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { APP_URL } from '../lib/content/site.ts';
import { checkerGuideSlugs, checkerLinkProblems, type CheckerContext } from '../lib/tokens/links.ts';
import { guideIndex } from './guides.ts';

/**
 * What every token checker on the site is given at build time: the titles of the guides its
 * verdicts link to, the documented error codes and the app's address. Fails the build when a
 * verdict or an error code would link to a guide that is not published.
 */
export async function tokenCheckerContext(): Promise<CheckerContext> {
  const { bySlug } = await guideIndex();
  const problems = checkerLinkProblems(new Set(bySlug.keys()), errorCodeRegistry);
  if (problems.length > 0) throw new Error(`Token checker links:\n  ${problems.join('\n  ')}`);
  const guideTitles = Object.fromEntries(
    checkerGuideSlugs(errorCodeRegistry).map((slug) => [slug, bySlug.get(slug)!.title]),
  );
  // Only what the checker shows: the registry's longer example stays out of every page's HTML.
  const errorCodes = errorCodeRegistry.map(({ code, title, meaning, action, guides }) => ({
    code,
    title,
    meaning,
    action,
    guides,
  }));
  return { guideTitles, errorCodes, appUrl: APP_URL };
}
