import type { GuideLink, SearchDocument } from './document.ts';
import type { SearchIndex } from './search-index.ts';
import { createCorrector, type WordCorrector } from './typo.ts';

/**
 * Where the index's files are served from, under the site root. The page server holds the same
 * files in memory (see PAGE_SEARCH_FILE), so both read one index through {@link indexReader}.
 */
export const SEARCH_DIRECTORY = 'search';
/** A term chunk holds about this many bytes of postings, so a query fetches a few small files. */
const CHUNK_BYTES = 16_000;

/** What a search loads first: small at any site size. */
interface Manifest {
  /**
   * Names this build's index: every other file lives under it, so those files never change under
   * their name and may be cached for good, while the manifest is revalidated.
   */
  version: string;
  documents: number;
  /** The first term of each postings chunk, in order. */
  chunks: string[];
  /** The error codes guides explain; their guides are in `codes.json`, loaded when a query names one. */
  codes: string[];
  popular: GuideLink[];
}

/**
 * A chunk's postings as stored: each term's `[document, value, …]` with every document but the
 * first written as the gap from the one before, which keeps the numbers (and the files) short.
 */
type StoredPostings = Record<string, number[]>;

interface Filters {
  categories: Record<string, number[]>;
  tags: Record<string, number[]>;
}

const englishKey = (word: string) => word.slice(0, 2);

/** The manifest's path under {@link SEARCH_DIRECTORY}; every other file is under its version. */
export const MANIFEST_FILE = 'manifest.json';

/** A 53-bit hash of `text` (cyrb53) in base 36: enough to tell one build's index from another's. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Where a file of the index lives: the manifest at the top, every other file under the version. */
const versionedPath = (version: string, path: string) => (path === MANIFEST_FILE ? path : `${version}/${path}`);

/**
 * The index as files, by path under {@link SEARCH_DIRECTORY}, each as the JSON text the build
 * writes. The manifest is {@link MANIFEST_FILE}; the rest are under `<version>/`, the hash of
 * their content.
 */
export function indexFileTexts(index: SearchIndex): Map<string, string> {
  const content = contentFiles(index);
  const texts = new Map<string, string>();
  let serialized = '';
  for (const [path, file] of content) {
    const text = JSON.stringify(file);
    texts.set(path, text);
    serialized += `${path}\n${text}\n`;
  }
  const version = contentHash(serialized);
  const files = new Map<string, string>();
  for (const [path, text] of texts) {
    const manifest =
      path === MANIFEST_FILE ? { ...(content.get(path) as Omit<Manifest, 'version'>), version } : undefined;
    files.set(versionedPath(version, path), manifest ? JSON.stringify(manifest) : text);
  }
  return files;
}

/** {@link indexFileTexts} parsed: the files as a reader holds them in memory. */
export function indexFiles(index: SearchIndex): Map<string, unknown> {
  return new Map([...indexFileTexts(index)].map(([path, text]) => [path, JSON.parse(text) as unknown]));
}

function contentFiles(index: SearchIndex): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const chunks: string[] = [];
  let chunk: StoredPostings = {};
  let bytes = 0;
  for (const term of Object.keys(index.postings).sort()) {
    if (bytes > CHUNK_BYTES) {
      files.set(`terms/${chunks.length - 1}.json`, chunk);
      chunk = {};
      bytes = 0;
    }
    if (bytes === 0) chunks.push(term);
    const stored = encodeGaps(index.postings[term]!);
    chunk[term] = stored;
    bytes += term.length + 8 + JSON.stringify(stored).length;
  }
  if (bytes > 0) files.set(`terms/${chunks.length - 1}.json`, chunk);
  const manifest: Omit<Manifest, 'version'> = {
    documents: index.documents.length,
    chunks,
    codes: Object.keys(index.codes),
    popular: index.popular,
  };
  files.set(MANIFEST_FILE, manifest);
  files.set('codes.json', index.codes);
  const filters: Filters = { categories: {}, tags: {} };
  index.documents.forEach((document, doc) => {
    files.set(`docs/${doc}.json`, document);
    (filters.categories[document.category] ??= []).push(doc);
    for (const tag of document.tags) (filters.tags[tag] ??= []).push(doc);
  });
  files.set('filters.json', filters);
  files.set('words.json', index.words);
  const english = new Map<string, string[]>();
  for (const word of index.english) {
    const key = englishKey(word);
    english.set(key, [...(english.get(key) ?? []), word]);
  }
  for (const [key, words] of english) files.set(`english/${encodeURIComponent(key)}.json`, words);
  return files;
}

/** `[document, value, …]` with each document after the first as the gap from the previous one. */
function encodeGaps(postings: readonly number[]): number[] {
  return postings.map((value, k) => (k % 2 === 0 && k > 0 ? value - postings[k - 2]! : value));
}

/** The inverse of {@link encodeGaps}. */
function decodeGaps(stored: readonly number[]): number[] {
  const postings = stored.slice();
  for (let k = 2; k < postings.length; k += 2) postings[k]! += postings[k - 2]!;
  return postings;
}

