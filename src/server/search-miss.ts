import { looksSecret } from '../lib/feedback/secret-like.ts';
import type { ServerContext } from './context.ts';
import { guardWrite } from './http/guard.ts';
import { logFailure } from './log.ts';
import { classifyStoreError } from './store/errors.ts';

/**
 * Counts a zero-result search from the search page like a report from the browser: never a
 * credential, never from a link on another site (that would let anyone fill the dashboard),
 * within the client's rate limit. Best-effort: a refusal or a store failure only means it was not
 * counted (the page still answers). Returns whether it was.
 */
export async function recordPageSearchMiss(
  request: Request,
  client: string,
  context: ServerContext,
  query: string,
): Promise<boolean> {
  if (looksSecret(query)) return false;
  try {
    guardWrite(request, client, context);
  } catch {
    return false;
  }
  try {
    await context.store.recordSearchMiss(query, new Date());
    return true;
  } catch (error) {
    const failure = classifyStoreError(error);
    logFailure(`store:${failure.kind}`, failure.message);
    return false;
  }
}
