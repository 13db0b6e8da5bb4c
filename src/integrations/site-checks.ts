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
          const html = readFileSync(path, 'utf8');
          pages.set(page, pageLinkFacts(page, html, intern));
          for (const term of unknownProductTerms(html, knownTerms)) undocumented.push(`${page}: "${term}"`);
          for (const hash of inlineScriptHashes(html)) hashes.add(intern(hash));
        }
        const broken = findBrokenLinks({
          pages,
          fileExists: (file) => isFile(join(clientDir, file)),
          isOnDemand: (pathname) => onDemand.some((pattern) => pattern.test(pathname)),
        });
        if (broken.length > 0) {
          throw new Error(`${broken.length} internal link(s) go nowhere:\n  ${broken.join('\n  ')}`);
        }
        if (undocumented.length > 0) {
          throw new Error(
            `${undocumented.length} product term(s) in neither content/glossary.json nor content/error-codes.json ` +
              `(state only documented facts, or add the term there):\n  ${undocumented.join('\n  ')}`,
          );
        }
        writeFileSync(join(clientDir, '..', CSP_MANIFEST_FILE), JSON.stringify([...hashes].sort(), null, 2) + '\n');
        logger.info(
          `${pages.size} pages: internal links resolve, product terms are documented; ${hashes.size} inline script hash(es) recorded`,
        );
      },
    },
  };
}
