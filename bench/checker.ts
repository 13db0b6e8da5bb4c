// Times the token analyser (no browser): a typical session token, an API key, a multi-line curl
// command, a pasted error response, 16 KB pastes of many pieces, and a 5 MB paste. Prints one JSON line:  node bench/checker.ts
import { errorCodeRegistry } from '../src/lib/content/error-codes.ts';
import { analyzeCredential, apiKeyFromRandom, encodeBase64Url } from '../src/lib/tokens/index.ts';

const encode = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
const now = Date.now();
const typicalJwt = `Authorization: Bearer ${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
  sub: 'user_8f2k',
  email: 'ana@example.com',
  iat: Math.floor(now / 1000) - 600,
  exp: Math.floor(now / 1000) + 3000,
})}.${'s'.repeat(43)}`;
const key = apiKeyFromRandom('7Hq2LmZ9xR4tW8vB1nC6yK3pD5sF0g');
const curl = `curl -X POST https://api.trustleads.ai/v1/leads \\\n  -H "Authorization: Bearer ${key}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"Acme"}'`;
const errorResponse =
  'HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"error":{"code":"SESSION_EXPIRED","message":"Session expired"}}';
// The longest pastes still analysed (16 KB), in shapes that make the scanner work hardest.
const cookieJar = 'name=value; '.repeat(1365);
const urlList = 'https://x.example/?token=eyJabc&a=1 '.repeat(440);
const huge = 'eyJ'.repeat(1_750_000);
const options = { errorCodes: errorCodeRegistry };

/** Median microseconds per call over `runs` calls, after a warm-up. */
function microseconds(input: string, runs: number): number {
  for (let i = 0; i < 1000; i += 1) analyzeCredential(input, now, options);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    analyzeCredential(input, now, options);
    samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return Number(samples[Math.floor(runs / 2)]!.toFixed(2));
}

console.log(
  JSON.stringify({
    bench: 'checker',
    typicalJwtMicroseconds: microseconds(typicalJwt, 20_000),
    apiKeyMicroseconds: microseconds(key, 20_000),
    curlCommandMicroseconds: microseconds(curl, 20_000),
    errorResponseMicroseconds: microseconds(errorResponse, 20_000),
    cookieJar16KbMicroseconds: microseconds(cookieJar, 200),
    urlList16KbMicroseconds: microseconds(urlList, 200),
    fiveMegabytePasteMicroseconds: microseconds(huge, 2_000),
  }),
);
