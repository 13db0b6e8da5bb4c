import labels from '../../../content/tags.json' with { type: 'json' };

const tagLabels: Readonly<Record<string, string>> = labels;

/**
 * How a tag is shown to readers. Tags are stored as slugs; `content/tags.json` keeps the casing a
 * slug cannot (e.g. "JWT"), and any other tag shows its slug with hyphens as spaces.
 */
export function tagLabel(tag: string): string {
  return tagLabels[tag] ?? tag.replaceAll('-', ' ');
}