/** Filters a search can narrow by: one category, and any number of tags (all must apply). */
export interface SearchFilters {
  category?: string | undefined;
  tags: readonly string[];
}

/** Reads the search index, whether it is fetched piece by piece or already in memory. */
export interface IndexReader {
  /** How many guides the index holds. */
  documents(): Promise<number>;
  /** Every error code any guide explains. */
  codes(): Promise<readonly string[]>;
  /** The guides that explain `code`, the registry's first guide first. */
  codeGuides(code: string): Promise<readonly number[]>;
  /** A term's postings, or undefined when no guide uses it. */
  postings(term: string): Promise<readonly number[] | undefined>;
  /** The indexed terms that begin with `prefix` (three letters or more). */
  termsStartingWith(prefix: string): Promise<string[]>;
  document(id: number): Promise<SearchDocument>;
  /** Whether a document passes the filters. */
  filter(filters: SearchFilters): Promise<(id: number) => boolean>;
  /** Whether `word` is an English word the site does not use. */
  isEnglish(word: string): Promise<boolean>;
  corrector(): Promise<WordCorrector>;
  popular(): Promise<GuideLink[]>;
}

/** Where `term` would be: the last chunk whose first term is not after it. */
function chunkOf(chunks: readonly string[], term: string): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (chunks[middle]! <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A loaded term chunk: the stored postings, and those already decoded. */
interface Chunk {
  stored: StoredPostings;
  decoded: Map<string, readonly number[]>;
}

/**
 * An {@link IndexReader} over the files {@link indexFiles} makes, loading each file the first time
 * it is needed (`load` fetches it in the browser, or reads it from the build on the page server). A
 * failed load (offline, say) is tried again next time. `keepFiles` bounds how many loaded files
 * stay in memory (the least recently used go first): a long-running server reads many guides'
 * files over its life, a browser tab few.
 */
export function indexReader(
  load: (path: string) => Promise<unknown>,
  { keepFiles = Infinity }: { keepFiles?: number } = {},
): IndexReader {
  const cache = new Map<string, Promise<unknown>>();
  function loadOnce<T>(path: string, prepare: (file: unknown) => T = (file) => file as T): Promise<T> {
    let loaded = cache.get(path);
    if (loaded) {
      // Map order is insertion order: moving a file to the end marks it recently used.
      cache.delete(path);
    } else {
      loaded = load(path).then(prepare, (error: unknown) => {
        cache.delete(path);
        throw error;
      });
    }
    cache.set(path, loaded);
    for (const oldest of cache.keys()) {
      if (cache.size <= keepFiles) break;
      if (oldest !== MANIFEST_FILE) cache.delete(oldest);
    }
    return loaded as Promise<T>;
  }
  const manifest = () => loadOnce<Manifest>(MANIFEST_FILE);
  const file = async <T>(path: string, prepare?: (file: unknown) => T): Promise<T> =>
    loadOnce<T>(`${(await manifest()).version}/${path}`, prepare);
  const chunk = async (index: number) =>
    file<Chunk>(`terms/${index}.json`, (stored) => ({ stored: stored as StoredPostings, decoded: new Map() }));
  let corrector: Promise<WordCorrector> | undefined;
  return {
    documents: async () => (await manifest()).documents,
    codes: async () => (await manifest()).codes,
    async codeGuides(code) {
      const codes = await file<Record<string, number[]>>('codes.json');
      return Object.hasOwn(codes, code) ? codes[code]! : [];
    },
    async postings(term) {
      const { chunks } = await manifest();
      if (chunks.length === 0) return undefined;
      const { stored, decoded } = await chunk(chunkOf(chunks, term));
      if (!Object.hasOwn(stored, term)) return undefined;
      let postings = decoded.get(term);
      if (!postings) decoded.set(term, (postings = decodeGaps(stored[term]!)));
      return postings;
    },
    async termsStartingWith(prefix) {
      const { chunks } = await manifest();
      const found: string[] = [];
      for (let index = chunkOf(chunks, prefix); index < chunks.length; index += 1) {
        const terms = Object.keys((await chunk(index)).stored).filter((term) => term.startsWith(prefix));
        found.push(...terms);
        if (index + 1 < chunks.length && !chunks[index + 1]!.startsWith(prefix)) break;
      }
      return found;
    },
    document: (id) => file<SearchDocument>(`docs/${id}.json`),
    async filter({ category, tags }) {
      if (category === undefined && tags.length === 0) return () => true;
      const filters = await file<Filters>('filters.json');
      const sets = [
        ...(category === undefined ? [] : [filters.categories[category] ?? []]),
        ...tags.map((tag) => filters.tags[tag] ?? []),
      ].map((ids) => new Set(ids));
      return (id) => sets.every((set) => set.has(id));
    },
    async isEnglish(word) {
      const words = await file<string[]>(`english/${encodeURIComponent(englishKey(word))}.json`).catch(
        (): string[] => [],
      );
      return words.includes(word);
    },
    corrector() {
      corrector ??= file<string[]>('words.json').then(createCorrector, (error: unknown) => {
        corrector = undefined;
        throw error;
      });
      return corrector;
    },
    popular: async () => (await manifest()).popular,
  };
}
