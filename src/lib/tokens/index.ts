/**
 * Token and API key analysis for the checker: pure functions, no DOM, no network, no storage.
 * @module
 */
export { analyzeCredential, type Analysis, type Verdict, type Warning } from './analyze.ts';
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
export { describeAnalysis, describeStripped, describeWarning, type Description, type Tone } from './describe.ts';
export type { DecodedJwt, DecodedPart, JwtProblem, TimeClaim } from './jwt.ts';
export { normalizeInput, type Stripped } from './normalize.ts';
export { formatDuration, formatLocal, formatRelative, formatUtc } from './time.ts';
export { matchVendor, VENDOR_FORMATS, type VendorFormat } from './vendors.ts';
