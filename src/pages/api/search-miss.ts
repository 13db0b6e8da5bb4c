import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES, parseSearchMiss } from '../../lib/feedback/parse-request.ts';
import { looksSecret } from '../../lib/feedback/secret-like.ts';
import { json, readParsed } from '../../server/http/response.ts';

export const prerender = false;

/** `POST /api/search-miss`: a search that found nothing. Queries that look like secrets are dropped. */
export const POST: APIRoute = async ({ request, locals }) => {
  const { value } = await readParsed(request, MAX_BODY_BYTES, parseSearchMiss);
  if (looksSecret(value.query)) return json(202, { stored: false, reason: 'The query looks like a credential.' });
  await locals.server.store.recordSearchMiss(value.query, new Date());
  return json(201, { stored: true });
};
