import synonymTable from '../../../content/search-synonyms.json' with { type: 'json' };
import type { SearchSynonym } from '../../schemas/search-synonym.ts';
import { normalizeQuery } from './query.ts';
import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

/**
 * One thing the reader asked about, and the ways a guide may say it: each alternative is a list of
 * stemmed terms that must appear together (`sign out` for `logout`). A guide covers the concept
 * when it holds one alternative.
 */
export interface Concept {
  alternatives: string[][];
  /** The reader's own words for it, lowercase, as typed. */
  words: string[];
  /** A single word the reader typed (not a synonym), which spelling correction may replace. */
  correctable: boolean;
  /** The query's last word: it may be unfinished, so it also matches words it begins. */
  last: boolean;
}

/** What a query asks for, the same on every path: the page server and the browser both search this. */
export interface QueryPlan {
  /** The query as shown: normalised, as typed. */
  query: string;
  concepts: Concept[];
  /** Error codes the query names anywhere (`SESSION_EXPIRED`, `session expired`, `sessionexpired`). */
  codes: string[];
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/**
 * The lowercase words of `text` for matching: underscores, hyphens and punctuation split words; a
 * typographic apostrophe (phones type one) is a plain one, so `can’t` is `can't`.
 */
export function tokens(text: string): string[] {
  return text.toLowerCase().replaceAll('\u2019', "'").match(TOKEN) ?? [];
}

/** The terms of a phrase that carry meaning, stemmed; all of them if every word is a stop-word. */
export function meaningfulTerms(words: readonly string[]): string[] {
  const kept = words.filter((word) => !STOP_WORDS.has(word));
  return (kept.length > 0 ? kept : words).map(stem);
}

interface SynonymIndex {
  /** Phrases (as stems, so `api keys` is `api key`) by their first stem, longest first. */
  byFirst: Map<string, { words: string[]; line: number }[]>;
  /** Each line's phrases as term lists. */
  lines: string[][][];
}

/** Indexes a synonym table for matching phrases in queries. */
export function indexSynonyms(table: readonly SearchSynonym[]): SynonymIndex {
  const byFirst = new Map<string, { words: string[]; line: number }[]>();
  const lines = table.map((entry, line) =>
    entry.phrases.flatMap((phrase, position) => {
      const words = tokens(phrase);
      const stems = words.map(stem);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ words: stems, line });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(stems[0]!, list);
      // A reader's phrase of several words ("log in", "log off") is recognised but not searched for:
      // its words apart would mean something else ("log"), and the index knows no word order.
      return position === 0 || words.length === 1 ? [meaningfulTerms(words)] : [];
    }),
  );
  return { byFirst, lines };
}

const siteSynonyms = indexSynonyms(synonymTable);

function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => words[at + i] === word);
}

/**
 * The error codes among `codes` that `words` name: the code's words in a row, in any case
 * (`session expired`, `SESSION_EXPIRED`, `Session-Expired`), or run together (`sessionexpired`).
 */
export function codesNamed(words: readonly string[], codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const parts = tokens(code.replaceAll('_', ' '));
    const joined = parts.join('');
    return words.some((word, at) => word === joined || startsAt(words, at, parts));
  });
}

function dedupe(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = list.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns what a reader typed into what to search: stop-words dropped (unless the query has nothing
 * else), phrases from the synonym table widened to every way of saying them, the rest stemmed, and
 * the error codes it names (from `knownCodes`) noted. Pure and synchronous: spelling correction,
 * which needs the index, is the engine's next step.
 */
export function planQuery(raw: string, knownCodes: readonly string[], synonyms = siteSynonyms): QueryPlan {
  const query = normalizeQuery(raw);
  const words = tokens(query);
  const stems = words.map(stem);
  const concepts: Concept[] = [];
  const onlyStopWords = words.every((word) => STOP_WORDS.has(word));
  for (let at = 0; at < words.length;) {
    const phrase = synonyms.byFirst.get(stems[at]!)?.find((candidate) => startsAt(stems, at, candidate.words));
    if (phrase) {
      const typed = words.slice(at, at + phrase.words.length);
      concepts.push({
        alternatives: dedupe(synonyms.lines[phrase.line]!),
        words: typed,
        correctable: false,
        last: false,
      });
      at += phrase.words.length;
      continue;
    }
    const word = words[at]!;
    at += 1;
    if (STOP_WORDS.has(word) && !onlyStopWords) continue;
    concepts.push({ alternatives: [[stem(word)]], words: [word], correctable: true, last: at === words.length });
  }
  const unique = concepts.filter(
    (concept, i) =>
      concepts.findIndex(
        (other) =>
          other.alternatives.map((a) => a.join(' ')).join('|') ===
          concept.alternatives.map((a) => a.join(' ')).join('|'),
      ) === i,
  );
  return { query, concepts: unique, codes: codesNamed(words, knownCodes) };
}
