/**
 * The support link an escalation offers, with the subject and message prefilled: the troubleshooter,
 * every question and answer on the way, and the page, so the reader never has to retype them.
 * `supportUrl` is the contact link from `content/site.json` (a web page or a `mailto:` address).
 */
export function escalationHref(
  supportUrl: string,
  title: string,
  answers: readonly { question: string; answer: string }[],
  pageUrl: string,
): string {
  const subject = `Troubleshooter: ${title}`;
  const body = [
    `I followed the troubleshooter "${title}" and it sent me to support.`,
    '',
    'My answers:',
    ...answers.map(({ question, answer }) => `- ${question} ${answer}`),
    '',
    `Where I ended: ${pageUrl}`,
  ].join('\n');
  if (supportUrl.startsWith('mailto:')) {
    const separator = supportUrl.includes('?') ? '&' : '?';
    return `${supportUrl}${separator}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(supportUrl);
  url.searchParams.set('subject', subject);
  url.searchParams.set('body', body);
  return url.href;
}
