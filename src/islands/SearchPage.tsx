import SearchPanel, { searchPageHref, type SearchStart } from './search/SearchPanel.tsx';

/** The search page's panel: the same search as the dialog, with its state kept in the URL. */
export default function SearchPage({ start }: { start: SearchStart }) {
  return (
    <SearchPanel
      mode="page"
      start={start}
      onStateChange={(query, filters, exact) => {
        const href = searchPageHref(query.trim(), filters, exact);
        if (href !== location.pathname + location.search) history.replaceState(null, '', href);
      }}
    />
  );
}
