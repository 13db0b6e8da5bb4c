/**
 * A `Host` (or `X-Forwarded-Host`) the server accepts: a DNS name or an IPv4 or bracketed IPv6
 * address, with an optional port. Credentials (`user@host`), paths, spaces and anything else are
 * refused with 400.
 */
const VALID_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** True for a well-formed host header value. */
export function isValidHost(host: string | undefined): host is string {
  return host !== undefined && host.length <= 255 && VALID_HOST.test(host);
}

/** The last value of a comma-separated forwarded header: the one the nearest (trusted) proxy wrote. */
export function lastForwarded(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(',') : value;
  return text?.split(',').at(-1)?.trim() || undefined;
}
