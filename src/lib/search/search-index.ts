import { documentTexts, type GuideLink, type SearchDocument } from './document.ts';
import { tokens } from './pipeline.ts';
import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { countVocabularyWords } from './vocabulary.ts';

/**
 * How much a word counts in each field of a guide, and how much a long field dilutes it (BM25F's
 * `b`): a word in the title says far more about a guide than one in its body.
 */
const FIELDS = {
  title: { weight: 8, b: 0.5 },
  headings: { weight: 4, b: 0.5 },
  codes: { weight: 3, b: 0 },
  description: { weight: 3, b: 0.5 },
  tags: { weight: 3, b: 0.3 },
  text: { weight: 1, b: 0.75 },
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];
/** BM25's saturation: the fifth mention of a word adds little to the first four. */
const K1 = 1.2;
/** Scores are stored as whole hundredths, which JSON writes compactly. */
const SCALE = 100;

/** Term postings: for each term, `[document, value, document, value, …]`, documents ascending. */
export type Postings = Record<string, number[]>;

/** The whole search index, as the build makes it and both the page server and the browser read it. */
export interface SearchIndex {
  documents: SearchDocument[];
  postings: Postings;
  /** Each error code's guides, the one the registry names first ahead of the others. */
  codes: Record<string, number[]>;
  /** The site's words for spelling correction, most frequent first. */
  words: string[];
  /** English words the site does not use: never "corrected" into one it does. */
  english: string[];
  /** Guides to suggest when nothing is found. */
  popular: GuideLink[];
}

/** A posting's value: the term's score for the document and whether the title holds it. */
export function postingScore(value: number): number {
  return Math.floor(value / 2) / SCALE;
}

/** Whether a posting's term is in the document's title. */
export function postingInTitle(value: number): boolean {
  return value % 2 === 1;
}

/** The terms a piece of guide text is indexed under: stemmed, without stop-words. */
export function indexTerms(text: string): string[] {
  return tokens(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

function fieldTexts(document: SearchDocument): Record<Field, string[]> {
  return {
    title: [document.title],
    headings: [...document.headings],
    codes: document.codes.map((code) => code.replaceAll('_', ' ')),
    description: [document.description],
    tags: [...document.tagLabels, ...document.tags],
    text: [document.text],
  };
}

/** One field of a document as indexing counts it: each term's count, and how many terms it has. */
export interface AnalyzedField {
  counts: ReadonlyMap<string, number>;
  length: number;
}

/**
 * What indexing needs of one document, worked out from its text alone (so it can be kept between
 * builds for a document whose text did not change): each field's terms, and its words for the
 * spelling vocabulary.
 */
export interface AnalyzedDocument {
  /** In the order of {@link FIELDS}. */
  fields: AnalyzedField[];
  words: ReadonlyMap<string, number>;
}

/** Counts a document's terms per field and its vocabulary words. */
export function analyzeDocument(document: SearchDocument): AnalyzedDocument {
  const texts = fieldTexts(document);
  return {
    fields: FIELD_NAMES.map((field) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const text of texts[field]) {
        for (const term of indexTerms(text)) {
          counts.set(term, (counts.get(term) ?? 0) + 1);
          length += 1;
        }
      }
      return { counts, length };
    }),
    words: countVocabularyWords(documentTexts(document)),
  };
}

/**
 * Scores every term of every document once, at build time (BM25F: field-weighted term counts,
 * normalised by field length, saturated, times the term's rarity), so a search only adds up the
 * stored scores of the terms it asks for. `analyzed` is each document's {@link analyzeDocument}.
 */
export function buildPostings(
  documents: readonly SearchDocument[],
  analyzed: readonly AnalyzedDocument[] = documents.map(analyzeDocument),
): Postings {
  const counted = analyzed.map((document) => document.fields);
  const averages = FIELD_NAMES.map(
    (_, f) => counted.reduce((sum, fields) => sum + fields[f]!.length, 0) / Math.max(1, documents.length) || 1,
  );
  const frequency = new Map<string, number>();
  const termsOf = counted.map((fields) => {
    const terms = new Set<string>();
    for (const field of fields) for (const term of field.counts.keys()) terms.add(term);
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    return [...terms].sort();
  });
  const postings: Postings = {};
  counted.forEach((fields, doc) => {
    for (const term of termsOf[doc]!) {
      let weighted = 0;
      FIELD_NAMES.forEach((name, f) => {
        const count = fields[f]!.counts.get(term) ?? 0;
        if (count === 0) return;
        const { weight, b } = FIELDS[name];
        weighted += (weight * count) / (1 - b + (b * fields[f]!.length) / averages[f]!);
      });
      const score =
        inverseFrequency(documents.length, frequency.get(term)!) * ((weighted * (K1 + 1)) / (weighted + K1));
      const value = Math.max(1, Math.round(score * SCALE)) * 2 + (fields[0]!.counts.has(term) ? 1 : 0);
      (postings[term] ??= []).push(doc, value);
    }
  });
  return postings;
}

/** How rare a term is among `total` documents when `containing` hold it (BM25's idf). */
export function inverseFrequency(total: number, containing: number): number {
  return Math.log(1 + (total - containing + 0.5) / (containing + 0.5));
}

/**
 * Each error code's guides: those whose frontmatter lists it, the one the error-code registry
 * names first ahead (`primary`, code to guide URL).
 */
export function codeGuides(
  documents: readonly SearchDocument[],
  primary: ReadonlyMap<string, string>,
): Record<string, number[]> {
  const codes: Record<string, number[]> = {};
  documents.forEach((document, doc) => {
    for (const code of document.codes) (codes[code] ??= []).push(doc);
  });
  for (const [code, docs] of Object.entries(codes)) {
    const first = primary.get(code);
    docs.sort((a, b) => Number(documents[b]!.url === first) - Number(documents[a]!.url === first) || a - b);
  }
  return codes;
}

/** An {@link AnalyzedDocument} as JSON: per field `[terms, counts, length]`, then `[words, counts]`. */
export type StoredAnalysis = [
  fields: [terms: string[], counts: number[], length: number][],
  words: [string[], number[]],
];

/** An analysis in a form JSON keeps. */
export function storeAnalysis(analysis: AnalyzedDocument): StoredAnalysis {
  return [
    analysis.fields.map(({ counts, length }) => [[...counts.keys()], [...counts.values()], length]),
    [[...analysis.words.keys()], [...analysis.words.values()]],
  ];
}

/** The analysis {@link storeAnalysis} stored. */
export function restoreAnalysis([fields, [words, wordCounts]]: StoredAnalysis): AnalyzedDocument {
  return {
    fields: fields.map(([terms, counts, length]) => ({
      counts: new Map(terms.map((term, i) => [term, counts[i]!])),
      length,
    })),
    words: new Map(words.map((word, i) => [word, wordCounts[i]!])),
  };
}
