import { describe, expect, it } from 'vitest';
import { parseAnswer, type AnswerErrorCode } from '../../../src/lib/troubleshooters/answer.ts';
import { sample } from './fixtures.ts';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const find = (slug: string) => (slug === 'sample' ? sample() : undefined);
const good = { troubleshooter: 'sample', path: ['when', 'paste', 'support'], outcome: 'support', event: 'fixed-no' };
const parseJson = (body: unknown) => parseAnswer(JSON_TYPE, JSON.stringify(body), find);

describe('parseAnswer accepts', () => {
  it.each([
    ['a fix answer', good],
    ['reaching an outcome', { ...good, event: 'reached' }],
    [
      '"it fixed it" at a resolution one step in',
      { ...good, path: ['when', 'fixed'], outcome: 'fixed', event: 'fixed-yes' },
    ],
    ['a visitor id', { ...good, visitor: 'abcDEF12_-' }],
  ])('%s', (_name, body) => {
    const parsed = parseJson(body);
    expect(parsed).toEqual({ ok: true, value: body, form: false });
  });

  it('the no-JavaScript form, its path joined by "/"', () => {
    const parsed = parseAnswer(
      FORM_TYPE,
      'troubleshooter=sample&path=when%2Fpaste%2Fsupport&outcome=support&event=fixed-yes',
      find,
    );
    expect(parsed).toEqual({ ok: true, value: { ...good, event: 'fixed-yes' }, form: true });
  });
});

describe('parseAnswer refuses, with a specific code', () => {
  const cases: [string, unknown, number, AnswerErrorCode][] = [
    ['an unknown troubleshooter', { ...good, troubleshooter: 'other' }, 404, 'unknown-troubleshooter'],
    ['a troubleshooter that is not a slug', { ...good, troubleshooter: 'Sample!' }, 404, 'unknown-troubleshooter'],
    ['a path that is a string in JSON', { ...good, path: 'when/paste/support' }, 400, 'invalid-path'],
    ['an empty path', { ...good, path: [] }, 400, 'invalid-path'],
    ['a path of non-ids', { ...good, path: ['when', 'Paste It'] }, 400, 'invalid-path'],
    ['a path too long', { ...good, path: Array.from({ length: 101 }, () => 'when') }, 400, 'invalid-path'],
    ['a path through a node that does not exist', { ...good, path: ['when', 'ghost', 'support'] }, 400, 'unknown-node'],
    ['a path not from the start', { ...good, path: ['paste', 'support'] }, 400, 'path-not-from-start'],
    ['a path that skips a question', { ...good, path: ['when', 'support'] }, 400, 'path-not-a-walk'],
    ['a path ending elsewhere', { ...good, path: ['when', 'fixed'] }, 400, 'outcome-mismatch'],
    [
      'an outcome that is a question',
      { ...good, path: ['when', 'paste'], outcome: 'paste' },
      400,
      'outcome-not-terminal',
    ],
    ['an outcome that does not exist', { ...good, outcome: 'ghost' }, 400, 'unknown-node'],
    ['an outcome that is not an id', { ...good, outcome: '../x' }, 400, 'invalid-outcome'],
    ['an unknown event', { ...good, event: 'maybe' }, 400, 'invalid-event'],
    ['a missing event', { ...good, event: undefined }, 400, 'invalid-event'],
    ['a bad visitor id', { ...good, visitor: 'short' }, 400, 'invalid-visitor'],
    ['an unknown field', { ...good, vote: 'up' }, 400, 'unknown-field'],
    ['a __proto__ field', JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(good).slice(1)}`), 400, 'unknown-field'],
    ['an array body', [good], 400, 'invalid-body'],
  ];

  it.each(cases)('%s', (_name, body, status, code) => {
    const parsed = parseJson(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([parsed.error.status, parsed.error.code]).toEqual([status, code]);
  });

  it.each([
    ['text', 'text/plain', 'hello', 415, 'unsupported-media-type'],
    ['broken JSON', JSON_TYPE, '{"troubleshooter":', 400, 'invalid-json'],
    [
      'a form path that is not a walk',
      FORM_TYPE,
      'troubleshooter=sample&path=when%2Fsupport&outcome=support&event=reached',
      400,
      'path-not-a-walk',
    ],
  ] as const)('%s', (_name, type, text, status, code) => {
    const parsed = parseAnswer(type, text, find);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([parsed.error.status, parsed.error.code]).toEqual([status, code]);
  });
});
