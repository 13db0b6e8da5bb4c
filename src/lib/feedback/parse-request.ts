import { searchMissSchema, voteRequestSchema, type VoteRequest } from '../../schemas/feedback.ts';
import { MAX_COMMENT_LENGTH } from './types.ts';
import { apiError, type ApiError, type ApiErrorCode } from './api-error.ts';

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 8 * 1024;

/** The result of a body parser: the value (and whether it came from a form), or the refusal. */
export type Parsed<T> = { ok: true; value: T; form: boolean } | { ok: false; error: ApiError };

/**
 * True when a form body's percent-escapes decode to UTF-8. `URLSearchParams` would quietly turn
 * bad bytes into U+FFFD; a body that is not text is refused instead.
 */
function formIsUtf8(text: string): boolean {
  try {
    decodeURIComponent(text.replaceAll('+', ' ').replace(/%(?![0-9a-f]{2})/gi, '%25'));
    return true;
  } catch {
    return false;
  }
}

/** Reads a JSON or form-encoded body into a plain object; anything else is refused. */
export function decodeBody(contentType: string | null, text: string): Parsed<Record<string, unknown>> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    if (!formIsUtf8(text))
      return { ok: false, error: apiError(400, 'invalid-body', 'The form is not valid UTF-8 text.') };
    const fields: Record<string, unknown> = Object.create(null);
    for (const [key, value] of new URLSearchParams(text)) {
      // Empty optional fields are what a form sends for "nothing chosen".
      if (value !== '') fields[key] = value;
    }
    return { ok: true, value: fields, form: true };
  }
  if (type !== 'application/json') {
    return {
      ok: false,
      error: apiError(
        415,
        'unsupported-media-type',
        'Send JSON (application/json) or a form (application/x-www-form-urlencoded).',
      ),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: apiError(400, 'invalid-json', 'The body is not valid JSON.') };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: apiError(400, 'invalid-body', 'The body must be a JSON object.') };
  }
  return { ok: true, value: json as Record<string, unknown>, form: false };
}

/** Unknown fields are reported first: they explain the other problems (a typo'd field name). */
function unknownFields(issues: readonly { code: string; keys?: readonly string[] }[]): ApiError | undefined {
  const issue = issues.find((i) => i.code === 'unrecognized_keys');
  return issue ? apiError(400, 'unknown-field', `Unknown field(s): ${(issue.keys ?? []).join(', ')}.`) : undefined;
}

const FIELD_ERRORS: Record<string, [ApiErrorCode, string]> = {
  guide: ['unknown-guide', 'guide must be the slug of a guide on this site.'],
  vote: ['invalid-vote', 'vote must be "up" or "down".'],
  reason: [
    'invalid-reason',
    'reason must be one of inaccurate, did-not-solve, hard-to-follow, missing-information, other, and only with a "down" vote.',
  ],
  comment: [
    'invalid-comment',
    'comment must be text without control characters (tab and new line are fine), at most ' +
      `${MAX_COMMENT_LENGTH} characters.`,
  ],
  visitor: ['invalid-visitor', 'visitor must be 8-64 letters, digits, "-" or "_".'],
};

/** Validates a vote; `knownGuide` says whether a slug is a published guide. */
export function parseVote(
  contentType: string | null,
  text: string,
  knownGuide: (slug: string) => boolean,
): Parsed<VoteRequest> {
  const body = decodeBody(contentType, text);
  if (!body.ok) return body;
  // The no-JS form shows the reasons beside both buttons; with "Yes" a chosen reason means nothing.
  if (body.form && body.value.vote === 'up') delete body.value.reason;
  const result = voteRequestSchema.safeParse(body.value);
  if (!result.success) {
    const unknown = unknownFields(result.error.issues);
    if (unknown) return { ok: false, error: unknown };
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0]);
    const [code, message] =
      field === 'comment' && issue.code === 'too_big'
        ? (['comment-too-long', `comment must be at most ${MAX_COMMENT_LENGTH} characters.`] as const)
        : (FIELD_ERRORS[field] ?? ['invalid-body', issue.message]);
    return { ok: false, error: apiError(code === 'unknown-guide' ? 404 : 400, code, message) };
  }
  if (!knownGuide(result.data.guide)) {
    return { ok: false, error: apiError(404, 'unknown-guide', `There is no guide "${result.data.guide}".`) };
  }
  return { ok: true, value: result.data, form: body.form };
}

/** Validates a zero-result search report. */
export function parseSearchMiss(contentType: string | null, text: string): Parsed<{ query: string }> {
  const body = decodeBody(contentType, text);
  if (!body.ok) return body;
  const result = searchMissSchema.safeParse(body.value);
  if (!result.success) {
    const unknown = unknownFields(result.error.issues);
    if (unknown) return { ok: false, error: unknown };
    return {
      ok: false,
      error: apiError(400, 'invalid-query', 'query must be text of 1 to 200 characters, without control characters.'),
    };
  }
  return { ok: true, value: result.data, form: body.form };
}
