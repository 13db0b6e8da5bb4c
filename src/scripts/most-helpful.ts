interface HelpfulGuide {
  slug: string;
  title: string;
  up: number;
  total: number;
}

async function fetchMostHelpful(): Promise<HelpfulGuide[]> {
  try {
    const response = await fetch('/api/most-helpful', { headers: { Accept: 'application/json' } });
    if (!response.ok) return [];
    const body = (await response.json()) as { guides?: HelpfulGuide[] };
    return Array.isArray(body.guides) ? body.guides : [];
  } catch {
    return [];
  }
}

function card(guide: HelpfulGuide, headingTag: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = document.createElement(headingTag);
  const link = document.createElement('a');
  link.href = `/guides/${encodeURIComponent(guide.slug)}/`;
  link.textContent = guide.title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = `Helpful to ${guide.up} of ${guide.total} readers`;
  item.append(heading, meta);
  return item;
}

/**
 * Replaces a section's build-time "Popular guides" with the guides readers rated most helpful,
 * when the API has enough votes to rank them; otherwise (few votes, offline, an error) the
 * build-time list stays as it is.
 */
export async function showMostHelpful(section: HTMLElement): Promise<void> {
  const list = section.querySelector('[data-most-helpful-list]');
  const title = section.querySelector('#popular-title');
  const count = Number(section.dataset.count);
  if (!list || !title) return;
  // The API answers an even count and the page asks for one, so the rows stay full.
  const shown = (await fetchMostHelpful()).slice(0, count);
  if (shown.length === 0) return;
  const headingTag = list.querySelector('h2, h3')?.tagName.toLowerCase() ?? 'h3';
  title.textContent = 'Most helpful guides';
  list.replaceChildren(...shown.map((guide) => card(guide, headingTag)));
}
