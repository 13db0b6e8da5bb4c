// Adds a copy button to each code block. Done here rather than in the HTML so that readers without
// JavaScript never see a button that cannot work.
const announcer = document.createElement('p');
announcer.className = 'sr-only';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre);

  const toolbar = document.createElement('div');
  toolbar.className = 'code-toolbar';
  const language = pre.dataset.language;
  if (language && language !== 'plaintext') {
    const label = document.createElement('span');
    label.textContent = language;
    toolbar.append(label);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', language ? `Copy ${language} code` : 'Copy code');
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const code = pre.querySelector('code')?.innerText ?? pre.innerText;
    try {
      await navigator.clipboard.writeText(code.replace(/\n$/, ''));
      button.textContent = 'Copied';
      announcer.textContent = 'Code copied to the clipboard';
    } catch {
      getSelection()?.selectAllChildren(pre);
      button.textContent = 'Press Ctrl+C';
      announcer.textContent = 'Copying was blocked: the code is selected, press Ctrl+C to copy it';
    }
    clearTimeout(reset);
    reset = setTimeout(() => {
      button.textContent = 'Copy';
      announcer.textContent = '';
    }, 2500);
  });
  toolbar.append(button);
  wrapper.prepend(toolbar);
}
