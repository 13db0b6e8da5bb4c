import { MAX_INPUT_LENGTH } from './limits.ts';
import { API_KEY_PREFIX, apiKeyProblems, isPlaceholderKey, type ApiKeyProblem } from './api-key.ts';
import {
  decodeJsonPart,
  decodeJws,
  type DecodedJwt,
  type DecodedPart,
  type JwtProblem,
  type TimeClaim,
} from './jwt.ts';
import { findError, type ErrorCodeInfo, type FoundError } from './api-errors.ts';
import { normalizeInput, type Stripped } from './normalize.ts';
import { matchVendor, type VendorFormat } from './vendors.ts';

/** Session tokens live this long in the product; far longer lifetimes are flagged. */
export const PRODUCT_TOKEN_LIFETIME_SECONDS = 3600;
/** A lifetime beyond this is "far beyond" the product's: a day. */
export const LONG_LIFETIME_SECONDS = 24 * 3600;
/** Within this many seconds of `exp`, the two clocks' difference decides. */
export const CLOCK_SKEW_SECONDS = 60;
/** Refresh tokens expire after 7 days (of inactivity), as the source article says. */
export const REFRESH_TOKEN_LIFETIME_SECONDS = 7 * 86400;
// NumericDate values above this are in milliseconds: in seconds they would be after the year 5000.
const MILLISECONDS_THRESHOLD = 1e11;
// Read as milliseconds, a time must land before the year 10000 to be taken as such.
const LAST_SECOND_OF_9999 = 253402300799;
const SECONDS_PER_YEAR = 365.2425 * 86400;

/** The stable verdict codes, as `data-verdict` shows them; pages and tests may rely on them. */
export const VERDICTS = [
  'empty',
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
] as const;

/** One of the stable verdict codes ({@link VERDICTS}). */
export type Verdict = (typeof VERDICTS)[number];

/** Things worth knowing beside the verdict. */
export type Warning =
  | { code: 'alg-none' }
  | { code: 'claim-in-milliseconds'; claim: TimeClaim; yearAsSeconds: number }
  | { code: 'iat-in-future'; seconds: number }
  | { code: 'long-lifetime'; seconds: number }
  | { code: 'clock-skew'; seconds: number }
  | { code: 'near-miss-prefix'; found: string }
  | { code: 'multiple-credentials'; others: number }
  | { code: 'base64-padding' };

interface Common {
  /** What normalisation removed from the paste. */
  stripped: Stripped[];
  warnings: Warning[];
  /** An error code the paste names beside (or instead of) a credential, as `data-error-code` shows it. */
  errorCode?: string;
  /** The error the paste names, when it holds a credential too. */
  error?: FoundError;
}

/** What the JWT-shaped verdicts carry: the token, and whether it is a 7-day refresh token. */
export interface JwtFacts {
  /** Decoded; its time claims in seconds, milliseconds already converted. */
  jwt: DecodedJwt;
  refresh: boolean;
}

/** Why something is not a credential, when the checker can tell. */
export type NotACredential = 'variable' | 'nothing-after-scheme' | 'empty-value';

/** The checker's answer for one paste at one moment. */
export type Analysis = Common &
  (
    | { verdict: 'empty' }
    | { verdict: 'too-long'; length: number }
    | ({ verdict: 'jwt-expired' | 'jwt-valid' | 'jwt-not-yet-valid' | 'jwt-no-expiry' } & JwtFacts)
    | { verdict: 'jwt-malformed'; problem: JwtProblem | StructureProblem }
    | { verdict: 'jwe'; header: DecodedPart }
    | { verdict: 'api-key-valid' }
    | { verdict: 'api-key-malformed'; problems: (ApiKeyProblem | { code: 'prefix'; found: string })[] }
    | { verdict: 'api-key-placeholder'; ours: boolean }
    | { verdict: 'other-credential'; vendor: VendorFormat }
    | { verdict: 'unrecognized'; reason?: NotACredential }
    | { verdict: 'api-error'; error: FoundError }
  );

/** A JWT with the wrong number of parts: cut off, or with something added after its signature. */
export type StructureProblem =
  { part: 'structure'; code: 'part-count'; parts: number } | { part: 'structure'; code: 'appended'; extra: string };

/** Options: the documented error codes (`content/error-codes.json`), to answer a pasted error. */
export interface AnalyzeOptions {
  errorCodes?: readonly ErrorCodeInfo[];
}

