import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  graphProblems,
  MAX_PATHS,
  type GraphProblemKind,
} from '../../../src/lib/troubleshooters/graph.ts';
import type { TroubleshooterData, TroubleshooterNode } from '../../../src/schemas/troubleshooter.ts';
import { sample, sections } from './fixtures.ts';

const question = (...next: string[]): TroubleshooterNode => ({
  type: 'question',
  question: 'Which?',
  checker: false,
  answers: next.map((target) => ({ label: `To ${target}`, next: target })),
});

describe('graphProblems', () => {
  it('finds nothing wrong with a valid troubleshooter', () => {
    expect(graphProblems(sample(), sections)).toEqual([]);
  });

  const cases: [string, TroubleshooterData, GraphProblemKind, string][] = [
    ['a start that is not a node', { ...sample(), start: 'nowhere' }, 'missing-start', 'nowhere'],
    ['an answer to a node that does not exist', sample({ when: question('fixed', 'ghost') }), 'missing-node', 'when'],
    [
      'a node no answer leads to',
      sample({ orphan: { type: 'escalation', title: 'O', text: 'O' } }),
      'unreachable',
      'orphan',
    ],
    ['an answer leading back up the path', sample({ paste: question('when', 'support') }), 'cycle', 'paste'],
    ['an answer leading to its own question', sample({ paste: question('paste', 'support') }), 'cycle', 'paste'],
    ['a question with no answers', sample({ paste: question() }), 'dead-end', 'paste'],
    ['two answers to the same node', sample({ paste: question('support', 'support') }), 'same-target', 'paste'],
    [
      'verdicts on a question without the checker',
      sample({
        paste: {
          type: 'question',
          question: 'Q',
          checker: false,
          answers: [{ label: 'A', next: 'support', verdicts: ['jwt-expired'] }],
        },
      }),
      'verdicts-without-checker',
      'paste',
    ],
    [
      'one verdict picking two answers',
      sample({
        paste: {
          type: 'question',
          question: 'Q',
          checker: true,
          answers: [
            { label: 'A', next: 'support', verdicts: ['jwt-expired'] },
            { label: 'B', next: 'fixed', verdicts: ['jwt-expired', 'jwt-valid'] },
          ],
        },
      }),
      'verdict-twice',
      'paste',
    ],
    [
      'a resolution linking a guide that does not exist',
      sample({ fixed: { type: 'resolution', title: 'F', text: 'F', guide: 'no-guide#a-section' } }),
      'missing-guide',
      'fixed',
    ],
    [
      'a resolution linking a section the guide does not have',
      sample({ fixed: { type: 'resolution', title: 'F', text: 'F', guide: 'a-guide#no-section' } }),
      'missing-anchor',
      'fixed',
    ],
  ];

  it.each(cases)('reports %s, naming the node', (_name, troubleshooter, kind, node) => {
    const problems = graphProblems(troubleshooter, sections);
    expect(problems.map((problem) => [problem.kind, problem.node])).toContainEqual([kind, node]);
  });

  it('reports a graph with more paths than pages it may make', () => {
    // A ladder of two-way questions doubles the paths at every rung.
    const nodes: Record<string, TroubleshooterNode> = { end: { type: 'escalation', title: 'E', text: 'E' } };
    const rungs = Math.ceil(Math.log2(MAX_PATHS)) + 1;
    for (let rung = 0; rung < rungs; rung++) {
      const next = rung + 1 < rungs ? `q${rung + 1}` : 'end';
      nodes[`q${rung}`] = {
        type: 'question',
        question: 'Q',
        checker: false,
        answers: [
          { label: 'A', next },
          { label: 'B', next: `s${rung}` },
        ],
      };
      nodes[`s${rung}`] = question(next);
    }
    const problems = graphProblems({ ...sample(), start: 'q0', nodes }, sections);
    expect(problems.map((problem) => problem.kind)).toEqual(['too-many-paths']);
  });

  it('names the file and the node in build errors', () => {
    const problems = graphProblems(sample({ paste: question() }), sections);
    expect(formatProblems('content/troubleshooters/x.yaml', problems)).toEqual([
      'content/troubleshooters/x.yaml: node "paste": a question with no answers is a dead end; give it answers, or make it a resolution or an escalation',
      'content/troubleshooters/x.yaml: node "support": no answer leads here from the start ("when")',
    ]);
  });
});
