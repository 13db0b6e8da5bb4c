/**
 * Counts requests per client in fixed one-minute windows. Per process: behind a load balancer each
 * process limits on its own, which bounds abuse without shared state.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, { start: number; count: number }>();

  /** `limit` requests per window and client; 0 means no limit. */
  constructor(limit: number, windowMs = 60_000, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts one request; returns 0 if allowed, else the seconds until the client may try again. */
  take(client: string): number {
    if (this.#limit === 0) return 0;
    const now = this.#now();
    if (this.#windows.size > 10_000) this.#sweep(now);
    const window = this.#windows.get(client);
    if (!window || now - window.start >= this.#windowMs) {
      this.#windows.set(client, { start: now, count: 1 });
      return 0;
    }
    if (window.count >= this.#limit) return Math.max(1, Math.ceil((window.start + this.#windowMs - now) / 1000));
    window.count += 1;
    return 0;
  }

  /** Seconds the client must wait before its next request is allowed, without counting one. */
  retryAfter(client: string): number {
    if (this.#limit === 0) return 0;
    const now = this.#now();
    const window = this.#windows.get(client);
    if (!window || now - window.start >= this.#windowMs || window.count < this.#limit) return 0;
    return Math.max(1, Math.ceil((window.start + this.#windowMs - now) / 1000));
  }

  #sweep(now: number): void {
    for (const [client, window] of this.#windows) {
      if (now - window.start >= this.#windowMs) this.#windows.delete(client);
    }
  }
}
