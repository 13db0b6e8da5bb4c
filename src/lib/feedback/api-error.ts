/** The stable error codes of the feedback API, as `{ "error": { "code", "message" } }` carries them. */
export type ApiErrorCode =
  | 'unknown-guide'
  | 'invalid-vote'
  | 'invalid-reason'
  | 'comment-too-long'
  | 'invalid-visitor'
  | 'invalid-query'
  | 'unknown-field'
  | 'invalid-body'
  | 'invalid-json'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'cross-origin'
  | 'rate-limited'
  | 'unauthorized';

/** A refused request: nothing was stored. */
export interface ApiError {
  status: number;
  code: ApiErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/** Builds an {@link ApiError}. */
export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  headers?: Record<string, string>,
): ApiError {
  return headers ? { status, code, message, headers } : { status, code, message };
}
