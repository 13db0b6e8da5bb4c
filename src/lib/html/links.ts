/** A link in a built page to a path of the same site. */
export interface InternalLink {
  /** The page (path of its HTML file under the output directory) holding the link. */
  from: string;
  /** The link as written, e.g. `/guides/x/#why`. */
  href: string;
  pathname: string;
  /** The fragment without `#`, or empty. */
  fragment: string;
}

const URL_ATTRIBUTE = /<(a|link|script|img|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;
const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

function decodeEntities(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/**
 * Root-relative and fragment-only URLs in `html` (external, protocol-relative, `mailto:` and
 * similar are not ours to check). A fragment-only link is resolved against the page itself.
 */
export function internalLinks(from: string, html: string): InternalLink[] {
  const pagePath = '/' + from.replace(/index\.html$/, '').replace(/\.html$/, '');
  const links: InternalLink[] = [];
  for (const match of html.matchAll(URL_ATTRIBUTE)) {
    const href = decodeEntities(match[3] ?? '');
    if (!(href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')))) continue;
    const hashAt = href.indexOf('#');
    const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
    const pathname = href.startsWith('#') ? pagePath : (beforeHash.split('?')[0] ?? '/');
    const fragment = hashAt === -1 ? '' : href.slice(hashAt + 1);
    links.push({ from, href, pathname, fragment });
  }
  return links;
}

/** The `id`s in `html`, the targets a fragment link can reach. */
export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The files a static server would answer `pathname` with, most likely first. */
export function candidateFiles(pathname: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURI(pathname);
  } catch {
    return [];
  }
  const relative = decoded.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  if (/\.[a-z0-9]+$/i.test(relative)) return [relative];
  return [`${relative}/index.html`, `${relative}.html`];
}

/** What the link check keeps of one page: its links to the site and the ids it holds. */
export interface PageLinkFacts {
  links: InternalLink[];
  ids: ReadonlySet<string>;
}

/**
 * A page's {@link PageLinkFacts}. `intern` returns one copy of equal strings: the same links are on
 * thousands of pages, and a string cut from a page would otherwise keep the whole page in memory.
 */
export function pageLinkFacts(from: string, html: string, intern: (text: string) => string = (t) => t): PageLinkFacts {
  return {
    links: internalLinks(from, html).map((link) => ({
      from,
      href: intern(link.href),
      pathname: intern(link.pathname),
      fragment: intern(link.fragment),
    })),
    ids: new Set([...elementIds(html)].map(intern)),
  };
}

/** What the link checker knows about the built site. */
export interface BuiltSite {
  /** Built HTML pages' links and ids by file path relative to the output directory (e.g. `guides/x/index.html`). */
  pages: ReadonlyMap<string, PageLinkFacts>;
  /** True when a non-HTML file exists at this relative path. */
  fileExists: (relativePath: string) => boolean;
  /** True for paths the server renders on demand (e.g. `/api/feedback`) rather than from files. */
  isOnDemand: (pathname: string) => boolean;
}

/** One human-readable line per link that goes nowhere: a missing page or file, or a missing `#id`. */
export function findBrokenLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const [from, { links }] of site.pages) {
    for (const link of links) {
      if (site.isOnDemand(link.pathname)) continue;
      const target = candidateFiles(link.pathname).find((file) => site.pages.has(file) || site.fileExists(file));
      if (!target) {
        problems.push(`${from}: link to ${link.href} goes nowhere`);
        continue;
      }
      const ids = site.pages.get(target)?.ids;
      if (link.fragment && ids && !ids.has(decodeURIComponent(link.fragment))) {
        problems.push(`${from}: link to ${link.href}: no element with id "${link.fragment}" on ${target}`);
      }
    }
  }
  return problems;
}
