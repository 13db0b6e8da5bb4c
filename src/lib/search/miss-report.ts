/** How long a zero-result query must stand before it counts as the reader's final query. */
export const MISS_REPORT_DELAY_MS = 1500;

/** What the reporter needs from its environment. */
export interface MissReporterOptions {
  send: (query: string) => void;
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Reports searches that found nothing: only the final query, and each query once. */
export interface MissReporter {
  /** Tells the reporter what the latest answer was; a newer one cancels an unsent report. */
  observe(query: string, found: boolean): void;
  /** Sends a pending report now, e.g. when the reader closes search or leaves the page. */
  flush(): void;
  /** Records `query` as already reported elsewhere (the page server counts the queries it answers). */
  markSent(query: string): void;
  /**
   * Hands the latest zero-result query over to the page server, which counts what it renders:
   * drops an unsent report of it and says whether it was already sent (so the server must not
   * count it again).
   */
  handOver(query: string): boolean;
}

/**
 * A reporter that waits until a zero-result query has stood for `delayMs` (the reader stopped
 * typing) before sending it, so "sesion", "sesion e", "sesion ex" are not each reported, and never
 * sends the same query twice from one page.
 */
export function createMissReporter(options: MissReporterOptions): MissReporter {
  const delayMs = options.delayMs ?? MISS_REPORT_DELAY_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const sent = new Set<string>();
  let pending: { query: string; timer: unknown } | undefined;

  function cancel(): void {
    if (pending) clearTimer(pending.timer);
    pending = undefined;
  }
  function send(query: string): void {
    cancel();
    if (sent.has(query)) return;
    sent.add(query);
    options.send(query);
  }

  return {
    observe(query, found) {
      cancel();
      const key = query.trim();
      if (found || key.length === 0 || sent.has(key)) return;
      pending = { query: key, timer: setTimer(() => send(key), delayMs) };
    },
    flush() {
      if (pending) send(pending.query);
    },
    markSent(query) {
      sent.add(query.trim());
    },
    handOver(query) {
      if (pending?.query === query.trim()) cancel();
      return sent.has(query.trim());
    },
  };
}
