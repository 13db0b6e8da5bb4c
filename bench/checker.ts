// Times the token analyser (no browser): a typical session token, an API key, and a 5 MB paste.
// Prints one JSON line:  node bench/checker.ts
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
const huge = 'eyJ'.repeat(1_750_000);

/** Median microseconds per call over `runs` calls, after a warm-up. */
function microseconds(input: string, runs: number): number {
  for (let i = 0; i < 1000; i += 1) analyzeCredential(input, now);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    analyzeCredential(input, now);
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
    fiveMegabytePasteMicroseconds: microseconds(huge, 2_000),
  }),
);
