import type { ApiError } from '../feedback/api-error.ts';

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** `{ "error": { "code", "message" } }` with the error's status and headers. */
export function errorResponse(error: ApiError): Response {
  return json(error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/**
 * Reads a request body as text, refusing (413) anything over `maxBytes` without reading it all:
 * by `Content-Length` when given, else while streaming.
 */
export async function readBody(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; error: ApiError }> {
  const tooLarge: ApiError = { status: 413, code: 'body-too-large', message: `The body is over ${maxBytes} bytes.` };
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, error: tooLarge };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, error: tooLarge };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
