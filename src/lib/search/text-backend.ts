import type { SearchDocument } from './document.ts';
import type { BackendResult, SearchBackend, SearchFilters, SearchHit } from './engine.ts';
import type { ExcerptPart } from './excerpt.ts';
import { queryWords } from './query.ts';

/** Field weights, in the same order of importance as the Pagefind index (codes, title, the rest). */
const WEIGHTS = { codes: 10, title: 7, description: 3, tags: 3, text: 1 } as const;
type Field = keyof typeof WEIGHTS;
/** Repeats of a word beyond this add nothing: a long guide saying "key" 40 times is not 40× better. */
const SATURATION = 3;
/** Words of excerpt shown around the first match. */
const EXCERPT_WORDS = 30;

const FIELDS = Object.keys(WEIGHTS) as Field[];

function fieldWords(document: SearchDocument): Record<Field, string[]> {
  return {
    codes: document.codes.flatMap((code) => [code.toLowerCase(), ...queryWords(code.replaceAll('_', ' '))]),
    title: queryWords(document.title),
    description: queryWords(document.description),
    tags: document.tagLabels.flatMap((label) => queryWords(label)),
    text: queryWords(document.text),
  };
}

/**
 * Which documents hold each word, and how often in each field: flat triples of document, field
 * and count. Built once, so a search reads only the postings of the words it asks for instead of
 * every word of every guide.
 */
interface InvertedIndex {
  postings: Map<string, number[]>;
  /** Every indexed word, sorted, to find the words a query word begins. */
  words: string[];
}

function invert(documents: readonly SearchDocument[]): InvertedIndex {
  const postings = new Map<string, number[]>();
  documents.forEach((document, doc) => {
    const fields = fieldWords(document);
    FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const word of fields[field]) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [word, count] of counts) {
        const list = postings.get(word);
        if (list) list.push(doc, f, count);
        else postings.set(word, [doc, f, count]);
      }
    });
  });
  return { postings, words: [...postings.keys()].sort() };
}

/** A word matches a query word it equals or, for query words of three letters or more, starts with. */
function matches(word: string, queryWord: string): boolean {
  return word === queryWord || (queryWord.length >= 3 && word.startsWith(queryWord));
}

/** The indexed words a query word matches (see {@link matches}), found by binary search. */
function expand(index: InvertedIndex, queryWord: string): string[] {
  let low = 0;
  let high = index.words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.words[middle]! < queryWord) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < index.words.length && matches(index.words[i]!, queryWord); i += 1) found.push(index.words[i]!);
  return found;
}

/**
 * Each document's score for `words`, 0 unless every word matches: per word, the best field's
 * weight times its matches (up to {@link SATURATION}), summed over the words.
 */
function scores(index: InvertedIndex, documentCount: number, words: readonly string[]): Float64Array {
  const total = new Float64Array(documentCount);
  const matched = new Uint16Array(documentCount);
  for (const queryWord of words) {
    const counts = new Uint32Array(documentCount * FIELDS.length);
    const touched = new Set<number>();
    for (const word of expand(index, queryWord)) {
      const list = index.postings.get(word)!;
      for (let k = 0; k < list.length; k += 3) {
        counts[list[k]! * FIELDS.length + list[k + 1]!]! += list[k + 2]!;
        touched.add(list[k]!);
      }
    }
    for (const doc of touched) {
      let best = 0;
      FIELDS.forEach((field, f) => {
        best = Math.max(best, WEIGHTS[field] * Math.min(SATURATION, counts[doc * FIELDS.length + f]!));
      });
      total[doc]! += best;
      matched[doc]! += 1;
    }
  }
  for (let doc = 0; doc < documentCount; doc += 1) if (matched[doc] !== words.length) total[doc] = 0;
  return total;
}

function passes(document: SearchDocument, filters: SearchFilters): boolean {
  return (
    (filters.category === undefined || document.category === filters.category) &&
    filters.tags.every((tag) => document.tags.includes(tag))
  );
}

/** Up to {@link EXCERPT_WORDS} words of the guide's text from just before its first match, marked. */
export function textExcerpt(text: string, words: readonly string[]): ExcerptPart[] {
  const tokens = text.split(/(\s+)/);
  const isMatch = (token: string) => queryWords(token).some((w) => words.some((q) => matches(w, q)));
  const firstWord = tokens.findIndex((token, i) => i % 2 === 0 && isMatch(token));
  const start = Math.max(0, (firstWord === -1 ? 0 : firstWord) - 10);
  const parts: ExcerptPart[] = [];
  for (const [offset, token] of tokens.slice(start, start + EXCERPT_WORDS * 2).entries()) {
    const marked = (start + offset) % 2 === 0 && words.length > 0 && isMatch(token);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += token;
    else parts.push({ text: token, marked });
  }
  return parts;
}

function hit(document: SearchDocument, words: readonly string[]): SearchHit {
  const excerpt = textExcerpt(document.text, words);
  return {
    url: document.url,
    title: document.title,
    category: document.category,
    tags: document.tags,
    codes: document.codes,
    excerpt:
      excerpt.some((part) => part.marked) || words.length === 0
        ? excerpt
        : [{ text: document.description, marked: false }],
  };
}

/**
 * A {@link SearchBackend} over guides held in memory: the page server's search for readers without
 * JavaScript. Every query word must match a word of the guide (whole, or its start); codes weigh
 * most, then the title, then description and tags, then the body.
 */
export function textBackend(documents: readonly SearchDocument[]): SearchBackend {
  const index = invert(documents);
  return {
    async search(query, filters): Promise<BackendResult> {
      const words = queryWords(query);
      const score = words.length === 0 ? undefined : scores(index, documents.length, words);
      const ranked = documents
        .map((document, doc) => ({ document, score: score ? score[doc]! : 1 }))
        .filter(({ document, score }) => score > 0 && passes(document, filters))
        .sort((a, b) => b.score - a.score || a.document.title.localeCompare(b.document.title));
      return {
        total: ranked.length,
        load: async (limit) => ranked.slice(0, limit).map(({ document }) => hit(document, words)),
      };
    },
  };
}
