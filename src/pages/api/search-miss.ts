import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES, parseSearchMiss } from '../../lib/feedback/parse-request.ts';
import { looksSecret } from '../../lib/feedback/secret-like.ts';
import { serverContext } from '../../lib/server/context.ts';
import { guardWrite } from '../../lib/server/guard.ts';
import { errorResponse, json, readBody } from '../../lib/server/http.ts';

export const prerender = false;

/** `POST /api/search-miss`: a search that found nothing. Queries that look like secrets are dropped. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const context = await serverContext();
  const refused = guardWrite(request, clientAddress, context);
  if (refused) return errorResponse(refused);
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) return errorResponse(body.error);
  const parsed = parseSearchMiss(request.headers.get('content-type'), body.text);
  if (!parsed.ok) return errorResponse(parsed.error);
  if (looksSecret(parsed.value.query))
    return json(202, { stored: false, reason: 'The query looks like a credential.' });
  await context.store.recordSearchMiss(parsed.value.query, new Date());
  return json(201, { stored: true });
};
