import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide.ts';

const valid = {
  title: 'Fixing Session Expired Errors',
  description: 'Why sessions expire and how to fix it.',
  category: 'troubleshooting',
  tags: ['session', 'jwt'],
  updated: new Date('2026-11-20'),
};

/** The first problem Zod reports: the field path and its message. */
function firstIssue(data: unknown): { path: string; message: string } | undefined {
  const result = guideSchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('guide frontmatter', () => {
  it('accepts a complete guide and fills the optional fields', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed).toMatchObject({ errorCodes: [], related: [], draft: false });
  });

  it('accepts a date written as text in YAML', () => {
    expect(guideSchema.parse({ ...valid, updated: '2026-11-20' }).updated.toISOString()).toBe(
      '2026-11-20T00:00:00.000Z',
    );
  });

  it.each([
    ['missing title', { ...valid, title: undefined }, 'title', /expected string/i],
    ['empty title', { ...valid, title: '  ' }, 'title', /must not be empty/],
    ['missing description', { ...valid, description: undefined }, 'description', /expected string/i],
    [
      'unknown category',
      { ...valid, category: 'billing' },
      'category',
      /unknown category "billing"; use one of: troubleshooting/,
    ],
    ['tag with spaces', { ...valid, tags: ['api keys'] }, 'tags.0', /lowercase slug .*no spaces/],
    ['tag in capitals', { ...valid, tags: ['JWT'] }, 'tags.0', /lowercase slug/],
    ['tag as a number', { ...valid, tags: [401] }, 'tags.0', /expected string/i],
    ['no tags', { ...valid, tags: [] }, 'tags', /at least one tag/],
    ['the same tag twice', { ...valid, tags: ['jwt', 'jwt'] }, 'tags', /listed twice/],
    ['bad date', { ...valid, updated: '2026-13-45' }, 'updated', /YYYY-MM-DD/],
    ['date that is not a date', { ...valid, updated: 'last week' }, 'updated', /YYYY-MM-DD/],
    ['error code in lower case', { ...valid, errorCodes: ['session_expired'] }, 'errorCodes.0', /UPPER_SNAKE_CASE/],
    ['related that is not a slug', { ...valid, related: ['Some Guide'] }, 'related.0', /guide slugs/],
    ['draft that is not a boolean', { ...valid, draft: 'yes' }, 'draft', /expected boolean/i],
    ['a misspelt field', { ...valid, tag: ['jwt'] }, '', /unrecognized key.*"tag"/i],
  ])('rejects %s, naming the field', (_name, data, path, message) => {
    const issue = firstIssue(data);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});
