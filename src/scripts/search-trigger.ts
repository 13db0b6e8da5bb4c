// Opens search from the header button, Ctrl/⌘+K, or "/". The dialog and Pagefind are loaded on
// first use, so no page pays for search until a reader reaches for it.
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');

const loadDialog = () => import('../islands/search/dialog.tsx');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]'))
  );
}

async function open(): Promise<void> {
  (await loadDialog()).openSearchDialog();
}

if (/Mac|iPhone|iPad/.test(navigator.platform)) {
  const shortcut = button?.querySelector('kbd');
  if (shortcut) shortcut.textContent = '⌘K';
  button?.setAttribute('aria-keyshortcuts', 'Meta+K /');
}

button?.addEventListener('click', () => void open());
button?.addEventListener('pointerenter', () => void loadDialog(), { once: true });

document.addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  if (commandK && document.querySelector('dialog.search-dialog[open]')) return;
  event.preventDefault();
  void open();
});
