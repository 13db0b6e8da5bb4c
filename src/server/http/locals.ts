import type { ServerContext } from '../context.ts';

declare global {
  // Astro's per-request values, filled by the HTTP layer (src/middleware.ts) for on-demand routes.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace App {
    interface Locals {
      /** The process's store, settings, guides and limiters. */
      server: ServerContext;
      /** The client's address (`X-Forwarded-For`'s last entry only with `TRUST_PROXY=1`). */
      client: string;
    }
  }
}
