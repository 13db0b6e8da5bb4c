/** A guide as search reads it. */
export interface SearchDocument {
  url: string;
  title: string;
  description: string;
  category: string;
  tags: readonly string[];
  /** Tag labels as readers see them, e.g. "API keys". */
  tagLabels: readonly string[];
  codes: readonly string[];
  /** The guide's section headings. */
  headings: readonly string[];
  /** The guide's prose, without code blocks or markup. */
  text: string;
}

/** Every piece of a document's text, for the spelling vocabulary. */
export function documentTexts(document: SearchDocument): string[] {
  return [
    document.title,
    document.description,
    ...document.tagLabels,
    ...document.codes,
    ...document.headings,
    document.text,
  ];
}

/** A guide suggested when a search finds nothing. */
export interface GuideLink {
  url: string;
  title: string;
}
