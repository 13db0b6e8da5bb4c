/**
 * True when an `If-None-Match` header matches `etag`: `*`, or any listed tag by weak comparison
 * (`W/"x"` matches `"x"`), as RFC 9110 asks for GET and HEAD.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
