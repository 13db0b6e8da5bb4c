import { apiError, ApiFailure } from '../../lib/feedback/api-error.ts';
import { isCrossOrigin } from '../../lib/feedback/client.ts';
import type { RateLimiter } from '../../lib/feedback/rate-limit.ts';
import type { ServerContext } from '../context.ts';

/** Refuses (403) a request a browser made from another site. */
export function checkOrigin(request: Request, context: ServerContext): void {
  const own = [new URL(request.url).origin, context.config.siteOrigin];
  if (isCrossOrigin(request.headers.get('origin'), request.headers.get('sec-fetch-site'), own)) {
    throw new ApiFailure(apiError(403, 'cross-origin', 'Requests from other sites are not accepted.'));
  }
}

/** The 429 for a client that must wait `seconds`. */
export function rateLimited(seconds: number): ApiFailure {
  return new ApiFailure(
    apiError(429, 'rate-limited', `Too many requests: try again in ${seconds} s.`, { 'Retry-After': String(seconds) }),
  );
}

/** Counts a request against `limiter`, refusing (429 with `Retry-After`) when over. */
export function takeOrRefuse(limiter: RateLimiter, client: string): void {
  const wait = limiter.take(client);
  if (wait > 0) throw rateLimited(wait);
}

/**
 * The checks every write passes before its body is read: same origin, then the rate limit for
 * the client's address. Throws the refusal.
 */
export function guardWrite(request: Request, client: string, context: ServerContext): void {
  checkOrigin(request, context);
  takeOrRefuse(context.limiter, client);
}
