import type { Verdict } from '../tokens/index.ts';

/**
 * The token checker's verdict codes a checker question may branch on: its stable `data-verdict`
 * codes, listed at runtime so a troubleshooter file naming another code fails the build.
 */
export const CHECKER_VERDICTS = [
  'jwt-expired',
  'jwt-valid',
  'jwt-not-yet-valid',
  'jwt-no-expiry',
  'jwt-malformed',
  'jwe',
  'api-key-valid',
  'api-key-malformed',
  'api-key-placeholder',
  'other-credential',
  'unrecognized',
  'too-long',
  'api-error',
] as const satisfies readonly Exclude<Verdict, 'empty'>[];

/** A verdict a checker question can branch on (every verdict but "nothing pasted yet"). */
export type CheckerVerdict = (typeof CHECKER_VERDICTS)[number];

type Nothing<T extends never> = T;
/** Fails to compile when the checker gains a verdict this list does not name. */
export type UnlistedVerdict = Nothing<Exclude<Verdict, CheckerVerdict | 'empty'>>;
