import { searchPageHref } from '../../lib/search/search-url.ts';
import SearchPanel, { type SearchStart } from './SearchPanel.tsx';

/** The search page's panel: the same search as the dialog, with its state kept in the URL. */
export default function SearchPage({ start }: { start: SearchStart }) {
  return (
    <SearchPanel
      mode="page"
      start={start}
      onStateChange={(state) => {
        const href = searchPageHref({ ...state, query: state.query.trim() });
        if (href !== location.pathname + location.search) history.replaceState(null, '', href);
      }}
    />
  );
}
