import type { TroubleshooterData, TroubleshooterNode } from '../../../src/schemas/troubleshooter.ts';

/** A small, valid troubleshooter: two questions, a checker question and three outcomes. */
export function sample(nodes: Record<string, TroubleshooterNode> = {}): TroubleshooterData {
  return {
    title: 'Sample',
    description: 'A sample troubleshooter.',
    symptoms: ['Something is wrong'],
    start: 'when',
    nodes: {
      when: {
        type: 'question',
        question: 'When?',
        checker: false,
        answers: [
          { label: 'Now', next: 'fixed' },
          { label: 'Later', next: 'paste' },
        ],
      },
      paste: {
        type: 'question',
        question: 'Paste it',
        checker: true,
        answers: [
          { label: 'A token', next: 'fixed', verdicts: ['jwt-expired'] },
          { label: 'A key', next: 'support', verdicts: ['api-key-valid'] },
        ],
      },
      fixed: { type: 'resolution', title: 'Fixed', text: 'Do this.', guide: 'a-guide#a-section' },
      support: { type: 'escalation', title: 'Support', text: 'Ask us.' },
      ...nodes,
    },
  };
}

/** The guide sections the sample links to. */
export const sections = new Map([['a-guide', new Set(['a-section', 'another-section'])]]);
