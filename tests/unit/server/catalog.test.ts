import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromContent } from '../../../src/server/catalog.ts';

const scratch = mkdtempSync(join(tmpdir(), 'catalog-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('catalogFromContent (the catalog under astro dev)', () => {
  it('lists the site’s guides by slug and title and its troubleshooters by slug', () => {
    const catalog = catalogFromContent('content');
    expect(catalog.guides).toContainEqual({
      slug: 'fixing-session-expired-errors',
      title: 'Fixing Session Expired Errors',
    });
    expect(catalog.troubleshooters.map((t) => t.slug)).toEqual(['api-401-errors', 'signed-out']);
    expect(catalog.troubleshooters[0]!.data.nodes[catalog.troubleshooters[0]!.data.start]).toBeDefined();
  });

  it('refuses a troubleshooter its schema refuses, as the build would', () => {
    mkdirSync(join(scratch, 'guides'));
    mkdirSync(join(scratch, 'troubleshooters'));
    writeFileSync(join(scratch, 'troubleshooters', 'broken.yaml'), 'title: No nodes\n');
    expect(() => catalogFromContent(scratch)).toThrow(/nodes|start/);
  });
});
