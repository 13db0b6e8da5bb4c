import type { SearchDocument } from './document.ts';
import type { ExcerptPart } from './excerpt.ts';
import type { IndexReader, SearchFilters } from './index-files.ts';
import { planQuery, tokens, type Concept } from './pipeline.ts';
import { inverseFrequency, postingInTitle, postingScore } from './search-index.ts';
import { stem } from './stem.ts';
import { MIN_CORRECTED_LENGTH } from './typo.ts';

export type { SearchFilters } from './index-files.ts';

/** What the reader asked for. */
export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  /** Search the query as typed, without spelling correction ("Search instead for ..."). */
  exact?: boolean;
}

/** One guide in the results. */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  tags: readonly string[];
  codes: readonly string[];
  excerpt: ExcerptPart[];
}

/** The engine's answer. */
export interface SearchAnswer {
  /** The normalised query the reader typed. */
  query: string;
  /** The query whose results are shown: `query`, or its spelling correction. */
  searched: string;
  /** Whether `searched` is a correction of `query` ("Showing results for ..."). */
  corrected: boolean;
  total: number;
  /** How many guides the query finds without the reader's filters: 0 is a real miss. */
  unfilteredTotal: number;
  hits: SearchHit[];
}

/** Whether an answer is a search miss for content owners: the query itself, not a filter, found nothing. */
export function isMiss(answer: SearchAnswer): boolean {
  return answer.query.length > 0 && answer.unfilteredTotal === 0;
}

/** Hits loaded and shown per search, and added by each "Show more". */
export const HITS_SHOWN = 8;
/**
 * A guide is a result when it covers more than this share of the query's meaning (each concept
 * weighted by its rarity), or two thirds of a longer query's concepts: "why does my integration
 * stop working after an hour" need not find every word, but "webhook retries" is not answered by
 * a guide that only says "retry".
 */
export const MIN_COVERAGE = 0.5;
const MIN_CONCEPTS_COVERED = 2 / 3;
/** Carrying the error code the query names outranks any amount of shared wording. */
const CODE_BONUS = 1000;
/** The guide the error-code registry names first for a code leads the others that carry it. */
const PRIMARY_CODE_BONUS = 500;
/** A title holding the query's concepts is likely the answer its reader was looking for. */
const TITLE_BONUS = 4;
/** A word the reader may not have finished counts a little less for the words it begins. */
const PREFIX_DISCOUNT = 0.9;
/** Excerpt length, in words, around the first match. */
const EXCERPT_WORDS = 30;

/** A concept after the index was consulted: its alternatives' terms, and how much it matters. */
interface ResolvedConcept {
  alternatives: { terms: string[]; postings: (readonly number[])[]; discount: number }[];
  weight: number;
}

async function resolve(
  concept: Concept,
  reader: IndexReader,
  exact: boolean,
): Promise<{ concept: Concept; replacement?: Replacement }> {
  const [word] = concept.words;
  const term = concept.alternatives[0]?.[0];
  if (!concept.correctable || word === undefined || term === undefined || (await reader.postings(term))) {
    return { concept };
  }
  if (concept.last && word.length >= 3) {
    const prefix = term.length < word.length ? term : word;
    const begun = await reader.termsStartingWith(prefix);
    if (begun.length > 0) return { concept: { ...concept, alternatives: begun.map((t) => [t]) } };
  }
  // Words too short to correct (see `createCorrector`) need neither the English words nor the site's.
  if (exact || /\d/.test(word) || word.length < MIN_CORRECTED_LENGTH) return { concept };
  // Both are needed for most unknown words, and each may be a download: fetched side by side.
  const [english, corrector] = await Promise.all([reader.isEnglish(word), reader.corrector()]);
  if (english) return { concept };
  const corrected = corrector(word);
  if (corrected === word || !(await reader.postings(stem(corrected)))) return { concept };
  return {
    concept: { ...concept, alternatives: [[stem(corrected)]], words: [corrected], last: false },
    replacement: { typed: word, replaced: corrected },
  };
}

