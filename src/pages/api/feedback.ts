import { randomBytes } from 'node:crypto';
import type { APIRoute } from 'astro';
import { MAX_BODY_BYTES, parseVote } from '../../lib/feedback/parse-request.ts';
import { VISITOR_PATTERN } from '../../lib/feedback/types.ts';
import { serverContext } from '../../lib/server/context.ts';
import { guardWrite } from '../../lib/server/guard.ts';
import { errorResponse, json, readBody } from '../../lib/server/http.ts';

export const prerender = false;

const VISITOR_COOKIE = 'tl_visitor';

/** `POST /api/feedback`: a reader's vote on a guide (JSON from the widget, or the no-JS form). */
export const POST: APIRoute = async ({ request, clientAddress, cookies, redirect, url }) => {
  const context = await serverContext();
  const refused = guardWrite(request, clientAddress, context);
  if (refused) return errorResponse(refused);
  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body.ok) return errorResponse(body.error);
  const parsed = parseVote(request.headers.get('content-type'), body.text, (slug) => context.guides.has(slug));
  if (!parsed.ok) return errorResponse(parsed.error);

  // The widget sends the id it keeps; the no-JS form relies on a first-party cookie instead.
  const { guide, vote, reason, comment } = parsed.value;
  let visitor = parsed.value.visitor ?? cookies.get(VISITOR_COOKIE)?.value;
  if (!visitor || !VISITOR_PATTERN.test(visitor)) {
    visitor = randomBytes(16).toString('base64url');
    cookies.set(VISITOR_COOKIE, visitor, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 365 * 86400,
    });
  }
  const stored = await context.store.recordVote({ guide, visitor, vote, reason, comment, at: new Date() });
  if (parsed.form) return redirect(`/guides/${guide}/?voted=${vote}#feedback-thanks`, 303);
  return json(stored.created ? 201 : 200, { vote: stored.vote });
};
