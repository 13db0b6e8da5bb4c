import { matchRanges } from '../lib/search/highlight.ts';
import { wordsToHighlight } from '../lib/search/highlight-link.ts';

const SKIP = 'script, style, [data-search-ignore], .heading-anchor';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function mark(node: Text, ranges: [number, number][]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const [start, end] of [...ranges].reverse()) {
    const matched = node.splitText(start);
    matched.splitText(end - start);
    const element = document.createElement('mark');
    element.className = 'search-highlight';
    matched.replaceWith(element);
    element.append(matched);
    marks.unshift(element);
  }
  return marks;
}

/** Marks the words the reader searched for in the guide and scrolls to the first one. */
export function highlightSearchedWords(): void {
  const words = wordsToHighlight(location.search);
  const article = document.querySelector('[data-search-body]');
  if (words.length === 0 || !article) return;
  const marks = textNodes(article).flatMap((node) => mark(node, matchRanges(node.nodeValue ?? '', words)));
  const first = marks.find((element) => !element.closest('h1'));
  if (!first) return;
  first.closest('details')?.setAttribute('open', '');
  first.scrollIntoView({ block: 'center' });
}
