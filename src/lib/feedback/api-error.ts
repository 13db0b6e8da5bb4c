import type { AnswerOwnErrorCode } from '../troubleshooters/answer.ts';

/** The stable error codes of the API, as `{ "error": { "code", "message" } }` carries them. */
export type ApiErrorCode =
  | 'unknown-guide'
  | 'invalid-vote'
  | 'invalid-reason'
  | 'invalid-comment'
  | 'comment-too-long'
  | 'invalid-visitor'
  | 'invalid-query'
  | AnswerOwnErrorCode
  | 'unknown-field'
  | 'invalid-body'
  | 'invalid-json'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'cross-origin'
  | 'rate-limited'
  | 'unauthorized'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-implemented'
  | 'bad-request'
  | 'store-unavailable'
  | 'internal-error';

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

/** An {@link ApiError} thrown by a route or a check; the server's HTTP layer answers with it. */
export class ApiFailure extends Error {
  /** The answer to send. */
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.error = error;
  }
}
