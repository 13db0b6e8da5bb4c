import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { knownConstantTerms, knownKeyTerms } from '../lib/content/glossary.ts';
import { findBrokenLinks, pageLinkFacts, type PageLinkFacts } from '../lib/html/links.ts';
import { unknownProductTerms, type KnownTerms } from '../lib/html/product-terms.ts';
import { CSP_MANIFEST_FILE } from '../server/security/csp-manifest.ts';
import { inlineScriptHashes } from '../server/security/headers.ts';
import { walkFiles } from '../server/walk.ts';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const knownTerms: KnownTerms = {
  keyTerms: knownKeyTerms,
  constants: new Set([...knownConstantTerms, ...errorCodeRegistry.map((entry) => entry.code)]),
};

/**
 * One copy of each distinct string, made anew: a string a regular expression cut from a page keeps
 * the whole page in memory, and 10,000 pages do not fit.
 */
function createInterner(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let kept = seen.get(text);
    if (kept === undefined) {
      kept = Buffer.from(text, 'utf8').toString('utf8');
      seen.set(kept, kept);
    }
    return kept;
  };
}

/** What the checks need of one built page. */
export interface PageFacts {
  links: PageLinkFacts;
  /** Product terms on the page that neither the glossary nor the error-code registry documents. */
  undocumented: string[];
  /** Hashes of the page's inline scripts, for the server's CSP. */
  scriptHashes: string[];
}

/** Reads what the checks need from one page (`page` is its path relative to the output directory). */
export function pageFacts(page: string, html: string, intern: (text: string) => string = (t) => t): PageFacts {
  return {
    links: pageLinkFacts(page, html, intern),
    undocumented: unknownProductTerms(html, knownTerms).map((term) => `${page}: "${term}"`),
    scriptHashes: inlineScriptHashes(html).map(intern),
  };
}

/**
 * Throws one error listing every link among `pages` that goes nowhere (a missing page or file, or a
 * missing `#id`), or else one listing every undocumented product term.
 */
export function assertSiteIsSound(
  clientDir: string,
  pages: ReadonlyMap<string, PageLinkFacts>,
  undocumented: readonly string[],
  isOnDemand: (pathname: string) => boolean,
): void {
  // Every page links the same few files (the feed, the icon): each is looked up once.
  const files = new Map<string, boolean>();
  const fileExists = (file: string) => files.get(file) ?? files.set(file, isFile(join(clientDir, file))).get(file)!;
  const broken = findBrokenLinks({ pages, fileExists, isOnDemand });
  if (broken.length > 0) {
    throw new Error(`${broken.length} internal link(s) go nowhere:\n  ${broken.join('\n  ')}`);
  }
  if (undocumented.length > 0) {
    throw new Error(
      `${undocumented.length} product term(s) in neither content/glossary.json nor content/error-codes.json ` +
        `(state only documented facts, or add the term there):\n  ${undocumented.join('\n  ')}`,
    );
  }
}

/** Where the hashes of the site's inline scripts go, for the server's CSP. */
export const cspManifestFile = (clientDir: string) => join(clientDir, '..', CSP_MANIFEST_FILE);

export function writeCspManifest(clientDir: string, hashes: Iterable<string>): void {
  writeFileSync(cspManifestFile(clientDir), JSON.stringify([...new Set(hashes)].sort(), null, 2) + '\n');
}

/**
 * After the build: fails it when a page links to a path of the site that does not exist (or to a
 * missing `#id`) or states an `lfk_` placeholder or UPPER_SNAKE name that is in neither
 * `content/glossary.json` nor `content/error-codes.json`, and records the hashes of inline scripts so the server's CSP can allow exactly those.
 */
export function siteChecks(): AstroIntegration {
  let onDemand: RegExp[] = [];
  return {
    name: 'help-center:site-checks',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        onDemand = routes.filter((r) => !r.isPrerendered).map((r) => r.patternRegex);
      },
      'astro:build:done': ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        // Each page is read once and only what the checks need is kept of it.
        const pages = new Map<string, PageLinkFacts>();
        const undocumented: string[] = [];
        const hashes = new Set<string>();
        const intern = createInterner();
        for (const path of walkFiles(clientDir)) {
          if (!path.endsWith('.html')) continue;
          const page = relative(clientDir, path).split(sep).join('/');
          const facts = pageFacts(page, readFileSync(path, 'utf8'), intern);
          pages.set(page, facts.links);
          undocumented.push(...facts.undocumented);
          for (const hash of facts.scriptHashes) hashes.add(hash);
        }
        assertSiteIsSound(clientDir, pages, undocumented, (pathname) =>
          onDemand.some((pattern) => pattern.test(pathname)),
        );
        writeCspManifest(clientDir, hashes);
        logger.info(
          `${pages.size} pages: internal links resolve, product terms are documented; ${hashes.size} inline script hash(es) recorded`,
        );
      },
    },
  };
}
