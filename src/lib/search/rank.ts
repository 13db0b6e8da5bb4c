import { matchErrorCode, titleHasPhrase } from './query.ts';

/** What ranking needs to know about a search hit. */
export interface RankableHit {
  title: string;
  codes: readonly string[];
}

/**
 * How strongly `hit` answers `query` on its face: one point for carrying the error code the query
 * names, one for a title containing the query (or the named code's words) as a phrase.
 */
export function exactMatchScore(query: string, hit: RankableHit): number {
  const code = matchErrorCode(query, hit.codes);
  const phraseInTitle = titleHasPhrase(hit.title, query);
  return (code === undefined ? 0 : 1) + (phraseInTitle ? 1 : 0);
}

/**
 * `hits` (in the engine's relevance order) with exact answers first: a guide with the error code
 * the query names, or whose title holds the query as a phrase, ranks above any that only mention
 * the words. Otherwise the engine's order stands.
 */
export function rankExactFirst<T extends RankableHit>(query: string, hits: readonly T[]): T[] {
  return hits
    .map((hit, position) => ({ hit, position, score: exactMatchScore(query, hit) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ hit }) => hit);
}
