import { apiError, ApiFailure, type ApiError } from '../../lib/feedback/api-error.ts';
import type { Parsed } from '../../lib/feedback/parse-request.ts';
import { logFailure } from '../log.ts';
import { StoreUnavailableError } from '../store/errors.ts';

/** Seconds a client is asked to wait before retrying when the store is down. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** A JSON response, never cached. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The one shape of every 4xx/5xx: `{ "error": { "code", "message" } }` with the error's status and headers. */
export function errorResponse(error: ApiError): Response {
  return json(error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/**
 * The answer to anything a route threw: its own refusal, 503 `store-unavailable` when the
 * database failed, else 500. Failures are logged one line per kind per interval.
 */
export function responseForError(error: unknown): Response {
  if (error instanceof ApiFailure) return errorResponse(error.error);
  if (error instanceof StoreUnavailableError) {
    logFailure(`store:${error.kind}`, error.message);
    return errorResponse(
      apiError(503, 'store-unavailable', 'Feedback cannot be saved right now: nothing was stored. Try again shortly.', {
        'Retry-After': String(STORE_RETRY_AFTER_SECONDS),
      }),
    );
  }
  logFailure('server:internal', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return errorResponse(apiError(500, 'internal-error', 'Something went wrong on our side: nothing was stored.'));
}

/** The client went away or stalled mid-body: nothing to store, nothing worth more than a quiet line. */
function bodyCutOff(error: unknown): never {
  logFailure('client:aborted-body', `a request body stopped before its end (${(error as Error).message})`);
  throw new ApiFailure(apiError(400, 'bad-request', 'The request body was cut off.'));
}

const tooLarge = (maxBytes: number) =>
  new ApiFailure(apiError(413, 'body-too-large', `The body is over ${maxBytes} bytes.`));

/**
 * Reads a request body as UTF-8 text, refusing (413) anything over `maxBytes` without reading it
 * all (by `Content-Length` when given, else while streaming) and (400 `invalid-body`) bytes that
 * are not UTF-8.
 */
export async function readBody(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(bodyCutOff);
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiFailure(apiError(400, 'invalid-body', 'The body is not valid UTF-8 text.'));
  }
}

/** Reads and parses a request's body with `parse`, throwing its refusal. */
export async function readParsed<T>(
  request: Request,
  maxBytes: number,
  parse: (contentType: string | null, text: string) => Parsed<T>,
): Promise<{ value: T; form: boolean }> {
  const parsed = parse(request.headers.get('content-type'), await readBody(request, maxBytes));
  if (!parsed.ok) throw new ApiFailure(parsed.error);
  return parsed;
}
