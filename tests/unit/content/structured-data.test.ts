import { describe, expect, it } from 'vitest';
import { guideJsonLd } from '../../../src/lib/content/structured-data.ts';

const data = {
  title: 'Fixing Session Expired Errors',
  description: 'Why sessions expire.',
  url: 'https://help.example/guides/x/',
  updated: new Date('2026-11-20T00:00:00Z'),
  trail: [
    { name: 'Help Center', url: 'https://help.example/' },
    { name: 'Troubleshooting', url: 'https://help.example/categories/troubleshooting/' },
    { name: 'Fixing Session Expired Errors', url: 'https://help.example/guides/x/' },
  ],
  keywords: ['session', 'jwt'],
  publisher: 'Trust Leads',
};

describe('guideJsonLd', () => {
  const graph = JSON.parse(guideJsonLd(data))['@graph'] as Record<string, unknown>[];

  it('lists the breadcrumb trail in order, positions from 1', () => {
    const list = graph.find((node) => node['@type'] === 'BreadcrumbList') as {
      itemListElement: { position: number; name: string; item: string }[];
    };
    expect(list.itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, 'Help Center'],
      [2, 'Troubleshooting'],
      [3, 'Fixing Session Expired Errors'],
    ]);
  });

  it('describes the article with its headline and the day of its last change', () => {
    const article = graph.find((node) => node['@type'] === 'TechArticle');
    expect(article).toMatchObject({ headline: data.title, dateModified: '2026-11-20', keywords: 'session, jwt' });
    expect(article).not.toHaveProperty('datePublished');
  });

  it('cannot be closed early by text in a title', () => {
    const json = guideJsonLd({ ...data, title: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)['@graph'][1].headline).toBe('</script><script>alert(1)</script>');
  });
});
