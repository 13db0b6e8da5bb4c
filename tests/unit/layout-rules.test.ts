// The house layout rule, enforced: src/lib/ is pure logic that runs anywhere (build, server,
// browser, tests). Node, Astro, database and UI imports belong in src/server/, pages or islands.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../src/server/walk.ts';

const root = join(import.meta.dirname, '..', '..');
const FORBIDDEN = /^(?:node:|astro:|astro(?:\/|$)|pg(?:\/|$)|preact(?:\/|$)|@preact\/|@astrojs\/)/;
const SPECIFIER =
  /(?:\bimport\s[^'"]*?from\s*|\bimport\s*\(\s*|\bimport\s+|\bexport\s[^'"]*?from\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The module specifiers a source file imports, statically or dynamically. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1]!);
}

describe('importsOf', () => {
  it.each([
    [`import { x } from 'node:fs';`, ['node:fs']],
    [`import pg from "pg";`, ['pg']],
    [`import type { APIRoute } from 'astro';`, ['astro']],
    [`import 'preact/hooks';`, ['preact/hooks']],
    [`const m = await import('astro:content');`, ['astro:content']],
    [`export { a } from './a.ts';`, ['./a.ts']],
    [`import {\n  a,\n  b,\n} from 'astro/zod';`, ['astro/zod']],
    [`// not an import: from 'pg'`, []],
  ])('%j imports %j', (source, expected) => {
    expect(importsOf(source)).toEqual(expected);
  });
});

describe('src/lib is pure', () => {
  const files = [...walkFiles(join(root, 'src', 'lib'))].filter((path) => /\.(?:ts|tsx|js|mjs)$/.test(path));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from Node, Astro, pg or Preact', () => {
    const offences = files.flatMap((path) =>
      importsOf(readFileSync(path, 'utf8'))
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it('imports nothing from src/server, pages or islands', () => {
    const offences = files.flatMap((path) =>
      importsOf(readFileSync(path, 'utf8'))
        .filter((specifier) => /(?:^|\/)(?:server|pages|islands)\//.test(specifier) && specifier.startsWith('.'))
        .map((specifier) => `${relative(root, path)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });
});
