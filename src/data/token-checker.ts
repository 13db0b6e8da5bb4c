import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { APP_URL } from '../lib/content/site.ts';
import { CHECKER_GUIDES, checkerLinkProblems, type CheckerContext } from '../lib/tokens/links.ts';
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
  const slugs = new Set([...Object.values(CHECKER_GUIDES), ...errorCodeRegistry.flatMap((entry) => entry.guides)]);
  const guideTitles = Object.fromEntries([...slugs].flatMap((slug) => {
    const guide = bySlug.get(slug);
    return guide ? [[slug, guide.title]] : [];
  }));
  const errorCodes = errorCodeRegistry.map(({ code, title, meaning, action, guides }) => ({
    code,
    title,
    meaning,
    action,
    guides,
  }));
  return { guideTitles, errorCodes, appUrl: APP_URL };
}
