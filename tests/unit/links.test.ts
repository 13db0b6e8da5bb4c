import { describe, expect, it } from 'vitest';
import { candidateFiles, findBrokenLinks, internalLinks, pageLinkFacts } from '../../src/lib/html/links.ts';

describe('internalLinks', () => {
  it('keeps root-relative and fragment links, skips external ones', () => {
    const html = `
      <a href="/guides/a/">A</a>
      <a href="https://example.com/">external</a>
      <a href="//cdn.example.com/x.js">protocol-relative</a>
      <a href="mailto:help@example.com">mail</a>
      <a href="#why">why</a>
      <link rel="stylesheet" href="/_astro/site.css">
      <script type="module" src="/_astro/app.js"></script>
      <form action="/search/" method="get"></form>
      <a href="/tags/?sort=count&amp;x=1#top">tags</a>`;
    expect(internalLinks('guides/b/index.html', html).map((l) => [l.pathname, l.fragment])).toEqual([
      ['/guides/a/', ''],
      ['/guides/b/', 'why'],
      ['/_astro/site.css', ''],
      ['/_astro/app.js', ''],
      ['/search/', ''],
      ['/tags/', 'top'],
    ]);
  });
});

describe('candidateFiles', () => {
  it.each([
    ['/', ['index.html']],
    ['/guides/a/', ['guides/a/index.html']],
    ['/guides/a', ['guides/a/index.html', 'guides/a.html']],
    ['/rss.xml', ['rss.xml']],
    ['/tags/caf%C3%A9/', ['tags/café/index.html']],
    ['/%E0%A4%A', []],
  ])('%s is served from %j', (pathname, files) => {
    expect(candidateFiles(pathname)).toEqual(files);
  });
});

/** Pages as the checker keeps them, from their HTML. */
const facts = (pages: [string, string][]) => new Map(pages.map(([file, html]) => [file, pageLinkFacts(file, html)]));

describe('findBrokenLinks', () => {
  const pages = facts([
    ['index.html', '<a href="/guides/a/">A</a> <a href="/guides/gone/">gone</a> <a href="/favicon.svg">icon</a>'],
    ['guides/a/index.html', '<h2 id="why">Why</h2><a href="#why">ok</a><a href="#nope">bad</a><a href="/#top">top</a>'],
    ['api.html', '<form action="/api/feedback"></form>'],
  ]);
  const site = {
    pages,
    fileExists: (file: string) => file === 'favicon.svg',
    isOnDemand: (pathname: string) => pathname.startsWith('/api/'),
  };

  it('reports each link to a missing page or a missing #id, naming the page it is on', () => {
    expect(findBrokenLinks(site)).toEqual([
      'index.html: link to /guides/gone/ goes nowhere',
      'guides/a/index.html: link to #nope: no element with id "nope" on guides/a/index.html',
      'guides/a/index.html: link to /#top: no element with id "top" on index.html',
    ]);
  });

  it('accepts a site whose links all resolve', () => {
    expect(findBrokenLinks({ ...site, pages: facts([['index.html', '<a href="/">home</a>']]) })).toEqual([]);
  });
});
