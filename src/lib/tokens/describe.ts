import type { Analysis, JwtFacts, StructureProblem, Warning } from './analyze.ts';
import { API_KEY_LENGTH } from './api-key.ts';
import type { FoundError } from './api-errors.ts';
import type { JwtProblem } from './jwt.ts';
import { API_KEYS_PATH, CHECKER_GUIDES, type CheckerLink } from './links.ts';
import type { Stripped } from './normalize.ts';
import { EMPTY_HEADLINE, WHAT_OURS_LOOK_LIKE } from './prompt.ts';
import { formatDuration, formatUtc } from './time.ts';

/** How the verdict should look: good news, a problem, or something to be careful with. */
export type Tone = 'good' | 'bad' | 'caution' | 'neutral';

/** The verdict in words: a headline, what it means, what to do next, and where the fix is. */
export interface Description {
  tone: Tone;
  headline: string;
  details: string[];
  nextStep?: string;
  /** The guide that solves it first, then the app page or search where the next step is. */
  links: CheckerLink[];
}

const CREATE_KEY = `create an API key at ${API_KEYS_PATH}`;
const guide = (slug: string): CheckerLink => ({ kind: 'guide', slug });
const API_KEYS: CheckerLink = { kind: 'app', path: API_KEYS_PATH };

function jwtProblem(problem: JwtProblem | StructureProblem): string {
  switch (problem.code) {
    case 'appended':
      return `It is a whole token with “${problem.extra.length > 24 ? `${problem.extra.slice(0, 24)}…` : problem.extra}” added after its signature: something was added when copying. Remove everything after the third part.`;
    case 'part-count':
      return problem.parts < 3
        ? `It has ${problem.parts} ${problem.parts === 1 ? 'part' : 'parts separated by dots'}; a signed JWT has 3 (header, payload, signature). It was probably cut off when copying.`
        : `It has ${problem.parts} parts separated by dots; a signed JWT has 3 (header, payload, signature) and an encrypted one 5.`;
    case 'empty':
      return `The ${problem.part} is empty.`;
    case 'not-base64url':
      if (problem.detail.code === 'standard-base64') {
        return `The ${problem.part} uses “${problem.detail.character}”, which belongs to standard base64: JWTs use base64url (“-” and “_” instead of “+” and “/”).`;
      }
      if (problem.detail.code === 'bad-character') {
        return `The ${problem.part} contains “${problem.detail.character}” at character ${problem.detail.position}, which base64url never uses.`;
      }
      return `The ${problem.part} has a length no base64url text can have: a character is missing or extra.`;
    case 'not-utf8':
      return `The ${problem.part} decodes to bytes that are not UTF-8 text.`;
    case 'not-json':
      return `The ${problem.part} decodes to text that is not JSON (${problem.detail}).`;
    case 'not-object':
      return `The ${problem.part} is JSON but ${problem.found}, not an object.`;
    case 'claim-type':
      return `The “${problem.claim}” claim is ${problem.found}; it must be a number of seconds since 1970.`;
  }
}

type KeyProblem = Extract<Analysis, { verdict: 'api-key-malformed' }>['problems'][number];

function keyProblem(problem: KeyProblem): string {
  switch (problem.code) {
    case 'prefix':
      return `It starts with “${problem.found}”; keys start with lowercase “lfk_”.`;
    case 'missing-type':
      return 'The type is missing: keys look like “lfk_sk_” followed by 36 letters and digits.';
    case 'wrong-type':
      return `The type is “${problem.type}”; the API accepts only secret keys, which start with “lfk_sk_”.`;
    case 'too-short':
      return `It is ${problem.length} characters long; a key is ${API_KEY_LENGTH}. It was probably cut off when copied.`;
    case 'too-long':
      return `It is ${problem.length} characters long; a key is ${API_KEY_LENGTH}. Something extra was copied with it.`;
    case 'bad-character':
      return `Character ${problem.position} is “${problem.character}”; keys contain only letters and digits after “lfk_sk_”.`;
    case 'checksum-mismatch':
      return 'Its checksum does not match: a character was mistyped or changed. Copy the key again from where you stored it.';
  }
}

/**
 * A time for the headline, which screen readers announce whenever it changes: to the minute, so a
 * token in its last minute does not announce a countdown every second.
 */
function coarse(seconds: number): string {
  return Math.abs(seconds) < 60 ? 'less than a minute' : formatDuration(seconds);
}

/** "at 2026-11-28 12:00:00 UTC", or "after the year 9999" for times no calendar shows. */
function at(seconds: number): string {
  const utc = formatUtc(seconds);
  return /^\d/.test(utc) ? `at ${utc}` : utc;
}

