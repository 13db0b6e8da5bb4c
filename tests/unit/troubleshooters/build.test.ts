// Builds small copies of the site with one troubleshooter each: a broken one must fail the build
// naming the file and the node. Slow (a real Astro build each), so only the kinds an author meets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createTempSite, writeGuide, type TempSite } from '../../../scripts/temp-site.ts';

const guide = `---
title: A guide
description: A guide with one section.
category: troubleshooting
tags: [session]
updated: 2026-11-20
---

## The Fix

Do this.
`;

function troubleshooter(outcome: string): string {
  return `title: A troubleshooter
description: Helps.
symptoms: [Something is wrong]
start: when
nodes:
  when:
    type: question
    question: When?
    answers:
      - label: Now
        next: fix
  fix:
${outcome}
`;
}

let site: TempSite | undefined;
afterEach(() => site?.remove());

function buildWith(source: string) {
  site = createTempSite((guidesDir) => {
    writeGuide(guidesDir, 'a-guide', guide);
    const dir = join(guidesDir, '..', 'troubleshooters');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad.yaml'), source);
  });
  return site.build();
}

it.each([
  [
    'a link to a section the guide does not have',
    '    type: resolution\n    title: Fix\n    text: Do it.\n    guide: a-guide#no-such-section',
    'content/troubleshooters/bad.yaml: node "fix": links to "a-guide#no-such-section", but that guide has no section "no-such-section"',
  ],
  [
    'a terminal question (neither resolution nor escalation)',
    '    type: question\n    question: And then?\n    answers: []',
    'content/troubleshooters/bad.yaml: node "fix": a question with no answers is a dead end',
  ],
])('%s fails the build, naming the file and the node', (_name, outcome, message) => {
  const result = buildWith(troubleshooter(outcome));
  expect(result.ok).toBe(false);
  expect(result.output).toContain(message);
});

it('a correct troubleshooter builds, with a page per path', () => {
  const result = buildWith(
    troubleshooter('    type: resolution\n    title: Fix\n    text: Do it.\n    guide: a-guide#the-fix'),
  );
  expect(result.ok).toBe(true);
  expect(result.output).toContain('/troubleshoot/bad/fix/index.html');
});
