/** A step of the breadcrumb trail, with its absolute address. */
export interface Crumb {
  name: string;
  url: string;
}

/** What the JSON-LD of a guide page says. */
export interface GuideStructuredData {
  title: string;
  description: string;
  url: string;
  /** Day of the last real change (frontmatter `updated`). */
  updated: Date;
  /** From the Help Center home down to the guide itself. */
  trail: readonly Crumb[];
  keywords: readonly string[];
  publisher: string;
}

/**
 * The schema.org JSON-LD for a guide: a `BreadcrumbList` of its trail and a `TechArticle` with its
 * headline, description and `dateModified`. Guides record only the day of their last real change,
 * not a first publication day, so no `datePublished` is guessed.
 * Serialised safely for a `<script>` element: `<` is escaped so no text can close the element.
 */
export function guideJsonLd(data: GuideStructuredData): string {
  const graph = [
    {
      '@type': 'BreadcrumbList',
      itemListElement: data.trail.map((crumb, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: crumb.name,
        item: crumb.url,
      })),
    },
    {
      '@type': 'TechArticle',
      headline: data.title,
      description: data.description,
      url: data.url,
      mainEntityOfPage: data.url,
      dateModified: data.updated.toISOString().slice(0, 10),
      keywords: data.keywords.join(', '),
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: data.publisher },
    },
  ];
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replaceAll('<', '\\u003c');
}
