/**
 * Realistic queries and the guides that answer them (any of them in the first three results
 * counts), by the kind of thing readers type. `[]` means the help center has nothing on it and
 * search must say so. Written from the guides' subjects, not from search output.
 */
export type Kind = 'question' | 'readers-words' | 'pasted' | 'typo' | 'british' | 'nothing';

const API = 'authenticating-api-requests';
const KEYS = 'creating-and-rotating-api-keys';
const EXPIRED = 'fixing-session-expired-errors';
const LOOPS = 'fixing-sign-in-loops-and-cookie-problems';
const SECURE = 'keeping-your-account-secure';
const MOVING = 'moving-server-side-code-from-jwts-to-api-keys';
const DEVICES = 'signing-in-and-out-across-devices';
const SIGNED_IN = 'staying-signed-in';
const UNAUTHORIZED = 'understanding-401-unauthorized-errors';
const LEAKS = 'what-to-do-if-an-api-key-leaks';

/** [kind, query, slugs of the guides that answer it]. */
export const RELEVANCE_CASES: [Kind, string, string[]][] = [
  ['question', 'why does my integration stop working after an hour', [MOVING, EXPIRED]],
  ['question', 'how do I sign out on all my devices', [DEVICES]],
  ['question', 'where do I create an api key', [KEYS, API]],
  ['question', 'how long does a session last', [SIGNED_IN, EXPIRED]],
  ['question', 'why am I signed out every day', [SIGNED_IN, LOOPS, EXPIRED]],
  ['question', 'what should I do if my api key was leaked', [LEAKS]],
  ['question', 'how do I send my api key in a request', [API]],
  ['question', 'why do I keep getting sent back to the sign in page', [LOOPS, EXPIRED, SIGNED_IN]],
  ['question', 'can I stay signed in for longer', [SIGNED_IN]],
  ['question', 'what happens to my data when my session expires', [EXPIRED, SIGNED_IN]],
  ['question', 'how do I rotate my api key without downtime', [KEYS]],
  ['question', 'what does a 401 error mean', [UNAUTHORIZED]],
  ['question', 'how do I keep my account safe', [SECURE]],
  ['question', 'is it safe to share my api key', [SECURE, LEAKS, KEYS]],
  ['question', 'do api keys expire', [KEYS, API, MOVING]],
  ['question', 'should I use a jwt or an api key for my server', [MOVING]],
  ['readers-words', 'login loop', [LOOPS]],
  ['readers-words', 'logged out after an hour', [SIGNED_IN, EXPIRED]],
  ['readers-words', 'logout all devices', [DEVICES]],
  ['readers-words', 'log out of other computers', [DEVICES]],
  ['readers-words', 'apikey', [KEYS, API]],
  ['readers-words', 'API keys', [KEYS, API]],
  ['readers-words', 'api-key rotation', [KEYS]],
  ['readers-words', 'authorization bearer header', [API, MOVING]],
  ['readers-words', 'cookies blocked', [LOOPS]],
  ['readers-words', 'incognito window signed out', [DEVICES, LOOPS]],
  ['readers-words', 'lost my laptop', [DEVICES, SECURE]],
  ['readers-words', 'stolen phone', [DEVICES, SECURE]],
  ['readers-words', 'key leaked on github', [LEAKS]],
  ['readers-words', 'revoke a key', [KEYS, LEAKS]],
  ['readers-words', 'backend keeps getting 401', [UNAUTHORIZED, MOVING, API]],
  ['readers-words', 'cron job token expired', [MOVING, EXPIRED]],
  ['readers-words', 'refresh token', [SIGNED_IN, EXPIRED]],
  ['readers-words', 'ad blocker breaks sign in', [LOOPS]],
  ['pasted', '{"error":"SESSION_EXPIRED"}', [EXPIRED]],
  ['pasted', 'Session expired. Please sign in again.', [EXPIRED]],
  ['pasted', 'HTTP/1.1 401 Unauthorized', [UNAUTHORIZED]],
  ['pasted', '2026-11-30T03:12:44Z ERROR request failed status=401 code=SESSION_EXPIRED', [EXPIRED]],
  ['pasted', 'session_expired', [EXPIRED]],
  ['pasted', 'sessionexpired', [EXPIRED]],
  ['pasted', '{"status":401,"error":{"code":"SESSION_EXPIRED","message":"Session expired"}}', [EXPIRED]],
  ['pasted', 'Authorization: Bearer lfk_sk_your_api_key_here', [API, KEYS]],
  ['pasted', '401 unauthorized api', [UNAUTHORIZED, API]],
  ['pasted', 'error 401 when calling the api from my server', [UNAUTHORIZED, MOVING, API]],
  ['typo', 'sesion expired', [EXPIRED]],
  ['typo', 'api kye', [KEYS, API]],
  ['typo', 'expird token', [EXPIRED, SIGNED_IN, MOVING]],
  ['typo', 'cookeis', [LOOPS]],
  ['typo', 'rotatte api key', [KEYS]],
  ['typo', 'authentification', [API]],
  ['typo', 'pasword', [SECURE]],
  ['typo', 'signin loop', [LOOPS]],
  ['typo', 'jwt expierd', [EXPIRED, MOVING, SIGNED_IN]],
  ['typo', 'singed out of all devices', [DEVICES]],
  ['british', 'authorisation header', [API]],
  ['british', 'unauthorised', [UNAUTHORIZED]],
  ['british', 'unauthorised request from my server', [UNAUTHORIZED, MOVING, API]],
  ['british', 'why was i logged out, behaviour changed', [SIGNED_IN, EXPIRED, LOOPS]],
  ['nothing', 'export leads to csv', []],
  ['nothing', 'change my billing plan', []],
  ['nothing', 'webhook retries', []],
  ['nothing', 'sso saml setup', []],
  ['nothing', 'dark mode', []],
  ['nothing', 'download my invoice', []],
  ['nothing', 'how do I invite a teammate', []],
];
