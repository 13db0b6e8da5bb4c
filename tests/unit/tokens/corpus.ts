// Pastes as readers really make them: what terminals, HTTP clients, config files, chat apps and
// browsers hand them. Every token is built at run time (real HS256 signatures, real CRC-32 key
// checksums) around the one moment NOW, so the expected words never drift.
import { apiKeyFromRandom } from '../../../src/lib/tokens/index.ts';
import { b64, NOW, signedJwt } from './fixtures.ts';

/** One paste and what the reader must be told. */
export interface CorpusCase {
  name: string;
  input: string;
  verdict: string;
  /** Words (or patterns) the reader must see somewhere in the answer. */
  words: (string | RegExp)[];
  /** The guide the answer must link to. */
  guide?: string;
  /** The error code on `data-error-code`. */
  errorCode?: string;
  /** Words the reader must not see. */
  not?: (string | RegExp)[];
}

const user = { sub: 'usr_8f2k1', email: 'ana@example.com', iss: 'https://trustleads.ai' };
/** Expired 6 minutes ago, after its hour. */
const EXPIRED = signedJwt({ ...user, iat: NOW - 3960, exp: NOW - 360 });
/** 30 minutes left of its hour. */
const VALID = signedJwt({ ...user, iat: NOW - 1800, exp: NOW + 1800 });
/** An RS256 token with a key id, as identity providers sign them. */
const RS256 = signedJwt({ ...user, iat: NOW - 600, exp: NOW + 3000 }, { alg: 'RS256', typ: 'JWT', kid: 'k1-2026' });
/** A refresh token: 7 days, as the source article says. */
const REFRESH = signedJwt({ sub: user.sub, typ: 'refresh', iat: NOW - 3600, exp: NOW - 3600 + 7 * 86400 });
const KEY = apiKeyFromRandom('7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g');
const KEY2 = apiKeyFromRandom('Zx81PqLmN0aB3cD4eF5gH6iJ7kL8mN');
const KEY3 = apiKeyFromRandom('0000aaaaBBBBccccDDDDeeeeFFFFgg');
const [h, p, s] = EXPIRED.split('.') as [string, string, string];
const [vh, vp, vs] = VALID.split('.') as [string, string, string];

const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!;
const changed = (key: string, at: number) => key.slice(0, at) + (key[at] === 'Q' ? 'R' : 'Q') + key.slice(at + 1);

const expired = ['expired 6 minutes ago'];
const valid = ['valid for another 30 minutes'];
const keyOk = ['well-formed Trust Leads API key'];
const SESSION = 'fixing-session-expired-errors';
const MOVE = 'moving-server-side-code-from-jwts-to-api-keys';
const KEYS = 'creating-and-rotating-api-keys';
const LEAK = 'what-to-do-if-an-api-key-leaks';
const AUTH = 'authenticating-api-requests';

