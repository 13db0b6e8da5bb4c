import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalationHref } from '../../../src/lib/troubleshooters/escalation.ts';
import {
  answerReturnHref,
  stepsFromPathname,
  stepsFromQuery,
  trailHref,
} from '../../../src/lib/troubleshooters/url.ts';
import { allTrails, answersAlong, progress, stepTitle, trailProblem } from '../../../src/lib/troubleshooters/walk.ts';
import { sample } from './fixtures.ts';

const troubleshooter = sample();

describe('trailProblem', () => {
  it.each([
    ['the start alone', ['when'], undefined],
    ['a walk to an outcome', ['when', 'paste', 'support'], undefined],
    ['nothing', [], 'empty'],
    ['a node that does not exist', ['when', 'ghost'], 'unknown-node'],
    ['a walk from another node', ['paste', 'support'], 'not-from-start'],
    ['a skipped question', ['when', 'support'], 'not-a-walk'],
    ['a step past an outcome', ['when', 'fixed', 'support'], 'not-a-walk'],
  ] as const)('%s', (_name, trail, problem) => {
    expect(trailProblem(troubleshooter, trail)).toBe(problem);
  });
});

describe('allTrails', () => {
  it('lists every path from the start, each a real walk', () => {
    const trails = allTrails(troubleshooter);
    expect(trails).toEqual([
      ['when'],
      ['when', 'fixed'],
      ['when', 'paste'],
      ['when', 'paste', 'fixed'],
      ['when', 'paste', 'support'],
    ]);
    for (const trail of trails) expect(trailProblem(troubleshooter, trail)).toBeUndefined();
  });
});

describe('progress', () => {
  it.each([
    [['when'], { question: 1, mostQuestions: 2, done: false }],
    [['when', 'paste'], { question: 2, mostQuestions: 2, done: false }],
    [['when', 'fixed'], { question: 1, mostQuestions: 1, done: true }],
    [['when', 'paste', 'support'], { question: 2, mostQuestions: 2, done: true }],
  ])('at %j', (trail, expected) => {
    expect(progress(troubleshooter, trail)).toEqual(expected);
  });
});

it('answersAlong gives each question with the answer that led on', () => {
  expect(answersAlong(troubleshooter, ['when', 'paste', 'support'])).toEqual([
    { question: 'When?', answer: 'Later' },
    { question: 'Paste it', answer: 'A key' },
  ]);
});

it.each([
  [['when'], 'Sample'],
  [['when', 'paste'], 'Paste it · Sample'],
  [['when', 'paste', 'support'], 'Support · Sample'],
])('the page title at %j is %s', (trail, title) => {
  expect(stepTitle(troubleshooter, trail)).toBe(title);
});

describe('addresses', () => {
  it.each([
    [['when'], '/troubleshoot/sample/'],
    [['when', 'paste', 'support'], '/troubleshoot/sample/paste/support/'],
  ])('trail %j is at %s', (trail, href) => {
    expect(trailHref('sample', trail)).toBe(href);
    expect(stepsFromPathname(href)).toEqual({ slug: 'sample', steps: trail.slice(1) });
  });

  it.each(['/guides/sample/', '/troubleshoot/', '/troubleshoot/Sample/', '/troubleshoot/sample/a%20b/'])(
    '%s is not a troubleshooter page',
    (pathname) => {
      expect(stepsFromPathname(pathname)).toBeUndefined();
    },
  );

  it('any trail survives the trip through its address', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(id, fc.array(id, { minLength: 1, maxLength: 8 }), (slug, trail) => {
        expect(stepsFromPathname(trailHref(slug, trail))).toEqual({ slug, steps: trail.slice(1) });
      }),
    );
  });

  it.each([
    ['?troubleshoot=sample/paste/support', ['paste', 'support']],
    ['?troubleshoot=sample', []],
    ['?troubleshoot=other/paste', []],
    ['?troubleshoot=sample/<script>', []],
    ['', []],
  ])('an embedded troubleshooter reads %s', (search, steps) => {
    expect(stepsFromQuery(search, 'sample')).toEqual(steps);
  });

  it('the no-JavaScript form returns to the outcome, at its thank-you', () => {
    expect(answerReturnHref('sample', ['when', 'fixed'], 'fixed-no')).toBe(
      '/troubleshoot/sample/fixed/?answered=no#troubleshooter-thanks',
    );
  });
});

describe('escalationHref', () => {
  const answers = [{ question: 'When?', answer: 'Later' }];
  const page = 'https://help.example/troubleshoot/sample/paste/support/';

  it('prefills a web contact form with the troubleshooter and every answer', () => {
    const url = new URL(escalationHref('https://example.com/contact', 'Sample', answers, page));
    expect(url.origin + url.pathname).toBe('https://example.com/contact');
    expect(url.searchParams.get('subject')).toBe('Troubleshooter: Sample');
    expect(url.searchParams.get('body')).toContain('- When? Later');
    expect(url.searchParams.get('body')).toContain(page);
  });

  it.each([
    ['mailto:help@example.com', 'mailto:help@example.com?subject='],
    ['mailto:help@example.com?cc=a@example.com', 'mailto:help@example.com?cc=a@example.com&subject='],
  ])('prefills a mail link %s', (support, start) => {
    const href = escalationHref(support, 'Sample & co', answers, page);
    expect(href.startsWith(start)).toBe(true);
    expect(href).toContain('Sample%20%26%20co');
    expect(decodeURIComponent(href)).toContain('- When? Later');
  });
});
