// Opens search from the header button, Ctrl/⌘+K, or "/", and turns the home page's big box into
// search as you type. The dialog and the index are loaded on first use, so no page pays for search
// until a reader reaches for it. Keys pressed while the dialog's code loads are kept and handed
// to it, so a reader who starts typing at once loses nothing.
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

const loadDialog = () => import('../islands/search/dialog.tsx');
const loadInline = () => import('../islands/search/inline.tsx');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]'))
  );
}

/** What the reader typed since asking for search, until the dialog can take it; undefined when idle. */
let typed: string | undefined;

async function open(): Promise<void> {
  if (typed !== undefined) return;
  typed = '';
  try {
    const dialog = await loadDialog();
    const keys = typed;
    typed = undefined;
    dialog.openSearchDialog(keys);
  } catch {
    typed = undefined;
  }
}

if (/Mac|iPhone|iPad/.test(navigator.platform)) {
  const shortcut = button?.querySelector('kbd');
  if (shortcut) shortcut.textContent = '⌘K';
  button?.setAttribute('aria-keyshortcuts', 'Meta+K /');
}

button?.addEventListener('click', () => void open());
button?.addEventListener('pointerenter', () => void loadDialog(), { once: true });

document.addEventListener(
  'keydown',
  (event) => {
    if (typed === undefined) return;
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    else return;
    event.preventDefault();
    event.stopPropagation();
  },
  { capture: true },
);

document.addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  if (commandK && document.querySelector('dialog.search-dialog[open]')) return;
  event.preventDefault();
  void open();
});

for (const box of document.querySelectorAll<HTMLFormElement>('form[data-search-inline]')) {
  const start = () => void loadInline().then((inline) => inline.searchInline(box));
  box.addEventListener('input', start, { once: true });
  box.addEventListener('focusin', () => void loadInline(), { once: true });
}
