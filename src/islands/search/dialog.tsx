import { render } from 'preact';
import { HITS_SHOWN } from '../../lib/search/engine.ts';
import SearchPanel from './SearchPanel.tsx';

let dialog: HTMLDialogElement | undefined;
let returnFocusTo: HTMLElement | null = null;

const FOCUSABLE = 'input:not([type="hidden"]), button, a[href]:not([tabindex="-1"]), [tabindex="0"]';

// A modal dialog already makes the page inert; this keeps Tab cycling inside rather than
// stepping out to the browser's own controls.
function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function create(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-label', 'Search the help center');
  element.addEventListener('keydown', trapTab);
  // Escape in a search field would first clear it; in the dialog it closes search at once.
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      element.close();
    }
  });
  // A click on the backdrop lands on the dialog element itself.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  element.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = null;
  });
  document.body.append(element);
  return element;
}

let opened = 0;

/**
 * Opens the search dialog with `typed` in its box (keys pressed while its code was loading), and
 * returns focus to what had it when the dialog closes. Each opening is a new search: the last
 * one's words and filters do not carry over.
 */
export function openSearchDialog(typed = ''): void {
  if (dialog?.open) return;
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const element = (dialog ??= create());
  opened += 1;
  render(
    <SearchPanel
      key={opened}
      mode="dialog"
      start={{ query: typed, filters: { tags: [] }, exact: false, shown: HITS_SHOWN }}
      onClose={() => element.close()}
    />,
    element,
  );
  element.showModal();
  const input = element.querySelector<HTMLInputElement>('input[type="search"]');
  input?.focus();
  input?.setSelectionRange(typed.length, typed.length);
}
