import { render } from 'preact';
import { HITS_SHOWN } from '../../lib/search/engine.ts';
import SearchPanel from './SearchPanel.tsx';

/**
 * Turns a plain search form (the home page's "How can we help?" box) into search as you type, with
 * the dialog's results: the same panel, searching from what is already in the box, focus kept in
 * the box with the caret where it was.
 */
export function searchInline(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const host = document.createElement('div');
  host.className = 'search-inline';
  form.replaceWith(host);
  const query = input?.value ?? '';
  render(<SearchPanel mode="inline" start={{ query, filters: { tags: [] }, exact: false, shown: HITS_SHOWN }} />, host);
  const field = host.querySelector<HTMLInputElement>('input[type="search"]');
  field?.focus();
  field?.setSelectionRange(query.length, query.length);
}
