/** Encodings the server compresses text files with, best first. */
const ENCODINGS = ['br', 'gzip'] as const;

/** An encoding the server can send. */
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best encoding of `available` (by default every one the server makes) that an
 * `Accept-Encoding` header accepts: brotli before gzip, `q=0` refusing one, `*` accepting any not
 * named. `undefined` means send the file as it is.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: { has(encoding: Encoding): boolean } = { has: () => true },
): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepted = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return ENCODINGS.find((name) => available.has(name) && accepted(name));
}

/** Below this a compressed copy saves less than its headers cost: such files are sent as they are. */
export const MIN_COMPRESSED_BYTES = 1024;

/** Files the server sends compressed, with their content types. */
export const COMPRESSED_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files sent as they are, with their content types; anything else the build wrote is octet-stream. */
export const OTHER_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};