/** "an AWS access key ID", "a GitHub token", "an npm access token". */
export function withArticle(phrase: string): string {
  const an = /^(?:[aeiouAEIOU]|[FHLMNRSX][A-Z0-9]+\b|npm\b)/.test(phrase);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

function describeJwt(analysis: Extract<Analysis, JwtFacts>, now: number): Description {
  const { exp, nbf } = analysis.jwt.claims;
  switch (analysis.verdict) {
    case 'jwt-expired':
      return analysis.refresh
        ? {
            tone: 'bad',
            headline: `This refresh token expired ${coarse(exp! - now)} ago.`,
            details: [
              `It expired ${at(exp!)}. It lasted 7 days, as Trust Leads refresh tokens do: they expire after 7 days of inactivity, and then the session ends.`,
            ],
            nextStep: 'Sign in again: your data, job history and settings are intact.',
            links: [guide(CHECKER_GUIDES.expiredSession), guide(CHECKER_GUIDES.staySignedIn)],
          }
        : {
            tone: 'bad',
            headline: `This session token expired ${coarse(exp! - now)} ago.`,
            details: [
              `It expired ${at(exp!)}. Trust Leads session tokens last 1 hour and are refreshed by the browser.`,
            ],
            nextStep: `In the browser, sign in again: your data is safe. In server-side code, stop using session tokens: ${CREATE_KEY} and send it instead.`,
            links: [guide(CHECKER_GUIDES.expiredSession), guide(CHECKER_GUIDES.jwtInServerCode), API_KEYS],
          };
    case 'jwt-valid': {
      const left = exp! - now < 60 ? 'but expires in less than a minute' : `for another ${formatDuration(exp! - now)}`;
      return analysis.refresh
        ? {
            tone: 'good',
            headline: `This looks like a refresh token, valid ${left}.`,
            details: [
              `It lasts 7 days, as Trust Leads refresh tokens do: the browser uses it to get a new 1-hour session token, and it expires after 7 days of inactivity. It expires ${at(exp!)}.`,
            ],
            nextStep: `Leave it to the browser. For server-side calls, ${CREATE_KEY}: API keys do not expire.`,
            links: [guide(CHECKER_GUIDES.staySignedIn), API_KEYS],
          }
        : {
            tone: 'good',
            headline:
              exp! - now < 60 ? `This session token is valid, ${left}.` : `This session token is valid ${left}.`,
            details: [
              `It expires ${at(exp!)}. JWTs are browser session tokens that expire after 1 hour. The checker cannot verify the signature: it has no secret.`,
            ],
            nextStep: `For server-side calls, ${CREATE_KEY}: API keys start with “lfk_” and do not expire.`,
            links: [guide(CHECKER_GUIDES.jwtInServerCode), API_KEYS],
          };
    }
    case 'jwt-not-yet-valid':
      return {
        tone: 'caution',
        headline: `This token is not valid until ${formatUtc(nbf!)} (in ${coarse(nbf! - now)}).`,
        details: ['Its “nbf” (not before) time is still in the future.'],
        nextStep: 'Check the clock of this device or server: if it is behind, set it to update automatically.',
        links: [guide(CHECKER_GUIDES.unauthorized)],
      };
    case 'jwt-no-expiry':
      return {
        tone: 'caution',
        headline: 'This JWT never expires, so it is not a Trust Leads session token.',
        details: [
          'It has no “exp” claim. Trust Leads session tokens always expire after 1 hour; never-expiring JWTs are unusual.',
        ],
        nextStep: `For server-side calls, ${CREATE_KEY}.`,
        links: [guide(CHECKER_GUIDES.jwtInServerCode), API_KEYS],
      };
  }
}

/** An unsigned token never gets the calm "valid" look: the warning leads. */
function unsignedFirst(description: Description): Description {
  return {
    ...description,
    tone: description.tone === 'good' ? 'caution' : description.tone,
    headline: 'This token is unsigned (“alg: none”): no server should accept it.',
    details: [description.headline, ...description.details],
  };
}

function describeError(error: FoundError): Description {
  const status = error.status === undefined ? '' : ` (HTTP ${error.status})`;
  if (error.entry) {
    return {
      tone: 'bad',
      headline: `This is the ${error.entry.code} error${status}: ${error.entry.title.toLowerCase()}.`,
      details: [error.entry.meaning],
      ...(error.entry.action ? { nextStep: error.entry.action } : {}),
      links: error.entry.guides.map(guide),
    };
  }
  const statusGuide = guide(
    error.status === 401 || error.status === 403 ? CHECKER_GUIDES.unauthorized : CHECKER_GUIDES.authenticating,
  );
  if (error.code) {
    return {
      tone: 'caution',
      headline: `“${error.code}”${status} is not documented in this help center.`,
      details: ['It may come from another service, or be new. Search the help center for it.'],
      links: [{ kind: 'search', query: error.code }, statusGuide],
    };
  }
  const unauthorized = error.status === 401;
  return {
    tone: 'bad',
    headline: `This is an HTTP ${error.status} response, without an error code.`,
    details: [
      unauthorized
        ? 'A 401 means the server did not accept the credential the request sent: it was missing, malformed, expired or revoked.'
        : `The request failed with HTTP status ${error.status}.`,
    ],
    nextStep: 'Paste the token or API key the request sent to see which.',
    links: [statusGuide],
  };
}

/** The error a credential paste also names, in one sentence, and where it is explained. */
function alsoNamed(error: FoundError | undefined): { detail: string; link: CheckerLink } | undefined {
  if (!error?.code) return undefined;
  return error.entry
    ? {
        detail: `The paste also names the error ${error.code}: ${error.entry.meaning}`,
        link: guide(error.entry.guides[0]!),
      }
    : {
        detail: `The paste also names “${error.code}”, which is not documented in this help center.`,
        link: { kind: 'search', query: error.code },
      };
}

function describeVerdict(analysis: Analysis, now: number): Description {
  switch (analysis.verdict) {
    case 'empty':
      return { tone: 'neutral', headline: EMPTY_HEADLINE, details: [WHAT_OURS_LOOK_LIKE], links: [] };
    case 'too-long':
      return {
        tone: 'bad',
        headline: 'This is far too long to be a token.',
        details: [
          `You pasted ${Math.round(analysis.length / 1024)} KB, so the field was emptied to keep the page responsive. Servers reject request headers past 8-16 KB, so a real token is much shorter: paste only the token.`,
        ],
        links: [guide(CHECKER_GUIDES.authenticating)],
      };
    case 'jwt-expired':
    case 'jwt-valid':
    case 'jwt-not-yet-valid':
    case 'jwt-no-expiry':
      return describeJwt(analysis, now);
    case 'jwt-malformed':
      return {
        tone: 'bad',
        headline:
          analysis.problem.code === 'appended'
            ? 'This looks like a JWT, but something was added to it.'
            : analysis.problem.part === 'structure'
              ? 'This looks like a JWT, but it is incomplete.'
              : `This looks like a JWT, but its ${analysis.problem.part} cannot be read.`,
        details: [jwtProblem(analysis.problem)],
        nextStep: 'Copy the whole token again, from “eyJ” to its last character.',
        links: [guide(CHECKER_GUIDES.unauthorized)],
      };
    case 'jwe':
      return {
        tone: 'caution',
        headline: 'This is an encrypted token (JWE): only its header can be read.',
        details: [
          'It has five parts; its claims are encrypted. Trust Leads session tokens are signed, not encrypted, so it comes from another system.',
        ],
        links: [guide(CHECKER_GUIDES.authenticating)],
      };
    case 'api-key-valid':
      return {
        tone: 'good',
        headline: 'This is a well-formed Trust Leads API key.',
        details: [
          'It is the right credential for server-side calls, and API keys do not expire. Its checksum matches; whether it has been revoked only the API can tell.',
        ],
        nextStep: `Treat it like a password: keep it out of code, chats and tickets. If it was ever shared, revoke it at ${API_KEYS_PATH} and create a new one.`,
        links: [guide(CHECKER_GUIDES.authenticating), guide(CHECKER_GUIDES.leakedKey), API_KEYS],
      };
    case 'api-key-malformed':
      return {
        tone: 'bad',
        headline: 'This looks like a Trust Leads API key, but it is not a valid one.',
        details: analysis.problems.map(keyProblem),
        nextStep: `Copy the key again in full, or ${CREATE_KEY}.`,
        links: [guide(CHECKER_GUIDES.keys), API_KEYS],
      };
    case 'api-key-placeholder':
      return {
        tone: 'caution',
        headline: analysis.ours
          ? 'This is the example key from the docs, a placeholder, not a real key.'
          : 'This is a placeholder, not a real key or token.',
        details: [
          analysis.ours
            ? '“lfk_sk_your_api_key_here” stands for your own key in examples.'
            : 'Examples put words like this where your own key goes.',
        ],
        nextStep: `To get a real one, ${CREATE_KEY}.`,
        links: [guide(CHECKER_GUIDES.keys), API_KEYS],
      };
    case 'other-credential':
      return {
        tone: 'caution',
        headline: `This looks like ${withArticle(`${analysis.vendor.vendor} ${analysis.vendor.kind}`)}, not a Trust Leads credential.`,
        details: [WHAT_OURS_LOOK_LIKE],
        nextStep: `If it is a real ${analysis.vendor.vendor} secret and you shared it anywhere, rotate it in ${analysis.vendor.vendor}.`,
        links: [guide(CHECKER_GUIDES.leakedKey)],
      };
    case 'api-error':
      return describeError(analysis.error);
    case 'unrecognized':
      return {
        tone: 'neutral',
        headline:
          analysis.reason === 'variable'
            ? 'This is a variable, not a credential: the checker needs the value it holds.'
            : analysis.reason === 'nothing-after-scheme'
              ? 'There is nothing after “Bearer”: this header carries no credential.'
              : analysis.reason === 'empty-value'
                ? 'The code sent an empty value where the credential belongs: the variable meant to hold it was not set.'
                : 'This does not look like a Trust Leads credential.',
        details: [WHAT_OURS_LOOK_LIKE],
        links: [guide(CHECKER_GUIDES.authenticating)],
      };
  }
}

/** The verdict in plain words, with the next step and its links. `nowMs` keeps "expired 5 minutes ago" current. */
export function describeAnalysis(analysis: Analysis, nowMs: number): Description {
  let description = describeVerdict(analysis, Math.floor(nowMs / 1000));
  if (analysis.warnings.some((w) => w.code === 'alg-none')) description = unsignedFirst(description);
  const also = analysis.verdict === 'api-error' ? undefined : alsoNamed(analysis.error);
  if (!also) return description;
  return { ...description, details: [...description.details, also.detail], links: [...description.links, also.link] };
}

/** One warning in plain words. */
export function describeWarning(warning: Warning): string {
  switch (warning.code) {
    case 'alg-none':
      return 'The header says “alg: none”: the token is unsigned, and no server should accept it.';
    case 'claim-in-milliseconds':
      return `“${warning.claim}” looks like milliseconds, so it was read as such: JWT times count seconds since 1970, and read as seconds it would be the year ${warning.yearAsSeconds}.`;
    case 'iat-in-future':
      return `It was issued ${formatDuration(warning.seconds)} in the future (“iat”): the clock that made it, or this device’s, is wrong.`;
    case 'long-lifetime':
      return `It lasts ${formatDuration(warning.seconds)}, far longer than the 1 hour of a Trust Leads session token.`;
    case 'clock-skew':
      return warning.seconds > 0
        ? 'It expires in less than a minute: a small difference between clocks can decide whether a server still accepts it.'
        : 'It expired less than a minute ago: a small difference between clocks can decide whether a server still accepted it.';
    case 'near-miss-prefix':
      return `It starts with “${warning.found}”, not “lfk_”: check it was not retyped by hand or changed by an editor.`;
    case 'multiple-credentials':
      return `You pasted ${warning.others + 1} credentials; only the first is checked. Paste one at a time.`;
    case 'base64-padding':
      return 'Its parts end with “=” padding, which JWTs leave out; some servers reject it.';
  }
}

/** What normalisation removed, in plain words. */
export function describeStripped(item: Stripped): string {
  switch (item.kind) {
    case 'invisible': {
      const list = item.characters.map((c) => `${c.count} × ${c.name} (${c.codePoint})`).join(', ');
      return `Removed invisible characters: ${list}. They often come from chat apps or documents and break a token.`;
    }
    case 'code-fence':
      return 'Removed the Markdown code fence.';
    case 'wrapping':
      return `Removed the “${item.open}” and “${item.close}” around it.`;
    case 'ellipsis':
      return 'Removed the “...” at its end: it marks a shortened token, as in examples, so the rest is missing.';
    case 'punctuation':
      return `Removed the “${item.characters}” after it: it ends the sentence, not the token.`;
    case 'header':
      return `Took it from the “${item.name}” header.`;
    case 'scheme':
      return `Removed “${item.name}”.`;
    case 'basic':
      return 'Decoded the Basic credentials (base64 of “user:password”) and took the credential from them.';
    case 'url':
      return `Took the value of the URL’s “${item.parameter}” parameter.`;
    case 'cookie':
      return `Took the value of the “${item.name}” cookie.`;
    case 'assignment':
      return `Took the value of “${item.name}”.`;
    case 'line-breaks':
      return 'Joined a token that was split over several lines.';
    case 'surrounding-text':
      return 'Ignored the text around it.';
  }
}