const VARIABLE = /^(?:\$\{?[A-Za-z_][\w]*\}?|%\w+%|\{\{.*\}\}|\$env:\w+|process\.env\.\w+|\$\{\{.*\}\}|<%=.*%>)$/i;
// What code sends when the variable meant to hold the credential was never set.
const EMPTY_VALUE =
  /(?:bearer|token|api[-_]?key)["']?[:=\s]+["'`]?(?:undefined|null|none|nil|NaN|\[object Object\])["'`]?(?:[\s,;}]|$)/i;
const PLACEHOLDER =
  /^(?:(?:your|my|the)[-_ ]?)?(?:(?:trust[-_ ]?leads|tl)[-_ ]?)?(?:api[-_ ]?key|key|access[-_ ]?token|token|bearer[-_ ]?token|secret|jwt)(?:[-_ ]?here)?$|^x{6,}$|^\*{3,}$|^(?:\.{3}|…)$/i;

const JWT_CHARACTERS = /^[A-Za-z0-9_\-+/=.]+$/;

/** The year a NumericDate falls in, even far beyond what `Date` can hold. */
function yearOf(seconds: number): number {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? Math.floor(1970 + seconds / SECONDS_PER_YEAR) : date.getUTCFullYear();
}

/** Times plainly in milliseconds (in seconds they would be thousands of years away) converted to seconds. */
function inSeconds(jwt: DecodedJwt): { jwt: DecodedJwt; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const claims = { ...jwt.claims };
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const value = claims[claim];
    if (value === undefined || value <= MILLISECONDS_THRESHOLD || value / 1000 > LAST_SECOND_OF_9999) continue;
    warnings.push({ code: 'claim-in-milliseconds', claim, yearAsSeconds: yearOf(value) });
    claims[claim] = Math.floor(value / 1000);
  }
  return { jwt: { ...jwt, claims }, warnings };
}

function isRefreshToken(jwt: DecodedJwt): boolean {
  const { exp, iat, nbf } = jwt.claims;
  const kind = [jwt.payload.json.typ, jwt.payload.json.token_type, jwt.payload.json.token_use, jwt.header.json.typ];
  if (kind.some((value) => typeof value === 'string' && /refresh/i.test(value))) return true;
  const start = iat ?? nbf;
  return exp !== undefined && start !== undefined && Math.abs(exp - start - REFRESH_TOKEN_LIFETIME_SECONDS) <= 3600;
}

function jwtWarnings(jwt: DecodedJwt, refresh: boolean, nowSeconds: number): Warning[] {
  const warnings: Warning[] = [];
  const { exp, nbf, iat } = jwt.claims;
  if (typeof jwt.header.json.alg === 'string' && jwt.header.json.alg.toLowerCase() === 'none') {
    warnings.push({ code: 'alg-none' });
  }
  if (iat !== undefined && iat > nowSeconds) warnings.push({ code: 'iat-in-future', seconds: iat - nowSeconds });
  if (exp !== undefined) {
    const lifetime = exp - (iat ?? nbf ?? nowSeconds);
    if (lifetime > LONG_LIFETIME_SECONDS && !refresh) warnings.push({ code: 'long-lifetime', seconds: lifetime });
    if (Math.abs(exp - nowSeconds) <= CLOCK_SKEW_SECONDS)
      warnings.push({ code: 'clock-skew', seconds: exp - nowSeconds });
  }
  if (jwt.header.padded || jwt.payload.padded) warnings.push({ code: 'base64-padding' });
  return warnings;
}

function analyzeJwt(parts: string[], nowSeconds: number, common: Common): Analysis {
  if (parts.length === 5) {
    const header = decodeJsonPart(parts[0]!, 'header');
    return header.ok
      ? { ...common, verdict: 'jwe', header: header.value }
      : { ...common, verdict: 'jwt-malformed', problem: header.problem };
  }
  if (parts.length > 3 && decodeJws(parts.slice(0, 3) as [string, string, string]).ok) {
    const extra = `.${parts.slice(3).join('.')}`;
    return { ...common, verdict: 'jwt-malformed', problem: { part: 'structure', code: 'appended', extra } };
  }
  if (parts.length !== 3) {
    return {
      ...common,
      verdict: 'jwt-malformed',
      problem: { part: 'structure', code: 'part-count', parts: parts.length },
    };
  }
  const decoded = decodeJws(parts as [string, string, string]);
  if (!decoded.ok) return { ...common, verdict: 'jwt-malformed', problem: decoded.problem };
  const converted = inSeconds(decoded.jwt);
  const { jwt } = converted;
  const refresh = isRefreshToken(jwt);
  const warnings = [...common.warnings, ...converted.warnings, ...jwtWarnings(jwt, refresh, nowSeconds)];
  const { exp, nbf } = jwt.claims;
  const verdict =
    exp !== undefined && exp <= nowSeconds
      ? 'jwt-expired'
      : nbf !== undefined && nbf > nowSeconds
        ? 'jwt-not-yet-valid'
        : exp === undefined
          ? 'jwt-no-expiry'
          : 'jwt-valid';
  return { ...common, warnings, verdict, jwt, refresh };
}

function analyzeApiKey(token: string, common: Common): Analysis {
  if (token.startsWith(API_KEY_PREFIX)) {
    // A key whose checksum matches is real, even if its random part happens to spell "here".
    const problems = apiKeyProblems(token);
    if (problems.length > 0 && isPlaceholderKey(token))
      return { ...common, verdict: 'api-key-placeholder', ours: true };
    return problems.length === 0
      ? { ...common, verdict: 'api-key-valid' }
      : { ...common, verdict: 'api-key-malformed', problems };
  }
  if (isPlaceholderKey(token)) return { ...common, verdict: 'api-key-placeholder', ours: true };
  // LFK_, Lfk-, lfk-: a near miss. Say what the rest would be with the right prefix.
  const found = token.slice(0, API_KEY_PREFIX.length);
  const corrected = API_KEY_PREFIX + token.slice(API_KEY_PREFIX.length);
  return {
    ...common,
    warnings: [...common.warnings, { code: 'near-miss-prefix', found }],
    verdict: 'api-key-malformed',
    problems: [{ code: 'prefix', found }, ...apiKeyProblems(corrected)],
  };
}

/**
 * Tells what a pasted credential is and where the reader stands with it. Pure and synchronous:
 * it never fetches anything (not `jku`, `x5u` or `iss`), never verifies a signature (it has no
 * secret) and never throws, whatever the input.
 *
 * @param raw What the reader pasted, as is.
 * @param nowMs The current time in milliseconds since 1970, so expiry can be judged and re-judged.
 * @param options The documented error codes, so a pasted error response can be answered.
 */
export function analyzeCredential(raw: string, nowMs: number, options: AnalyzeOptions = {}): Analysis {
  if (raw.length > MAX_INPUT_LENGTH) return { verdict: 'too-long', length: raw.length, stripped: [], warnings: [] };
  const normalized = normalizeInput(raw);
  const { token, source } = normalized;
  const named = findError(normalized.text, options.errorCodes ?? []);
  // A placeholder alone (`YOUR_API_KEY`) is shaped like an error code but is not one.
  const error = source !== 'credential' && PLACEHOLDER.test(token) && !named?.entry ? undefined : named;
  const common: Common = {
    stripped: normalized.stripped,
    warnings: normalized.others > 0 ? [{ code: 'multiple-credentials', others: normalized.others }] : [],
    ...(error?.code === undefined ? {} : { errorCode: error.code }),
  };
  if (source !== 'credential' && error) return { ...common, verdict: 'api-error', error };
  if (source === 'credential' && error) common.error = error;
  if (token === '')
    return source === 'slot'
      ? { ...common, verdict: 'unrecognized', reason: 'nothing-after-scheme' }
      : { ...common, verdict: 'empty' };
  if (VARIABLE.test(token)) return { ...common, verdict: 'unrecognized', reason: 'variable' };
  if (source === 'slot' && EMPTY_VALUE.test(normalized.text))
    return { ...common, verdict: 'unrecognized', reason: 'empty-value' };
  if (/^lfk[_-]/i.test(token)) return analyzeApiKey(token, common);
  if (source !== 'credential' && PLACEHOLDER.test(token))
    return { ...common, verdict: 'api-key-placeholder', ours: false };
  const vendor = matchVendor(token);
  if (vendor) return { ...common, verdict: 'other-credential', vendor };
  const parts = token.split('.');
  // "eyJ" is how base64 of '{"' begins: such a token is a JWT attempt whatever else it holds.
  const jwtShaped = token.startsWith('eyJ') || (parts.length === 3 && token.length >= 16 && JWT_CHARACTERS.test(token));
  if (jwtShaped && parts.length >= 2) return analyzeJwt(parts, Math.floor(nowMs / 1000), common);
  if (jwtShaped)
    return { ...common, verdict: 'jwt-malformed', problem: { part: 'structure', code: 'part-count', parts: 1 } };
  return { ...common, verdict: 'unrecognized' };
}
