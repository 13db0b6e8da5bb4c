/** A random id per browser, so a reader counts once per guide; it says nothing about who they are. */
export function visitorId(): string {
  let id = localStorage.getItem('tl-visitor');
  if (!id) {
    id = crypto.randomUUID().replaceAll('-', '');
    localStorage.setItem('tl-visitor', id);
  }
  return id;
}
