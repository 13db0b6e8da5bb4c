import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { errorCodeRegistry } from '../lib/content/error-codes.ts';
import { knownConstantTerms, knownKeyTerms } from '../lib/content/glossary.ts';
import { findBrokenLinks } from '../lib/html/links.ts';
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

/** `page: "TERM"` for every product term a built page states that nobody documented. */
function undocumentedTerms(pages: ReadonlyMap<string, string>): string[] {
  return [...pages].flatMap(([page, html]) =>
    unknownProductTerms(html, knownTerms).map((term) => `${page}: "${term}"`),
  );
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
        const pages = new Map<string, string>();
        for (const path of walkFiles(clientDir)) {
          if (path.endsWith('.html'))
            pages.set(relative(clientDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
        }
        const broken = findBrokenLinks({
          pages,
          fileExists: (file) => isFile(join(clientDir, file)),
          isOnDemand: (pathname) => onDemand.some((pattern) => pattern.test(pathname)),
        });
        if (broken.length > 0) {
          throw new Error(`${broken.length} internal link(s) go nowhere:\n  ${broken.join('\n  ')}`);
        }
        const undocumented = undocumentedTerms(pages);
        if (undocumented.length > 0) {
          throw new Error(
            `${undocumented.length} product term(s) in neither content/glossary.json nor content/error-codes.json ` +
              `(state only documented facts, or add the term there):\n  ${undocumented.join('\n  ')}`,
          );
        }
        const hashes = new Set<string>();
        for (const html of pages.values()) for (const hash of inlineScriptHashes(html)) hashes.add(hash);
        writeFileSync(join(clientDir, '..', CSP_MANIFEST_FILE), JSON.stringify([...hashes].sort(), null, 2) + '\n');
        logger.info(
          `${pages.size} pages: internal links resolve, product terms are documented; ${hashes.size} inline script hash(es) recorded`,
        );
      },
    },
  };
}
