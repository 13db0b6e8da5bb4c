import { clientAddress } from '../../lib/feedback/client.ts';
import { serverContext } from '../context.ts';
import { guardWrite } from './guard.ts';
import './locals.ts';
import { responseForError } from './response.ts';

/** What the HTTP layer needs of Astro's request context. */
interface RouteContext {
  request: Request;
  clientAddress: string;
  isPrerendered: boolean;
  locals: App.Locals;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one HTTP layer of the on-demand routes: gives each its context and client address, guards
 * every write (same origin, rate limit) before its body is read, answers anything thrown with one
 * error shape (503 when the store fails) and marks answers uncacheable unless they say otherwise.
 * Route handlers state only what is theirs.
 */
export async function handleOnDemand(route: RouteContext, next: () => Promise<Response>): Promise<Response> {
  if (route.isPrerendered) return next();
  let response: Response;
  try {
    const server = await serverContext();
    const client = clientAddress(
      route.request.headers.get('x-forwarded-for'),
      route.clientAddress,
      server.config.trustProxy,
    );
    route.locals.server = server;
    route.locals.client = client;
    if (!READS.has(route.request.method)) guardWrite(route.request, client, server);
    response = await next();
  } catch (error) {
    response = responseForError(error);
  }
  if (response.headers.has('Cache-Control')) return response;
  // Redirects come with immutable headers: copy before adding one.
  const copy = new Response(response.body, response);
  copy.headers.set('Cache-Control', 'no-store');
  return copy;
}
