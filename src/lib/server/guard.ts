import { apiError, type ApiError } from '../feedback/api-error.ts';
import { clientAddress, isCrossOrigin } from '../feedback/client.ts';
import type { ServerContext } from './context.ts';

/**
 * The checks every write to the API passes before its body is read: same origin, then the rate
 * limit for the client's address. Returns the refusal, or undefined to go on.
 */
export function guardWrite(request: Request, socketAddress: string, context: ServerContext): ApiError | undefined {
  if (isCrossOrigin(request.headers.get('origin'), request.headers.get('sec-fetch-site'), request.url)) {
    return apiError(403, 'cross-origin', 'Requests from other sites are not accepted.');
  }
  const client = clientAddress(request.headers.get('x-forwarded-for'), socketAddress, context.config.trustProxy);
  const wait = context.limiter.take(client);
  if (wait > 0) {
    return apiError(429, 'rate-limited', `Too many requests: try again in ${wait} s.`, { 'Retry-After': String(wait) });
  }
  return undefined;
}