const jwtKinds: CorpusCase[] = [
  { name: 'an expired token alone', input: EXPIRED, verdict: 'jwt-expired', words: expired, guide: SESSION },
  { name: 'a valid token alone', input: VALID, verdict: 'jwt-valid', words: valid, guide: MOVE },
  { name: 'an RS256 token with kid', input: RS256, verdict: 'jwt-valid', words: ['valid for another 50 minutes'] },
  {
    name: 'a JWT broken at its dots',
    input: `${h}.\n${p}.\n${s}`,
    verdict: 'jwt-expired',
    words: [...expired, 'Joined'],
    guide: SESSION,
  },
  {
    name: 'a JWT broken before its dots, CRLF',
    input: `${h}\r\n.${p}\r\n.${s}`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a JWT laid out as in RFC 7519 §3.1',
    input: `     ${h}\n     .\n     ${wrap(p, 64).join('\n     ')}\n     .\n     ${s}`,
    verdict: 'jwt-expired',
    words: [...expired, 'Joined'],
  },
  {
    name: 'a JWT wrapped at 76 characters in an email',
    input: wrap(VALID, 76).join('\n'),
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'a JWT split at dots with indentation and tabs',
    input: `\t${vh}.\n\t${vp}.\n\t${vs}\n`,
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'a JWT with spaces around its dots',
    input: `${vh} . ${vp} . ${vs}`,
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'a JWT with an indented line per part, dots leading',
    input: `${h}\n    .${p}\n    .${s}`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a JSON token response',
    input: JSON.stringify({ access_token: VALID, token_type: 'Bearer', expires_in: 1800, scope: 'leads:read' }),
    verdict: 'jwt-valid',
    words: [...valid, 'access_token'],
  },
  {
    name: 'a pretty-printed token response with a refresh token',
    input: JSON.stringify(
      { access_token: EXPIRED, token_type: 'Bearer', expires_in: 3600, refresh_token: REFRESH },
      null,
      2,
    ),
    verdict: 'jwt-expired',
    words: [...expired, 'access_token'],
    guide: SESSION,
  },
  {
    name: 'an id_token response',
    input: `{"id_token":"${RS256}","token_type":"Bearer"}`,
    verdict: 'jwt-valid',
    words: ['valid for another 50 minutes'],
  },
  {
    name: 'a 7-day refresh token',
    input: REFRESH,
    verdict: 'jwt-valid',
    words: ['refresh token', '7 days'],
    guide: 'staying-signed-in',
    not: ['far longer'],
  },
  {
    name: 'exp in milliseconds, still valid',
    input: signedJwt({ ...user, iat: (NOW - 1800) * 1000, exp: (NOW + 1800) * 1000 }),
    verdict: 'jwt-valid',
    words: [...valid, 'looks like milliseconds', `the year ${new Date((NOW + 1800) * 1e6).getUTCFullYear()}`],
  },
  {
    name: 'exp in milliseconds, expired',
    input: signedJwt({ sub: 'x', exp: (NOW - 360) * 1000 }),
    verdict: 'jwt-expired',
    words: [...expired, 'milliseconds'],
    guide: SESSION,
  },
  {
    name: 'a token expiring this very second',
    input: signedJwt({ ...user, iat: NOW - 3600, exp: NOW }),
    verdict: 'jwt-expired',
    words: ['expired'],
    not: ['expires in 0 seconds', 'expires in'],
  },
  {
    name: 'an unsigned token (alg none) that is not expired',
    input: `${b64('{"alg":"none","typ":"JWT"}')}.${b64(JSON.stringify({ ...user, exp: NOW + 1800 }))}.`,
    verdict: 'jwt-valid',
    words: [/^This token is unsigned/, 'alg: none'],
  },
  {
    name: 'a JWT with something appended',
    input: `${VALID}.ZXh0cmE`,
    verdict: 'jwt-malformed',
    words: ['added'],
    not: ['lost'],
  },
  {
    name: 'a JWT cut off after its payload',
    input: `${vh}.${vp.slice(0, 20)}`,
    verdict: 'jwt-malformed',
    words: [/cut off|lost/],
  },
  {
    name: 'a JWT with no exp',
    input: signedJwt({ sub: 'svc', scope: 'admin' }),
    verdict: 'jwt-no-expiry',
    words: ['never expires'],
  },
  {
    name: 'a JWT not valid yet',
    input: signedJwt({ ...user, nbf: NOW + 600, exp: NOW + 4200 }),
    verdict: 'jwt-not-yet-valid',
    words: ['not valid until', 'clock'],
  },
  {
    name: 'a JWT issued in the future',
    input: signedJwt({ ...user, iat: NOW + 300, exp: NOW + 3900 }),
    verdict: 'jwt-valid',
    words: ['in the future'],
  },
  {
    name: 'a JWT whose exp is beyond any calendar',
    input: signedJwt({ sub: 'x', exp: 1e20 }),
    verdict: 'jwt-valid',
    words: [/9999/],
    not: [/\d{5}-\d\d-\d\d/],
  },
  {
    name: 'a JWT with exp as text',
    input: signedJwt({ sub: 'x', exp: 'tomorrow' }),
    verdict: 'jwt-malformed',
    words: ['“exp” claim is a string'],
  },
  {
    name: 'an encrypted token',
    input: `${b64('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`,
    verdict: 'jwe',
    words: ['encrypted'],
  },
  {
    name: 'a JWT in standard base64',
    input: `${h}.${p.replace(/-/g, '+').replace(/_/g, '/')}+/.${s}`,
    verdict: 'jwt-malformed',
    words: ['base64url'],
  },
];

const wrappers: CorpusCase[] = [
  { name: 'in double quotes', input: `"${EXPIRED}"`, verdict: 'jwt-expired', words: expired },
  { name: 'in backticks', input: `\`${KEY}\``, verdict: 'api-key-valid', words: keyOk },
  { name: 'in angle brackets', input: `<${KEY}>`, verdict: 'api-key-valid', words: keyOk },
  { name: 'in single guillemets', input: `‹${EXPIRED}›`, verdict: 'jwt-expired', words: expired },
  { name: 'in double guillemets', input: `«${KEY}»`, verdict: 'api-key-valid', words: keyOk },
  { name: 'in typographic quotes', input: `“${KEY}”`, verdict: 'api-key-valid', words: keyOk },
  { name: 'in a Markdown code fence', input: '```\n' + EXPIRED + '\n```', verdict: 'jwt-expired', words: expired },
  {
    name: 'a header in an http code fence',
    input: '```http\nAuthorization: Bearer ' + KEY + '\n```\n',
    verdict: 'api-key-valid',
    words: keyOk,
  },
  { name: 'in bold Markdown', input: `**${KEY}**`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a sentence ending in a full stop', input: `My key is ${KEY}.`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a JWT followed by a full stop', input: `here: ${VALID}.`, verdict: 'jwt-valid', words: valid },
  { name: 'a key followed by a comma', input: `${KEY},`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a key in parentheses', input: `(${KEY})`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a token and a question mark', input: `${EXPIRED}?`, verdict: 'jwt-expired', words: expired },
  { name: 'a key and an exclamation mark', input: `${KEY}!`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a key and a semicolon', input: `${KEY};`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a quoted key and a full stop', input: `"${KEY}".`, verdict: 'api-key-valid', words: keyOk },
  { name: 'an e-mail quote', input: `> ${KEY}`, verdict: 'api-key-valid', words: keyOk },
];

