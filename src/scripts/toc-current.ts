// Marks the "On this page" link of the section being read (aria-current="location"). The
// section is the last heading that has scrolled past the top fifth of the window.
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc-aside a[href^="#"]')) {
  links.set(decodeURIComponent(link.hash.slice(1)), link);
}
const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);

function mark(): void {
  const line = window.innerHeight / 5;
  let current = headings[0];
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) current = heading;
    else break;
  }
  for (const [id, link] of links) {
    if (id === current?.id) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

if (headings.length > 0 && matchMedia('(min-width: 64rem)').matches) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  // At most one measurement a frame, however fast the reader scrolls.
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  mark();
}