async function weigh(concept: Concept, reader: IndexReader, documents: number): Promise<ResolvedConcept> {
  const alternatives = await Promise.all(
    concept.alternatives.map(async (terms) => ({
      terms,
      postings: (await Promise.all(terms.map((term) => reader.postings(term)))).map((list) => list ?? []),
      discount: concept.last && concept.correctable && concept.words[0] !== terms[0] ? PREFIX_DISCOUNT : 1,
    })),
  );
  // The concept's rarity is that of its commonest way of saying it. One no guide uses weighs as
  // much as the rarest word a guide does: enough that a guide missing it must cover the rest well.
  const containing = Math.max(1, ...alternatives.map((a) => Math.min(...a.postings.map((p) => p.length / 2))));
  return { alternatives, weight: inverseFrequency(documents, containing) };
}

interface Scored {
  id: number;
  score: number;
}

/**
 * Every guide covering enough of the query, best first (ties by index order, so both paths agree).
 * Per-guide sums live in typed arrays indexed by guide: a common word lists thousands of guides,
 * and this runs on every keystroke.
 */
function score(
  concepts: readonly ResolvedConcept[],
  codeDocs: readonly (readonly number[])[],
  documents: number,
): Scored[] {
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const sum = new Float64Array(documents);
  const covered = new Float64Array(documents);
  const count = new Uint16Array(documents);
  const inTitle = new Uint16Array(documents);
  const bonus = new Float64Array(documents);
  const touched = new Uint8Array(documents);
  const ids: number[] = [];
  const touch = (id: number) => {
    if (touched[id] === 0) {
      touched[id] = 1;
      ids.push(id);
    }
  };
  // Scratch for one alternative and for a concept's best alternative per guide.
  const altScore = new Float64Array(documents);
  const altTerms = new Uint16Array(documents);
  const altTitle = new Uint16Array(documents);
  const bestScore = new Float64Array(documents);
  const bestTitle = new Uint8Array(documents);
  const hasBest = new Uint8Array(documents);
  for (const concept of concepts) {
    const best: number[] = [];
    for (const alternative of concept.alternatives) {
      const seen: number[] = [];
      for (const list of alternative.postings) {
        for (let k = 0; k < list.length; k += 2) {
          const id = list[k]!;
          const value = list[k + 1]!;
          if (altTerms[id] === 0) seen.push(id);
          altScore[id]! += postingScore(value) * alternative.discount;
          altTerms[id]! += 1;
          if (postingInTitle(value)) altTitle[id]! += 1;
        }
      }
      for (const id of seen) {
        if (altTerms[id]! >= alternative.terms.length && (hasBest[id] === 0 || altScore[id]! > bestScore[id]!)) {
          if (hasBest[id] === 0) best.push(id);
          hasBest[id] = 1;
          bestScore[id] = altScore[id]!;
          bestTitle[id] = altTitle[id] === alternative.terms.length ? 1 : 0;
        }
        altScore[id] = 0;
        altTerms[id] = 0;
        altTitle[id] = 0;
      }
    }
    for (const id of best) {
      touch(id);
      sum[id]! += bestScore[id]!;
      covered[id]! += concept.weight;
      count[id]! += 1;
      inTitle[id]! += bestTitle[id]!;
      hasBest[id] = 0;
    }
  }
  for (const docsOfCode of codeDocs) {
    docsOfCode.forEach((id, position) => {
      touch(id);
      bonus[id]! += CODE_BONUS + (position === 0 ? PRIMARY_CODE_BONUS : 0);
    });
  }
  const scored: Scored[] = [];
  for (const id of ids) {
    const coverage = totalWeight > 0 ? covered[id]! / totalWeight : 0;
    const enough =
      coverage > MIN_COVERAGE || (concepts.length >= 3 && count[id]! / concepts.length >= MIN_CONCEPTS_COVERED);
    if (bonus[id] === 0 && !enough) continue;
    const titled = concepts.length > 0 ? (TITLE_BONUS * inTitle[id]!) / concepts.length : 0;
    scored.push({ id, score: bonus[id]! + sum[id]! * coverage + titled });
  }
  return scored.sort((a, b) => b.score - a.score || a.id - b.id);
}

/** Whether a word of guide text matches the searched terms (its stem is one, or begins with one). */
function matcher(terms: ReadonlySet<string>, prefixes: readonly string[]): (word: string) => boolean {
  return (word) => {
    const stemmed = stem(word);
    return terms.has(stemmed) || prefixes.some((prefix) => word.startsWith(prefix));
  };
}

