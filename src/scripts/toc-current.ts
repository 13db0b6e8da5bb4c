// Marks the "On this page" link of the section being read (aria-current="location"): the last
// heading above the top fifth of the window. Measured at most once a frame while scrolling.
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-aside a')];
let frame = 0;

function mark(): void {
  frame = 0;
  let current = links[0];
  for (const link of links) {
    const top = document.getElementById(link.getAttribute('href')!.slice(1))?.getBoundingClientRect().top;
    if (top !== undefined && top <= innerHeight / 5) current = link;
  }
  for (const link of links) link.ariaCurrent = link === current ? 'location' : null;
}

if (links.length > 0 && matchMedia('(min-width: 64rem)').matches) {
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
  mark();
}
