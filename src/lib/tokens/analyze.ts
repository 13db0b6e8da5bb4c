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
import { normalizeInput, type Stripped } from './normalize.ts';
import { matchVendor, type VendorFormat } from './vendors.ts';

/** Session tokens live this long in the product; far longer lifetimes are flagged. */
export const PRODUCT_TOKEN_LIFETIME_SECONDS = 3600;
/** A lifetime beyond this is "far beyond" the product's: a day. */
export const LONG_LIFETIME_SECONDS = 24 * 3600;
/** Within this many seconds of `exp`, the two clocks' difference decides. */
export const CLOCK_SKEW_SECONDS = 60;
// NumericDate values above this are in milliseconds: in seconds they would be after the year 5000.
const MILLISECONDS_THRESHOLD = 1e11;

/** The stable verdict codes, as `data-verdict` shows them. */
export type Verdict =
  | 'empty'
  | 'jwt-expired'
  | 'jwt-valid'
  | 'jwt-not-yet-valid'
  | 'jwt-no-expiry'
  | 'jwt-malformed'
  | 'jwe'
  | 'api-key-valid'
  | 'api-key-malformed'
  | 'api-key-placeholder'
  | 'other-credential'
  | 'unrecognized'
  | 'too-long';

/** Things worth knowing beside the verdict. */
export type Warning =
  | { code: 'alg-none' }
  | { code: 'claim-in-milliseconds'; claim: TimeClaim }
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
}

/** The checker's answer for one paste at one moment. */
export type Analysis = Common &
  (
    | { verdict: 'empty' }
    | { verdict: 'too-long'; length: number }
    | { verdict: 'jwt-expired' | 'jwt-valid' | 'jwt-not-yet-valid' | 'jwt-no-expiry'; jwt: DecodedJwt }
    | { verdict: 'jwt-malformed'; problem: JwtProblem | { part: 'structure'; code: 'part-count'; parts: number } }
    | { verdict: 'jwe'; header: DecodedPart }
    | { verdict: 'api-key-valid' }
    | { verdict: 'api-key-malformed'; problems: (ApiKeyProblem | { code: 'prefix'; found: string })[] }
    | { verdict: 'api-key-placeholder' }
    | { verdict: 'other-credential'; vendor: VendorFormat }
    | { verdict: 'unrecognized' }
  );

const JWT_CHARACTERS = /^[A-Za-z0-9_\-+/=.]+$/;

function jwtWarnings(jwt: DecodedJwt, nowSeconds: number): Warning[] {
  const warnings: Warning[] = [];
  const { exp, nbf, iat } = jwt.claims;
  if (typeof jwt.header.json.alg === 'string' && jwt.header.json.alg.toLowerCase() === 'none') {
    warnings.push({ code: 'alg-none' });
  }
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    if ((jwt.claims[claim] ?? 0) > MILLISECONDS_THRESHOLD) warnings.push({ code: 'claim-in-milliseconds', claim });
  }
  if (iat !== undefined && iat > nowSeconds) warnings.push({ code: 'iat-in-future', seconds: iat - nowSeconds });
  if (exp !== undefined) {
    const lifetime = exp - (iat ?? nbf ?? nowSeconds);
    if (lifetime > LONG_LIFETIME_SECONDS) warnings.push({ code: 'long-lifetime', seconds: lifetime });
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
  if (parts.length !== 3) {
    return {
      ...common,
      verdict: 'jwt-malformed',
      problem: { part: 'structure', code: 'part-count', parts: parts.length },
    };
  }
  const decoded = decodeJws(parts as [string, string, string]);
  if (!decoded.ok) return { ...common, verdict: 'jwt-malformed', problem: decoded.problem };
  const { jwt } = decoded;
  const warnings = [...common.warnings, ...jwtWarnings(jwt, nowSeconds)];
  const { exp, nbf } = jwt.claims;
  const verdict =
    exp !== undefined && exp <= nowSeconds
      ? 'jwt-expired'
      : nbf !== undefined && nbf > nowSeconds
        ? 'jwt-not-yet-valid'
        : exp === undefined
          ? 'jwt-no-expiry'
          : 'jwt-valid';
  return { ...common, warnings, verdict, jwt };
}

function analyzeApiKey(token: string, common: Common): Analysis {
  if (token.startsWith(API_KEY_PREFIX)) {
    // A key whose checksum matches is real, even if its random part happens to spell "here".
    const problems = apiKeyProblems(token);
    if (problems.length > 0 && isPlaceholderKey(token)) return { ...common, verdict: 'api-key-placeholder' };
    return problems.length === 0
      ? { ...common, verdict: 'api-key-valid' }
      : { ...common, verdict: 'api-key-malformed', problems };
  }
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
 */
export function analyzeCredential(raw: string, nowMs: number): Analysis {
  if (raw.length > MAX_INPUT_LENGTH) return { verdict: 'too-long', length: raw.length, stripped: [], warnings: [] };
  const normalized = normalizeInput(raw);
  const common: Common = {
    stripped: normalized.stripped,
    warnings: normalized.others > 0 ? [{ code: 'multiple-credentials', others: normalized.others }] : [],
  };
  const token = normalized.token;
  if (token === '') return { ...common, verdict: 'empty' };
  if (/^lfk[_-]/i.test(token)) return analyzeApiKey(token, common);
  const vendor = matchVendor(token);
  if (vendor) return { ...common, verdict: 'other-credential', vendor };
  const parts = token.split('.');
  // "eyJ" is how base64 of '{"' begins: such a token is a JWT attempt whatever else it holds.
  const jwtShaped = token.startsWith('eyJ') || (parts.length === 3 && token.length >= 16 && JWT_CHARACTERS.test(token));
  if (jwtShaped && parts.length >= 2) return analyzeJwt(parts, Math.floor(nowMs / 1000), common);
  return { ...common, verdict: 'unrecognized' };
}
