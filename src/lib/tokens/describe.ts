import type { Analysis, Warning } from './analyze.ts';
import { API_KEY_LENGTH } from './api-key.ts';
import type { JwtProblem } from './jwt.ts';
import type { Stripped } from './normalize.ts';
import { EMPTY_HEADLINE, WHAT_OURS_LOOK_LIKE } from './prompt.ts';
import { formatDuration, formatUtc } from './time.ts';

/** How the verdict should look: good news, a problem, or something to be careful with. */
export type Tone = 'good' | 'bad' | 'caution' | 'neutral';

/** The verdict in words: a headline, what it means, and what to do next. */
export interface Description {
  tone: Tone;
  headline: string;
  details: string[];
  nextStep?: string;
}

const CREATE_KEY = 'create an API key at /app/api-keys';

function jwtProblem(problem: JwtProblem | { part: 'structure'; code: 'part-count'; parts: number }): string {
  switch (problem.code) {
    case 'part-count':
      return `It has ${problem.parts} parts separated by dots; a signed JWT has 3 (header, payload, signature). Part of it was probably lost when copying.`;
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

/** The verdict in plain words, with the next step. `nowMs` keeps "expired 5 minutes ago" current. */
export function describeAnalysis(analysis: Analysis, nowMs: number): Description {
  const now = Math.floor(nowMs / 1000);
  switch (analysis.verdict) {
    case 'empty':
      return { tone: 'neutral', headline: EMPTY_HEADLINE, details: [WHAT_OURS_LOOK_LIKE] };
    case 'too-long':
      return {
        tone: 'bad',
        headline: 'This is far too long to be a token.',
        details: [
          `You pasted ${Math.round(analysis.length / 1024)} KB, so the field was emptied to keep the page responsive. Servers reject request headers past 8-16 KB, so a real token is much shorter: paste only the token.`,
        ],
      };
    case 'jwt-expired': {
      const exp = analysis.jwt.claims.exp!;
      return {
        tone: 'bad',
        headline: `This session token expired ${coarse(exp - now)} ago.`,
        details: [
          `It expired at ${formatUtc(exp)}. Trust Leads session tokens last 1 hour and are refreshed by the browser.`,
        ],
        nextStep: `In the browser, sign in again: your data is safe. In server-side code, stop using session tokens: ${CREATE_KEY} and send it instead.`,
      };
    }
    case 'jwt-valid': {
      const exp = analysis.jwt.claims.exp!;
      return {
        tone: 'good',
        headline:
          exp - now < 60
            ? 'This session token is valid, but expires in less than a minute.'
            : `This session token is valid for another ${formatDuration(exp - now)}.`,
        details: [
          `It expires at ${formatUtc(exp)}. JWTs are browser session tokens that expire after 1 hour. The checker cannot verify the signature: it has no secret.`,
        ],
        nextStep: `For server-side calls, ${CREATE_KEY}: API keys start with “lfk_” and do not expire.`,
      };
    }
    case 'jwt-not-yet-valid': {
      const nbf = analysis.jwt.claims.nbf!;
      return {
        tone: 'caution',
        headline: `This token is not valid until ${formatUtc(nbf)} (in ${coarse(nbf - now)}).`,
        details: ['Its “nbf” (not before) time is still in the future.'],
        nextStep: 'Check the clock of this device or server: if it is behind, set it to update automatically.',
      };
    }
    case 'jwt-no-expiry':
      return {
        tone: 'caution',
        headline: 'This JWT never expires, so it is not a Trust Leads session token.',
        details: [
          'It has no “exp” claim. Trust Leads session tokens always expire after 1 hour; never-expiring JWTs are unusual.',
        ],
        nextStep: `For server-side calls, ${CREATE_KEY}.`,
      };
    case 'jwt-malformed':
      return {
        tone: 'bad',
        headline:
          analysis.problem.part === 'structure'
            ? 'This looks like a JWT, but it is incomplete.'
            : `This looks like a JWT, but its ${analysis.problem.part} cannot be read.`,
        details: [jwtProblem(analysis.problem)],
        nextStep: 'Copy the whole token again, from “eyJ” to its last character.',
      };
    case 'jwe':
      return {
        tone: 'caution',
        headline: 'This is an encrypted token (JWE): only its header can be read.',
        details: [
          'It has five parts; its claims are encrypted. Trust Leads session tokens are signed, not encrypted, so it comes from another system.',
        ],
      };
    case 'api-key-valid':
      return {
        tone: 'good',
        headline: 'This is a well-formed Trust Leads API key.',
        details: [
          'It is the right credential for server-side calls, and API keys do not expire. Its checksum matches; whether it has been revoked only the API can tell.',
        ],
        nextStep: 'Treat it like a password: keep it out of code, chats and tickets.',
      };
    case 'api-key-malformed':
      return {
        tone: 'bad',
        headline: 'This looks like a Trust Leads API key, but it is not a valid one.',
        details: analysis.problems.map(keyProblem),
        nextStep: `Copy the key again in full, or ${CREATE_KEY}.`,
      };
    case 'api-key-placeholder':
      return {
        tone: 'caution',
        headline: 'This is the example key from the docs, not a real key.',
        details: ['“lfk_sk_your_api_key_here” stands for your own key in examples.'],
        nextStep: `To get a real one, ${CREATE_KEY}.`,
      };
    case 'other-credential':
      return {
        tone: 'caution',
        headline: `This looks like a ${analysis.vendor.vendor} ${analysis.vendor.kind}, not a Trust Leads credential.`,
        details: [WHAT_OURS_LOOK_LIKE],
        nextStep: `If it is a real ${analysis.vendor.vendor} secret and you shared it anywhere, rotate it in ${analysis.vendor.vendor}.`,
      };
    case 'unrecognized':
      return {
        tone: 'neutral',
        headline: 'This does not look like a Trust Leads credential.',
        details: [WHAT_OURS_LOOK_LIKE],
      };
  }
}

/** One warning in plain words. */
export function describeWarning(warning: Warning): string {
  switch (warning.code) {
    case 'alg-none':
      return 'The header says “alg: none”: the token is unsigned, and no server should accept it.';
    case 'claim-in-milliseconds':
      return `“${warning.claim}” looks like milliseconds, not seconds: JWT times count seconds since 1970, so as written it is thousands of years away.`;
    case 'iat-in-future':
      return `It was issued ${formatDuration(warning.seconds)} in the future (“iat”): the clock that made it, or this device’s, is wrong.`;
    case 'long-lifetime':
      return `It lasts ${formatDuration(warning.seconds)}, far longer than the 1 hour of a Trust Leads session token.`;
    case 'clock-skew':
      return warning.seconds >= 0
        ? `It expires in ${formatDuration(warning.seconds)}: a small difference between clocks can decide whether a server still accepts it.`
        : `It expired only ${formatDuration(warning.seconds)} ago: a small difference between clocks can decide whether a server still accepted it.`;
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
    case 'quotes':
      return 'Removed the quotes around it.';
    case 'header':
      return `Removed the “${item.name}:” header name.`;
    case 'bearer':
      return 'Removed “Bearer”.';
    case 'url':
      return `Took the token from the URL’s “${item.parameter}” parameter.`;
    case 'cookie':
      return `Took the value of the “${item.name}” cookie.`;
    case 'assignment':
      return `Took the value of “${item.name}”.`;
    case 'line-breaks':
      return 'Joined a token that was split over several lines.';
    case 'surrounding-text':
      return 'Ignored the text around the token.';
  }
}
