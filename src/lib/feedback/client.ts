/**
 * The address a request came from. `X-Forwarded-For` is believed only when a trusted proxy sets
 * it, and then only its last entry: the one that proxy appended (earlier ones are client-supplied).
 */
export function clientAddress(forwardedFor: string | null, socketAddress: string, trustProxy: boolean): string {
  if (!trustProxy || !forwardedFor) return socketAddress;
  const last = forwardedFor.split(',').at(-1)?.trim();
  return last || socketAddress;
}

/**
 * True when a browser says the request comes from another site: an `Origin` that is none of the
 * site's own origins (the one the request was made to, and its configured public one), or
 * `Sec-Fetch-Site: cross-site`. Requests without either (curl, servers) pass.
 */
export function isCrossOrigin(origin: string | null, fetchSite: string | null, ownOrigins: readonly string[]): boolean {
  if (fetchSite === 'cross-site') return true;
  if (!origin) return false;
  return !ownOrigins.includes(origin);
}
