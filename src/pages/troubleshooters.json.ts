import type { APIRoute } from 'astro';
import { troubleshooters } from '../data/troubleshooters.ts';
import type { TroubleshooterEntry } from '../lib/troubleshooters/report.ts';

/**
 * The troubleshooters' checked content: the server reads it (`CATALOG_FILES`) to accept answers
 * and report on them, so its code never bundles the content collections.
 */
export const GET: APIRoute = async () => {
  const entries: TroubleshooterEntry[] = (await troubleshooters()).map(({ slug, data }) => ({ slug, data }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
