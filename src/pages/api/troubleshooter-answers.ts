import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES } from '../../lib/feedback/parse-request.ts';
import { parseAnswer } from '../../lib/troubleshooters/answer.ts';
import { answerReturnHref } from '../../lib/troubleshooters/url.ts';
import { json, readParsed } from '../../server/http/response.ts';
import { visitorFor } from '../../server/visitor.ts';

export const prerender = false;

/**
 * `POST /api/troubleshooter-answers`: a reader reached a troubleshooter's outcome or said whether
 * it fixed the problem (JSON from the island, or the no-JS form). Same rules as votes.
 */
export const POST: APIRoute = async ({ request, locals, cookies, redirect, url }) => {
  const { value, form } = await readParsed(request, MAX_BODY_BYTES, (type, text) =>
    parseAnswer(type, text, (slug) => locals.server.troubleshooters.find((entry) => entry.slug === slug)?.data),
  );
  const { troubleshooter, path, outcome, event } = value;
  const visitor = visitorFor(cookies, value.visitor, url.protocol === 'https:');
  const stored = await locals.server.store.recordAnswer({
    troubleshooter,
    visitor,
    path,
    outcome,
    event,
    at: new Date(),
  });
  if (form) return redirect(answerReturnHref(troubleshooter, path, event), 303);
  return json(stored.created ? 201 : 200, { answer: stored.answer });
};