/** Up to {@link EXCERPT_WORDS} words of `text` from just before its first match, matches marked. */
export function excerpt(text: string, matches: (word: string) => boolean): ExcerptPart[] {
  const pieces = text.split(/(\s+)/);
  const isMatch = (piece: string) => tokens(piece).some(matches);
  const first = pieces.findIndex((piece, i) => i % 2 === 0 && isMatch(piece));
  const start = Math.max(0, (first === -1 ? 0 : first) - 10);
  const parts: ExcerptPart[] = [];
  for (const [offset, piece] of pieces.slice(start, start + EXCERPT_WORDS * 2).entries()) {
    if (piece.length === 0) continue;
    const marked = (start + offset) % 2 === 0 && isMatch(piece);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += piece;
    else parts.push({ text: piece, marked });
  }
  return parts;
}

function toHit(document: SearchDocument, matches: (word: string) => boolean): SearchHit {
  const parts = excerpt(document.text, matches);
  return {
    url: document.url,
    title: document.title,
    category: document.category,
    tags: document.tags,
    codes: document.codes,
    excerpt: parts.some((part) => part.marked) ? parts : [{ text: document.description, marked: false }],
  };
}

/** A correction made: the word as typed and the site word searched instead. */
interface Replacement {
  typed: string;
  replaced: string;
}

/** The query with each corrected word replaced, as "Showing results for …" shows it. */
function correctedText(query: string, replacements: readonly Replacement[]): string {
  return replacements.reduce(
    (text, { typed, replaced }) =>
      text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${typed}(?![\\p{L}\\p{N}])`, 'iu'), replaced),
    query,
  );
}

/**
 * Searches the index: one pipeline ({@link planQuery}), one correction step and one scorer, whatever
 * reads the index, so the dialog, the search page and the page without JavaScript give the same
 * results in the same order. A word no guide uses is corrected to the nearest frequent site word,
 * unless it is a real English word (then it honestly finds nothing). An empty query with filters
 * lists the filtered guides; an empty one without finds nothing. `superseded` skips loading the
 * hits of an answer nobody will see.
 */
export async function runSearch(
  request: SearchRequest,
  reader: IndexReader,
  { limit = HITS_SHOWN, superseded = () => false }: { limit?: number; superseded?: () => boolean } = {},
): Promise<SearchAnswer> {
  const plan = planQuery(request.query, await reader.codes());
  const filtered = request.filters.category !== undefined || request.filters.tags.length > 0;
  const empty = { query: plan.query, searched: plan.query, corrected: false, total: 0, unfilteredTotal: 0, hits: [] };
  if (plan.query.length === 0 && !filtered) return empty;
  const documents = await reader.documents();
  const resolved = await Promise.all(plan.concepts.map((concept) => resolve(concept, reader, request.exact ?? false)));
  const concepts = resolved.map((r) => r.concept);
  const searched = correctedText(
    plan.query,
    resolved.flatMap((r) => (r.replacement ? [r.replacement] : [])),
  );
  // The reader has typed on: scoring an answer nobody will see would only delay theirs.
  if (superseded()) return { ...empty, searched, corrected: searched !== plan.query };
  const ranked =
    plan.query.length === 0
      ? Array.from({ length: documents }, (_, id) => ({ id, score: 0 }))
      : score(
          await Promise.all(concepts.map((concept) => weigh(concept, reader, documents))),
          await Promise.all(plan.codes.map((code) => reader.codeGuides(code))),
          documents,
        );
  const passes = await reader.filter(request.filters);
  const shown = ranked.filter(({ id }) => passes(id));
  if (superseded()) return { ...empty, searched, corrected: searched !== plan.query, total: shown.length };
  const terms = new Set(concepts.flatMap((concept) => concept.alternatives.flat()));
  const prefixes = concepts.filter((c) => c.last && c.correctable).map((c) => c.words[0]!);
  const matches = matcher(
    terms,
    prefixes.filter((p) => p.length >= 3),
  );
  const hits = await Promise.all(
    shown.slice(0, limit).map(async ({ id }) => toHit(await reader.document(id), matches)),
  );
  return {
    query: plan.query,
    searched,
    corrected: searched !== plan.query,
    total: shown.length,
    unfilteredTotal: ranked.length,
    hits,
  };
}
