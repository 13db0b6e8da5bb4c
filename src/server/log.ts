/** How long a kind of failure stays quiet after it was logged. */
export const LOG_INTERVAL_MS = 60_000;

const lastLogged = new Map<string, { at: number; suppressed: number }>();

/**
 * Logs one line for a kind of failure (e.g. `store:disk-full`, `client:timeout`) at most once per
 * {@link LOG_INTERVAL_MS}, saying how many more happened since the last line: a failing database
 * under load writes a line a minute, not a stack trace per request.
 */
export function logFailure(kind: string, message: string, now = Date.now()): void {
  const last = lastLogged.get(kind);
  if (last && now - last.at < LOG_INTERVAL_MS) {
    last.suppressed += 1;
    return;
  }
  const more = last?.suppressed ? ` (${last.suppressed} more since the last report)` : '';
  lastLogged.set(kind, { at: now, suppressed: 0 });
  console.error(`[${new Date(now).toISOString()}] ${kind}: ${message.split('\n')[0]}${more}`);
}
