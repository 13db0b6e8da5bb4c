import { getCollection } from 'astro:content';
import type { TroubleshooterEntry } from '../lib/troubleshooters/report.ts';

let loaded: Promise<TroubleshooterEntry[]> | undefined;

/**
 * The troubleshooters' content, by slug order, for the on-demand routes (the answers API and the
 * dashboard). The build has already checked every graph; this reads the collection only, without
 * rendering the guides the checks need.
 */
export function troubleshooterContent(): Promise<TroubleshooterEntry[]> {
  loaded ??= getCollection('troubleshooters').then((entries) =>
    entries.map((entry) => ({ slug: entry.id, data: entry.data })).sort((a, b) => a.slug.localeCompare(b.slug)),
  );
  return loaded;
}
