import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES, parseVote } from '../../lib/feedback/parse-request.ts';
import { json, readParsed } from '../../server/http/response.ts';
import { visitorFor } from '../../server/visitor.ts';

export const prerender = false;

/** `POST /api/feedback`: a reader's vote on a guide (JSON from the widget, or the no-JS form). */
export const POST: APIRoute = async ({ request, locals, cookies, redirect, url }) => {
  const { server } = locals;
  const { value, form } = await readParsed(request, MAX_BODY_BYTES, (type, text) =>
    parseVote(type, text, (slug) => server.guides.has(slug)),
  );
  const { guide, vote, reason, comment } = value;
  const visitor = visitorFor(cookies, value.visitor, url.protocol === 'https:');
  const stored = await server.store.recordVote({ guide, visitor, vote, reason, comment, at: new Date() });
  if (form) return redirect(`/guides/${guide}/?voted=${vote}#feedback-thanks`, 303);
  return json(stored.created ? 201 : 200, { vote: stored.vote });
};
