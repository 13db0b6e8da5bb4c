import { describe, expect, it } from 'vitest';
import { answerBody, readSavedAnswer } from '../../../src/islands/feedback/saved-answer.ts';

describe('readSavedAnswer', () => {
  it.each([
    ['nothing saved', null, null],
    ['an empty value', '', null],
    ['the bare vote earlier versions stored', 'down', { vote: 'down' }],
    [
      'a No with reason and comment',
      '{"vote":"down","reason":"hard-to-follow","comment":"hi"}',
      { vote: 'down', reason: 'hard-to-follow', comment: 'hi' },
    ],
    [
      'a Yes keeps its comment but no reason',
      '{"vote":"up","reason":"other","comment":"x"}',
      { vote: 'up', reason: undefined, comment: 'x' },
    ],
    [
      'an unknown reason is dropped',
      '{"vote":"down","reason":"bored"}',
      { vote: 'down', reason: undefined, comment: undefined },
    ],
    [
      'a comment over the limit is dropped',
      JSON.stringify({ vote: 'down', comment: 'x'.repeat(1001) }),
      { vote: 'down', reason: undefined, comment: undefined },
    ],
    ['damaged JSON', '{"vote":', null],
    ['an unknown vote', '{"vote":"maybe"}', null],
    ['not an object', '42', null],
  ])('%s', (_name, raw, expected) => {
    expect(readSavedAnswer(raw)).toEqual(expected);
  });
});

describe('answerBody', () => {
  it.each([
    ['a plain vote', { vote: 'up' as const }, { guide: 'g', vote: 'up' }],
    [
      'a Yes keeps the earlier comment, not the reason',
      { vote: 'up' as const, reason: 'other' as const, comment: 'c' },
      { guide: 'g', vote: 'up', comment: 'c' },
    ],
    [
      'a No sends reason and comment',
      { vote: 'down' as const, reason: 'other' as const, comment: 'c' },
      { guide: 'g', vote: 'down', reason: 'other', comment: 'c' },
    ],
    ['an empty comment is left out', { vote: 'down' as const, comment: '' }, { guide: 'g', vote: 'down' }],
  ])('%s', (_name, answer, expected) => {
    expect(answerBody('g', answer)).toEqual(expected);
  });
});
