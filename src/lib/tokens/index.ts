/**
 * Token and API key analysis for the checker: pure functions, no DOM, no network, no storage.
 * @module
 */
export {
  analyzeCredential,
  type Analysis,
  type AnalyzeOptions,
  type JwtFacts,
  type NotACredential,
  type StructureProblem,
  type Verdict,
  VERDICTS,
  type Warning,
} from './analyze.ts';
export { findError, findStatus, type ErrorCodeInfo, type FoundError } from './api-errors.ts';
export {
  API_KEYS_PATH,
  CHECKER_GUIDES,
  checkerLinkProblems,
  guideHref,
  linkHref,
  type CheckerContext,
  type CheckerGuide,
  type CheckerLink,
} from './links.ts';
export { MAX_INPUT_LENGTH } from './limits.ts';
export {
  API_KEY_LENGTH,
  API_KEY_PREFIX,
  apiKeyChecksum,
  apiKeyFromRandom,
  apiKeyProblems,
  BASE62_ALPHABET,
  crc32,
  isPlaceholderKey,
  type ApiKeyProblem,
} from './api-key.ts';
export { decodeBase64Url, encodeBase64Url } from './base64url.ts';
export {
  describeAnalysis,
  describeStripped,
  describeWarning,
  withArticle,
  type Description,
  type Tone,
} from './describe.ts';
export type { DecodedJwt, DecodedPart, JwtProblem, TimeClaim } from './jwt.ts';
export { findJwtRuns, type JwtRun } from './jwt-runs.ts';
export { normalizeInput, type Normalized, type Source, type Stripped } from './normalize.ts';
export { formatDuration, formatLocal, formatRelative, formatUtc } from './time.ts';
export { matchVendor, VENDOR_FORMATS, type VendorFormat } from './vendors.ts';
