import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/feeds/sitemap.ts';

describe('sitemapXml', () => {
  it('lists absolute URLs, with the day a guide changed', () => {
    const xml = sitemapXml(
      [{ path: '/' }, { path: '/guides/a/', lastModified: new Date('2026-11-20T10:00:00Z') }],
      new URL('https://help.example.com'),
    );
    expect(xml).toContain('<url><loc>https://help.example.com/</loc></url>');
    expect(xml).toContain('<url><loc>https://help.example.com/guides/a/</loc><lastmod>2026-11-20</lastmod></url>');
  });

  it('escapes what XML cannot hold raw', () => {
    expect(sitemapXml([{ path: "/tags/a&b'/" }], new URL('https://h.example'))).toContain(
      '<loc>https://h.example/tags/a&amp;b&apos;/</loc>',
    );
  });
});
