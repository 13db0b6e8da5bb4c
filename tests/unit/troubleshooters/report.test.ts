import { describe, expect, it } from 'vitest';
import { pathSteps, troubleshooterReports, type AnswerTotals } from '../../../src/lib/troubleshooters/report.ts';
import type { AnswerEvent } from '../../../src/schemas/troubleshooter-answer.ts';
import { sample } from './fixtures.ts';

const catalog = [{ slug: 'sample', data: sample() }];
const none: AnswerTotals = { readers: [], outcomes: [], paths: [] };
const path = (trail: string, state: AnswerEvent, readers: number, troubleshooter = 'sample') => ({
  troubleshooter,
  path: trail.split('/'),
  state,
  readers,
});

describe('troubleshooterReports', () => {
  it('lists every outcome with zeros before any answer', () => {
    expect(troubleshooterReports(none, catalog)).toEqual([
      {
        troubleshooter: 'sample',
        title: 'Sample',
        readers: 0,
        fixedYes: 0,
        fixedNo: 0,
        outcomes: [
          { outcome: 'fixed', title: 'Fixed', kind: 'resolution', readers: 0, fixedYes: 0, fixedNo: 0 },
          { outcome: 'support', title: 'Support', kind: 'escalation', readers: 0, fixedYes: 0, fixedNo: 0 },
        ],
        unresolved: [],
        abandoned: [],
      },
    ]);
  });

  it('puts the most reached outcome first and sums the fix answers', () => {
    const [report] = troubleshooterReports(
      {
        readers: [{ troubleshooter: 'sample', readers: 7 }],
        outcomes: [
          { troubleshooter: 'sample', outcome: 'fixed', readers: 2, fixedYes: 1, fixedNo: 1 },
          { troubleshooter: 'sample', outcome: 'support', readers: 5, fixedYes: 0, fixedNo: 3 },
        ],
        paths: [],
      },
      catalog,
    );
    expect(report).toMatchObject({ readers: 7, fixedYes: 1, fixedNo: 4 });
    expect(report!.outcomes.map((o) => [o.outcome, o.readers])).toEqual([
      ['support', 5],
      ['fixed', 2],
    ]);
  });

  it('ranks unresolved and abandoned paths, most readers first, with readable steps', () => {
    const [report] = troubleshooterReports(
      {
        ...none,
        paths: [
          path('when/fixed', 'fixed-no', 1),
          path('when/paste/support', 'fixed-no', 3),
          path('when/paste/fixed', 'fixed-yes', 9),
          path('when/paste/fixed', 'reached', 2),
        ],
      },
      catalog,
    );
    expect(report!.unresolved).toEqual([
      {
        path: ['when', 'paste', 'support'],
        steps: [
          { question: 'When?', answer: 'Later' },
          { question: 'Paste it', answer: 'A key' },
        ],
        outcome: 'Support',
        readers: 3,
      },
      { path: ['when', 'fixed'], steps: [{ question: 'When?', answer: 'Now' }], outcome: 'Fixed', readers: 1 },
    ]);
    expect(report!.abandoned.map((p) => [p.path.join('/'), p.readers])).toEqual([['when/paste/fixed', 2]]);
  });

  it('keeps troubleshooters apart, follows the catalog and limits the paths listed', () => {
    const other = { slug: 'other', data: { ...sample(), title: 'Other' } };
    const reports = troubleshooterReports(
      {
        readers: [{ troubleshooter: 'gone', readers: 4 }],
        outcomes: [],
        paths: [
          path('when/fixed', 'reached', 1, 'other'),
          path('when/paste/fixed', 'reached', 2, 'other'),
          path('when/paste/support', 'reached', 3, 'other'),
          path('when/fixed', 'reached', 8, 'gone'),
        ],
      },
      [other, ...catalog],
      2,
    );
    expect(reports.map((r) => r.troubleshooter)).toEqual(['other', 'sample']);
    expect(reports[0]!.abandoned.map((p) => p.readers)).toEqual([3, 2]);
    expect(reports[1]!.abandoned).toEqual([]);
  });
});

describe('pathSteps', () => {
  it.each([
    [
      'a walk',
      ['when', 'paste', 'fixed'],
      [
        ['When?', 'Later'],
        ['Paste it', 'A token'],
      ],
    ],
    ['just the start', ['when'], []],
    [
      'a node since removed',
      ['when', 'gone', 'fixed'],
      [
        ['When?', 'gone'],
        ['gone', 'fixed'],
      ],
    ],
    ['an answer since removed', ['when', 'support'], [['When?', 'support']]],
  ])('%s', (_name, trail, expected) => {
    expect(pathSteps(sample(), trail)).toEqual(expected.map(([question, answer]) => ({ question, answer })));
  });
});