const invisibles: [string, number][] = [
  ['zero-width space', 0x200b],
  ['zero-width non-joiner', 0x200c],
  ['zero-width joiner', 0x200d],
  ['word joiner', 0x2060],
  ['byte order mark', 0xfeff],
  ['soft hyphen', 0xad],
  ['left-to-right mark', 0x200e],
  ['right-to-left mark', 0x200f],
  ['left-to-right embedding', 0x202a],
  ['right-to-left embedding', 0x202b],
  ['pop directional formatting', 0x202c],
  ['left-to-right override', 0x202d],
  ['right-to-left override', 0x202e],
  ['left-to-right isolate', 0x2066],
  ['right-to-left isolate', 0x2067],
  ['first strong isolate', 0x2068],
  ['pop directional isolate', 0x2069],
  ['Arabic letter mark', 0x061c],
  ['Mongolian vowel separator', 0x180e],
  ['invisible separator', 0x2063],
];
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

const invisibleCases: CorpusCase[] = [
  ...invisibles.map(([name, code], i): CorpusCase => {
    const c = String.fromCodePoint(code);
    const onKey = i % 2 === 0;
    const target = onKey ? KEY : EXPIRED;
    return {
      name: `a ${name} inside`,
      input: i % 3 === 0 ? `${c}${target}${c}` : `${target.slice(0, 17)}${c}${target.slice(17)}`,
      verdict: onKey ? 'api-key-valid' : 'jwt-expired',
      words: [onKey ? keyOk[0]! : expired[0]!, 'Removed invisible characters', hex(code)],
    };
  }),
  {
    name: 'no-break spaces around Bearer',
    input: `Authorization:\u00a0Bearer\u00a0${KEY}\u00a0`,
    verdict: 'api-key-valid',
    words: [...keyOk, 'U+00A0'],
  },
  {
    name: 'an RTL mark and a zero-width space in a header',
    input: `\u200fAuthorization: Bearer ${EXPIRED.slice(0, 40)}\u200b${EXPIRED.slice(40)}\u200f`,
    verdict: 'jwt-expired',
    words: [...expired, 'U+200F', 'U+200B'],
  },
  {
    name: 'ideographic and narrow spaces around a key',
    input: `\u3000${KEY}\u202f`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
];

const commandLines: CorpusCase[] = [
  {
    name: 'curl with -H "Authorization: Bearer"',
    input: `curl -H "Authorization: Bearer ${EXPIRED}" https://api.trustleads.ai/v1/leads`,
    verdict: 'jwt-expired',
    words: expired,
    guide: SESSION,
  },
  {
    name: 'curl with single-quoted x-api-key',
    input: `curl -s -H 'x-api-key: ${KEY}' 'https://api.trustleads.ai/v1/leads?limit=10'`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a multi-line bash curl with continuations',
    input: `curl -X POST https://api.trustleads.ai/v1/leads \\\n  -H "Authorization: Bearer ${KEY}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"Acme"}'`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'curl --header with a truncated key',
    input: `curl --header "Authorization: Bearer ${KEY.slice(0, 36)}" https://api.trustleads.ai/v1/leads`,
    verdict: 'api-key-malformed',
    words: ['36 characters long', 'cut off'],
    guide: KEYS,
  },
  {
    name: 'PowerShell curl.exe with backtick continuations',
    input: `curl.exe -X GET "https://api.trustleads.ai/v1/leads" \`\n  -H "Authorization: Bearer ${VALID}" \`\n  -H "Accept: application/json"`,
    verdict: 'jwt-valid',
    words: valid,
    guide: MOVE,
  },
  {
    name: 'PowerShell Invoke-RestMethod',
    input: `Invoke-RestMethod -Uri "https://api.trustleads.ai/v1/leads" -Headers @{ Authorization = "Bearer ${KEY}" }`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'cmd curl with caret continuations',
    input: `curl -H "Authorization: Bearer ${EXPIRED}" ^\n  https://api.trustleads.ai/v1/leads`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'curl with -u and a key as the user',
    input: `curl -u ${KEY}: https://api.trustleads.ai/v1/leads`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'curl with a cookie',
    input: `curl -b 'tl_session=${EXPIRED}' https://trustleads.ai/app`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'HTTPie with a header',
    input: `http GET https://api.trustleads.ai/v1/leads Authorization:"Bearer ${KEY}"`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'HTTPie with x-api-key',
    input: `http https://api.trustleads.ai/v1/leads x-api-key:${changed(KEY, 20)}`,
    verdict: 'api-key-malformed',
    words: ['checksum does not match'],
    guide: KEYS,
  },
  {
    name: 'HTTPie bearer auth',
    input: `http -A bearer -a ${VALID} https://api.trustleads.ai/v1/me`,
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'fetch with an Authorization header',
    input: `fetch("https://api.trustleads.ai/v1/leads", {\n  headers: { Authorization: "Bearer ${EXPIRED}" },\n});`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'axios with x-api-key',
    input: `const res = await axios.get('https://api.trustleads.ai/v1/leads', {\n  headers: { 'x-api-key': '${KEY}' },\n});`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'Python requests',
    input: `requests.get(url, headers={"Authorization": "Bearer ${KEY2}"})`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a Postman header export',
    input: JSON.stringify([{ key: 'Authorization', value: `Bearer ${EXPIRED}`, type: 'text' }], null, 2),
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a Postman bearer auth export',
    input: JSON.stringify({ auth: { type: 'bearer', bearer: [{ key: 'token', value: VALID, type: 'string' }] } }),
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'an Insomnia header export',
    input: JSON.stringify({ headers: [{ name: 'x-api-key', value: KEY3 }] }),
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a Postman bulk-edit header line',
    input: `Authorization:Bearer ${KEY}\nContent-Type:application/json`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a JSON body holding a key',
    input: `{"api_key": "${KEY}", "name": "CRM sync"}`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a nested JSON config holding a key',
    input: JSON.stringify({ trustleads: { apiKey: KEY, baseUrl: 'https://api.trustleads.ai' } }, null, 2),
    verdict: 'api-key-valid',
    words: keyOk,
  },
];

const configLines: CorpusCase[] = [
  { name: 'an .env line', input: `TRUST_LEADS_API_KEY=${KEY}`, verdict: 'api-key-valid', words: keyOk },
  {
    name: 'an .env file with comments',
    input: `# production\nTRUST_LEADS_API_KEY=${KEY}  # rotated in November\n`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'export with double quotes',
    input: `export TRUST_LEADS_API_KEY="${KEY}"`,
    verdict: 'api-key-valid',
    words: [...keyOk, 'TRUST_LEADS_API_KEY'],
  },
  {
    name: 'export with single quotes and a JWT',
    input: `export TL_TOKEN='${EXPIRED}'`,
    verdict: 'jwt-expired',
    words: [...expired, 'TL_TOKEN'],
  },
  { name: 'cmd set', input: `set TRUST_LEADS_API_KEY=${KEY}`, verdict: 'api-key-valid', words: keyOk },
  { name: 'cmd set with quotes', input: `set "TRUST_LEADS_API_KEY=${KEY}"`, verdict: 'api-key-valid', words: keyOk },
  {
    name: 'PowerShell $env:',
    input: `$env:TRUST_LEADS_API_KEY = "${KEY}"`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  { name: 'setx', input: `setx TRUST_LEADS_API_KEY "${KEY}"`, verdict: 'api-key-valid', words: keyOk },
  { name: 'a YAML line', input: `api_key: ${KEY}`, verdict: 'api-key-valid', words: keyOk },
  {
    name: 'a YAML block with headers',
    input: `trustleads:\n  base_url: https://api.trustleads.ai\n  headers:\n    Authorization: "Bearer ${EXPIRED}"\n`,
    verdict: 'jwt-expired',
    words: expired,
  },
  { name: 'a TOML line', input: `api_key = "${KEY}"`, verdict: 'api-key-valid', words: keyOk },
  {
    name: 'a TOML table',
    input: `[trustleads]\nendpoint = "https://api.trustleads.ai"\ntoken = "${VALID}"`,
    verdict: 'jwt-valid',
    words: valid,
  },
];

const headerLines: CorpusCase[] = [
  {
    name: 'Authorization with odd spacing',
    input: `Authorization :   Bearer    ${KEY}`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  { name: 'lower case, no space', input: `authorization:bearer ${EXPIRED}`, verdict: 'jwt-expired', words: expired },
  { name: 'upper case', input: `AUTHORIZATION: BEARER ${KEY}`, verdict: 'api-key-valid', words: keyOk },
  { name: 'Bearer with a colon', input: `Authorization: Bearer: ${KEY}`, verdict: 'api-key-valid', words: keyOk },
  { name: 'Bearer and a tab', input: `Bearer\t${VALID}`, verdict: 'jwt-valid', words: valid },
  { name: 'Token scheme', input: `Authorization: Token ${KEY}`, verdict: 'api-key-valid', words: keyOk },
  {
    name: 'Basic auth with the key as user',
    input: `Authorization: Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
    verdict: 'api-key-valid',
    words: [...keyOk, 'Basic'],
  },
  {
    name: 'a request copied from DevTools',
    input: `GET /v1/leads HTTP/1.1\nHost: api.trustleads.ai\nAccept: */*\nAuthorization: Bearer ${EXPIRED}\nUser-Agent: curl/8.5.0`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a Cookie header',
    input: `Cookie: theme=dark; tl_session=${EXPIRED}; lang=en`,
    verdict: 'jwt-expired',
    words: [...expired, 'tl_session'],
  },
  {
    name: 'a Set-Cookie header',
    input: `Set-Cookie: tl_session=${VALID}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    verdict: 'jwt-valid',
    words: valid,
  },
  {
    name: 'a DevTools cookie row',
    input: `tl_session\t${EXPIRED}\ttrustleads.ai\t/\tSession\t512\t✓\t✓\tLax`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a URL fragment',
    input: `https://trustleads.ai/auth/callback#access_token=${VALID}&token_type=Bearer&expires_in=1800`,
    verdict: 'jwt-valid',
    words: [...valid, 'access_token'],
  },
  {
    name: 'a URL query with an API key',
    input: `https://api.trustleads.ai/v1/leads?api_key=${KEY}&page=2`,
    verdict: 'api-key-valid',
    words: keyOk,
  },
  {
    name: 'a URL in angle brackets with a fragment',
    input: `<https://trustleads.ai/#token=${EXPIRED}>`,
    verdict: 'jwt-expired',
    words: expired,
  },
  {
    name: 'a URL with a percent-encoded token',
    input: `https://trustleads.ai/verify?token=${encodeURIComponent(EXPIRED)}&next=%2Fapp`,
    verdict: 'jwt-expired',
    words: expired,
  },
];

const placeholders: CorpusCase[] = [
  ...[
    'lfk_sk_your_api_key_here',
    'LFK_SK_YOUR_API_KEY_HERE',
    'Lfk_Sk_Your_Api_Key_Here',
    'lfk_sk_YOUR_API_KEY_HERE',
    'lfk_sk_YOUR_API_KEY',
    'lfk_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'lfk_sk_...',
    'lfk_sk_<your-key>',
    'lfk_sk_************',
    'Authorization: Bearer lfk_sk_your_api_key_here',
    'export TRUST_LEADS_API_KEY=LFK_SK_YOUR_API_KEY_HERE',
    'YOUR_API_KEY',
    'Authorization: Bearer <YOUR_API_KEY>',
    'x-api-key: your-api-key-here',
  ].map((input): CorpusCase => ({
    name: `the placeholder ${input}`,
    input,
    verdict: 'api-key-placeholder',
    words: ['placeholder'],
    guide: KEYS,
  })),
];

const keys: CorpusCase[] = [
  { name: 'a key alone', input: KEY, verdict: 'api-key-valid', words: keyOk, guide: AUTH },
  {
    name: 'a key with one character changed',
    input: changed(KEY, 25),
    verdict: 'api-key-malformed',
    words: ['checksum'],
    guide: KEYS,
  },
  {
    name: 'a key of another type',
    input: KEY.replace('_sk_', '_pk_'),
    verdict: 'api-key-malformed',
    words: ['“pk”'],
    guide: KEYS,
  },
  {
    name: 'a key with the prefix in capitals',
    input: KEY.replace('lfk_', 'LFK_'),
    verdict: 'api-key-malformed',
    words: ['LFK_'],
    guide: KEYS,
  },
  { name: 'a key with lfk-', input: KEY.replace('lfk_', 'lfk-'), verdict: 'api-key-malformed', words: ['lfk-'] },
  { name: 'a key cut short', input: KEY.slice(0, 30), verdict: 'api-key-malformed', words: ['cut off'] },
  {
    name: 'a key with a character added',
    input: KEY + 'x',
    verdict: 'api-key-malformed',
    words: ['44 characters long'],
  },
];

const vendors: [string, string, string][] = [
  ['GitHub personal access token', `ghp_${'a1B2c3D4e5F6g7H8i9J0'}k1L2m3N4o5P6q7R8`, 'a GitHub'],
  ['GitHub fine-grained token', `github_pat_11ABCDEFG0${'123456789'}_abcdefghijklmnopqrstuvwxyz`, 'GitHub'],
  ['GitHub OAuth token', `gho_${'16C7e42F292c6912E7710c838347Ae178B4a'}`, 'GitHub'],
  ['GitLab token', `glpat-${'xxYY1234abcdEFGH5678'}`, 'GitLab'],
  ['Stripe live secret key', `sk_live_${'51HabcdefGHIJKLmnopQRSTuv'}`, 'a Stripe secret key'],
  ['Stripe restricted key', `rk_test_${'51HabcdefGHIJKLmnopQRSTuv'}`, 'Stripe'],
  ['Slack bot token', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'Slack'],
  ['OpenAI project key', `sk-proj-${'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'}`, 'an OpenAI API key'],
  ['Anthropic key', `sk-ant-api03-${'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'}`, 'an Anthropic API key'],
  ['AWS access key ID', 'AKIAIOSFODNN7EXAMPLE', 'an AWS access key'],
  ['Google API key', `AIza${'SyA1234567890abcdefghijklmnopqrstuv'}`, 'a Google API key'],
  ['SendGrid key', `SG.${'abcdefghijklmnopqrstuv'}.${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq'}`, 'SendGrid'],
  ['npm token', `npm_${'abcdefghijklmnopqrstuvwxyz0123456789'}`, 'an npm'],
  ['Hugging Face token', `hf_${'abcdefghijklmnopqrstuvwxyzABCDEFGH'}`, 'Hugging Face'],
  ['DigitalOcean token', `dop_v1_${'a'.repeat(64)}`, 'DigitalOcean'],
  ['Postman key', `PMAK-${'0123456789abcdef01234567'}-${'0123456789abcdef0123456789abcdef01'}`, 'Postman'],
  ['Twilio API key SID', `SK${'0123456789abcdef0123456789abcdef'}`, 'Twilio'],
  ['Shopify access token', `shpat_${'0123456789abcdef0123456789abcdef'}`, 'Shopify'],
];

const otherCredentials: CorpusCase[] = [
  ...vendors.map(([name, input, word]): CorpusCase => ({
    name: `a ${name}`,
    input,
    verdict: 'other-credential',
    words: [word, 'not a Trust Leads credential'],
    guide: LEAK,
  })),
  {
    name: 'an AWS key in an export line',
    input: 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    verdict: 'other-credential',
    words: ['an AWS access key'],
    guide: LEAK,
  },
  {
    name: 'a Stripe key in a curl -u',
    input: `curl https://api.stripe.com/v1/charges -u sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}:`,
    verdict: 'other-credential',
    words: ['Stripe'],
    guide: LEAK,
  },
];

const several: CorpusCase[] = [
  {
    name: 'a JWT and a key on two lines',
    input: `${EXPIRED}\n${KEY}`,
    verdict: 'jwt-expired',
    words: [...expired, '2 credentials'],
  },
  {
    name: 'two keys in an .env file',
    input: `TRUST_LEADS_API_KEY=${KEY}\nTRUST_LEADS_API_KEY_OLD=${KEY2}`,
    verdict: 'api-key-valid',
    words: [...keyOk, '2 credentials'],
  },
  {
    name: 'a key and a GitHub token',
    input: `TL=${KEY} GH=ghp_${'a1B2c3D4e5F6g7H8i9J0'}k1L2m3N4o5P6q7R8`,
    verdict: 'api-key-valid',
    words: [...keyOk, '2 credentials'],
  },
];

const errorBody = (code: string) =>
  `{"error":{"code":"${code}","message":"Your session has expired. Please sign in again."}}`;
const errors: CorpusCase[] = [
  {
    name: 'a full HTTP response with a JSON error',
    input: `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nContent-Length: 88\n\n${errorBody('SESSION_EXPIRED')}`,
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED', 'expired'],
    guide: SESSION,
  },
  {
    name: 'a JSON error body',
    input: errorBody('SESSION_EXPIRED'),
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'a flat JSON error',
    input: '{"error":"SESSION_EXPIRED","status":401}',
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'the registry example: status line and code',
    input: 'HTTP/1.1 401 Unauthorized\n\nSESSION_EXPIRED',
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'a log line',
    input:
      '2026-11-28T11:59:01.114Z ERROR [sync] GET /v1/leads failed: status=401 code=SESSION_EXPIRED request_id=req_7f3a',
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'an axios error dump',
    input:
      "AxiosError: Request failed with status code 401\n  response: { status: 401, data: { error: 'SESSION_EXPIRED' } }",
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'a code in lower case in a log',
    input: 'level=warn msg="request rejected" status=401 error=session_expired',
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'the code alone',
    input: 'SESSION_EXPIRED',
    verdict: 'api-error',
    errorCode: 'SESSION_EXPIRED',
    words: ['SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'an unknown code in an error body',
    input: 'HTTP/1.1 403 Forbidden\n\n{"error":{"code":"INSUFFICIENT_SCOPE","message":"Missing scope"}}',
    verdict: 'api-error',
    errorCode: 'INSUFFICIENT_SCOPE',
    words: ['INSUFFICIENT_SCOPE', 'not documented', '/search/?q=INSUFFICIENT_SCOPE'],
  },
  {
    name: 'an unknown code in a log line',
    input: 'ERROR 429 code=RATE_LIMITED retry_after=30',
    verdict: 'api-error',
    errorCode: 'RATE_LIMITED',
    words: ['RATE_LIMITED', 'not documented'],
  },
  {
    name: 'a credential and the error it got',
    input: `curl -i -H "Authorization: Bearer ${EXPIRED}" https://api.trustleads.ai/v1/leads\nHTTP/2 401\ncontent-type: application/json\n\n{"error":{"code":"SESSION_EXPIRED"}}`,
    verdict: 'jwt-expired',
    errorCode: 'SESSION_EXPIRED',
    words: [...expired, 'SESSION_EXPIRED'],
    guide: SESSION,
  },
  {
    name: 'a bare 401 status line',
    input: 'HTTP/1.1 401 Unauthorized',
    verdict: 'api-error',
    words: ['401'],
    guide: 'understanding-401-unauthorized-errors',
  },
];

const others: CorpusCase[] = [
  {
    name: 'plain words',
    input: 'my password is hunter2',
    verdict: 'unrecognized',
    words: ['eyJ', 'lfk_'],
    guide: AUTH,
  },
  { name: 'a UUID', input: '123e4567-e89b-12d3-a456-426614174000', verdict: 'unrecognized', words: ['lfk_'] },
  { name: 'an e-mail address', input: 'ana@example.com', verdict: 'unrecognized', words: ['lfk_'] },
  {
    name: 'Bearer with nothing after it',
    input: 'Authorization: Bearer ',
    verdict: 'unrecognized',
    words: ['nothing after'],
  },
  {
    name: 'a shell variable instead of a value',
    input: 'curl -H "Authorization: Bearer $TRUST_LEADS_API_KEY" https://api.trustleads.ai/v1/leads',
    verdict: 'unrecognized',
    words: ['variable'],
  },
  {
    name: 'a Postman variable',
    input: 'Authorization: Bearer {{token}}',
    verdict: 'unrecognized',
    words: ['variable'],
  },
  {
    name: 'a variable that was never set',
    input: 'curl -H "Authorization: Bearer undefined" https://api.trustleads.ai/v1/leads',
    verdict: 'unrecognized',
    words: ['empty value', 'not set'],
  },
  {
    name: 'None from Python',
    input: "headers={'Authorization': 'Bearer None'}",
    verdict: 'unrecognized',
    words: ['empty value'],
  },
  { name: 'nothing', input: '', verdict: 'empty', words: ['Paste a token'] },
  { name: 'a 5 MB paste', input: 'eyJ'.repeat(1_750_000), verdict: 'too-long', words: ['far too long'] },
];

const K4 = apiKeyFromRandom('QwErTyUiOp1234567890AsDfGhJkLz');
const E4 = signedJwt({ sub: 'u_1', email: 'x@y.z', iat: NOW - 7200, exp: NOW - 3600 });
const V4 = signedJwt({ sub: 'u_1', iat: NOW - 60, exp: NOW + 3540 });
const [h4, p4, s4] = E4.split('.') as [string, string, string];
const WORDS: Record<string, (string | RegExp)[]> = {
  'jwt-expired': ['expired 1 hour ago'],
  'jwt-valid': ['valid for another'],
  'jwt-no-expiry': ['never expires'],
  'api-key-valid': keyOk,
  'api-key-placeholder': ['placeholder'],
  'other-credential': ['not a Trust Leads credential'],
  'api-error': [/SESSION_EXPIRED|not documented|HTTP 401/],
  unrecognized: [/Trust Leads credential|empty value/],
};
const moreStyles: CorpusCase[] = (
  [
    [`Authorization: Bearer ${E4}\r\n`, 'jwt-expired'],
    [`"Authorization": "Bearer ${E4}",`, 'jwt-expired'],
    [`'Authorization': f'Bearer ${K4}'`, 'api-key-valid'],
    [
      `curl --location 'https://api.trustleads.ai/v1/leads' \\\n--header 'Authorization: Bearer ${K4}'`,
      'api-key-valid',
    ],
    [`curl -sS -X GET -H "X-API-Key: ${K4}" "https://api.trustleads.ai/v1/leads?status=new"`, 'api-key-valid'],
    [`headers = {\n    "Authorization": "Bearer ${V4}",\n    "Content-Type": "application/json",\n}`, 'jwt-valid'],
    [`client = TrustLeads(api_key="${K4}")`, 'api-key-valid'],
    [`const client = new TrustLeads({ apiKey: process.env.TRUST_LEADS_API_KEY ?? '${K4}' });`, 'api-key-valid'],
    [`TRUST_LEADS_API_KEY="${K4}"\n`, 'api-key-valid'],
    [`  - name: TRUST_LEADS_API_KEY\n    value: "${K4}"`, 'api-key-valid'],
    [`[default]\napi_key = ${K4}`, 'api-key-valid'],
    [`${h4}\n.\n${p4}\n.\n${s4}`, 'jwt-expired'],
    [`${h4}.${p4}.\n${s4}`, 'jwt-expired'],
    [`   ${h4}.\n   ${p4}.\n   ${s4}   `, 'jwt-expired'],
    [
      `token=${E4}; Domain=.trustleads.ai; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure`,
      'jwt-expired',
    ],
    [`https://trustleads.ai/oauth/callback?code=abc&state=xyz#id_token=${V4}&expires_in=3600`, 'jwt-valid'],
    [`\`\`\`bash\ncurl -H "Authorization: Bearer ${K4}" https://api.trustleads.ai/v1/me\n\`\`\``, 'api-key-valid'],
    [`Why does \`${K4}\` not work?`, 'api-key-valid'],
    [`key: «${K4}».`, 'api-key-valid'],
    [`${K4.slice(0, 10)}\u200b\u200b${K4.slice(10)}`, 'api-key-valid'],
    [`\u2066${K4}\u2069`, 'api-key-valid'],
    [`\u202a${E4}\u202c`, 'jwt-expired'],
    [`\ufeff${V4}`, 'jwt-valid'],
    [`lfk_sk_YOUR_KEY_HERE`, 'api-key-placeholder'],
    [`Authorization: Bearer LFK_SK_YOUR_API_KEY_HERE`, 'api-key-placeholder'],
    [`lfk_sk_your_api_key_here.`, 'api-key-placeholder'],
    [`"lfk_sk_your_api_key_here"`, 'api-key-placeholder'],
    [`sk-proj-abcdEFGHijklMNOPqrstUVWX0123456789abcdEFGH`, 'other-credential'],
    [`Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a`, 'other-credential'],
    [
      `AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE`,
      'other-credential',
    ],
    [`xoxp-1234567890-1234567890-1234567890-abcdefabcdefabcdefabcdefabcdef12`, 'other-credential'],
    [
      `< HTTP/1.1 401 Unauthorized\n< content-type: application/json\n<\n{"error":{"code":"SESSION_EXPIRED","message":"Session expired"}}`,
      'api-error',
    ],
    [`{"error": "SESSION_EXPIRED", "message": "Your session has expired, please sign in again"}`, 'api-error'],
    [`[2026-11-28 12:00:01] production.ERROR: Trust Leads API error 401 SESSION_EXPIRED`, 'api-error'],
    [
      `Error: 401 Unauthorized - {"error":{"code":"API_KEY_REVOKED","message":"This API key has been revoked"}}`,
      'api-error',
    ],
    [
      `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.trustleads.ai/v1/leads`,
      'api-error',
    ],
    [`${E4}\n\n{"error":{"code":"SESSION_EXPIRED"}}`, 'jwt-expired'],
    [`${V4}.`, 'jwt-valid'],
    [`(${V4})`, 'jwt-valid'],
    [`<${V4}>`, 'jwt-valid'],
    [`${E4} ${V4}`, 'jwt-expired'],
    [
      `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
      'jwt-no-expiry',
    ],
    [`Bearer undefined`, 'unrecognized'],
    [`Bearer null`, 'unrecognized'],
    [`Authorization: Bearer [object Object]`, 'unrecognized'],
    [`password123`, 'unrecognized'],
    [
      `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify({ exp: NOW + 7 * 86400, iat: NOW }))}.${'x'.repeat(43)}`,
      'jwt-valid',
    ],
  ] as [string, string][]
).map(([input, verdict], i) => ({
  name: `more styles #${i + 1}: ${input.slice(0, 40)}`,
  input,
  verdict,
  words: WORDS[verdict]!,
}));

/** Every case, by kind. */
export const CORPUS: Record<string, CorpusCase[]> = {
  jwt: jwtKinds,
  wrappers,
  invisible: invisibleCases,
  'command lines and HTTP clients': commandLines,
  'config lines': configLines,
  'headers, cookies and URLs': headerLines,
  placeholders,
  'API keys': keys,
  'other vendors': otherCredentials,
  'several credentials': several,
  'error responses': errors,
  'other pastes': others,
  'more client, config and log styles': moreStyles,
};
