// Deterministic synthetic guides for build and search benchmarks: help-center prose (about 600
// words each), valid frontmatter, shared tags and error codes, the same output for the same N and
// seed. Words are spread as in a real help center: everyday words in many guides, and a long tail
// of product, feature and setting names (made up here) that each appear in a few, so search
// meets realistic posting lists rather than every word in every guide.
//   node bench/generate-guides.ts <count> <directory>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categories } from '../src/lib/content/categories.ts';
import { errorCodeRegistry } from '../src/lib/content/error-codes.ts';

/** mulberry32: a tiny seeded PRNG, so every run generates the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'CSV import',
  'lead export',
  'webhook delivery',
  'team invitation',
  'job history',
  'saved search',
  'API key',
  'sign-in link',
  'browser session',
  'lead enrichment',
  'workspace setting',
  'notification email',
  'billing contact',
  'integration sync',
  'audit log',
  'data retention rule',
  'custom field',
  'scoring rule',
  'duplicate check',
  'report schedule',
];
const problems = [
  'fails with an error',
  'does not appear',
  'takes longer than expected',
  'shows the wrong values',
  'stops working after an update',
  'is missing for some users',
  'returns an empty result',
  'keeps asking you to sign in',
];
const tags = [
  'session',
  'api',
  'api-keys',
  'auth',
  'errors',
  'browser',
  'cookies',
  'export',
  'import',
  'csv',
  'webhooks',
  'teams',
  'permissions',
  'notifications',
  'email',
  'billing',
  'integrations',
  'sync',
  'reports',
  'scoring',
  'fields',
  'duplicates',
  'retention',
  'audit',
  'search',
  'performance',
  'settings',
  'security',
  'sign-in',
  'devices',
];
/** Only documented codes: the build refuses a guide naming a code the registry does not have. */
const errorCodes = errorCodeRegistry.map((entry) => entry.code);
/** Made-up names from syllables, the `index`-th in a fixed order: "kalo", "venkatri"… */
export function coinedName(index: number): string {
  const syllables = ['ka', 'lo', 'ven', 'tri', 'mar', 'sol', 'dex', 'qua', 'rin', 'bel', 'tor', 'nim'];
  let rest = index + syllables.length;
  let name = '';
  while (rest > 0) {
    name += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  }
  return name;
}

/** Feature names a subject belongs to ("Kalo CSV import"), and the long tail of setting names. */
const FEATURES = Array.from({ length: 2_000 }, (_, i) => coinedName(i));
const SETTINGS = Array.from({ length: 8_000 }, (_, i) => coinedName(2_000 + i));

/**
 * An index from 0 to n-1, small ones far likelier (log-uniform, close to Zipf's law): a few names
 * are in many guides, most are in a handful.
 */
function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** rand()) - 1);
}

const openers = [
  'Most of the time this comes down to one of a few causes, and each has a quick fix.',
  'This guide walks through what to check first and what to do if that does not help.',
  'Before you contact support, work through the checks below in order.',
  'The steps below cover the common causes we see in support requests.',
];
const sentences = [
  'Open the {s} page from the main menu and check that the details match what you expect.',
  'If you recently changed your workspace settings, the {s} may take a few minutes to reflect the change.',
  'Refresh the page and try again: a stale browser tab is the most common reason the {s} looks out of date.',
  'Check whether another member of your team edited the {s} at the same time as you.',
  'Make sure your role allows you to manage the {s}; administrators can change roles in the team settings.',
  'If you use the API, confirm that the request sends an API key and not a browser session token.',
  'Look at the activity log for the {s} to see when it last changed and who changed it.',
  'Try the same action in a private window to rule out a browser extension or a cached file.',
  'When the {s} depends on an integration, reconnect the integration and run the sync again.',
  'Large accounts can take longer to process, so wait for the job to finish before starting another one.',
  'Write down the exact error message and the time it happened; support can find the request from those details.',
  'Your data is not lost when the {s} fails: nothing is changed until the action completes.',
];
/** Sentences about particular settings: where the long tail of names enters the text. */
const details = [
  'In the {w} panel, turn {v} off and on again, then reload the {s}.',
  'The {w} value must match the {v} value exactly, including capital letters.',
  'If the {s} relies on {w}, check that {w} is enabled for your plan.',
  'Accounts created before the {w} change keep the old {v} behaviour until an administrator updates it.',
  'Exports that include {w} or {v} columns are checked again before they are sent.',
];
/** How many of the general sentences one guide draws on: no sentence is in every guide. */
const SENTENCES_PER_GUIDE = 6;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

interface Voice {
  subject: string;
  general: readonly string[];
}

function sentence(rand: () => number, voice: Voice): string {
  const template = rand() < 0.35 ? pick(rand, details) : pick(rand, voice.general);
  return template
    .replaceAll('{s}', voice.subject)
    .replaceAll('{w}', SETTINGS[zipf(rand, SETTINGS.length)]!)
    .replaceAll('{v}', SETTINGS[zipf(rand, SETTINGS.length)]!);
}

function paragraph(rand: () => number, voice: Voice, count: number): string {
  return Array.from({ length: count }, () => sentence(rand, voice)).join(' ');
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The MDX source of synthetic guide number `n`. */
export function syntheticGuide(n: number, seed = 1): { slug: string; source: string } {
  const rand = random(seed * 100_003 + n);
  const feature = FEATURES[zipf(rand, FEATURES.length)]!;
  const object = pick(rand, subjects);
  const subject = `${sentenceCase(feature)} ${object}`;
  const general = Array.from({ length: SENTENCES_PER_GUIDE }, () => pick(rand, sentences));
  const voice: Voice = { subject, general };
  const problem = pick(rand, problems);
  const title = `${sentenceCase(`when the ${subject} ${problem}`)} (${n})`;
  const slug = `guide-${String(n).padStart(5, '0')}-${`${feature} ${object}`.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const guideTags = [...new Set(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(rand, tags)))];
  const codes = rand() < 0.3 ? `\nerrorCodes: [${pick(rand, errorCodes)}]` : '';
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 11);
  const frontmatter = [
    '---',
    `title: "${title}"`,
    `description: "Why the ${subject} ${problem}, what to check first, and how to fix it."`,
    `category: ${pick(rand, categories).slug}`,
    `tags: [${guideTags.join(', ')}]`,
    `updated: 2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${codes}`,
    '---',
  ].join('\n');
  const body = [
    `${pick(rand, openers)} ${paragraph(rand, voice, 2)}`,
    `## Why the ${subject} ${problem}`,
    paragraph(rand, voice, 5),
    paragraph(rand, voice, 4),
    `## Check the basics`,
    ['1. ', '2. ', '3. ', '4. '].map((n) => n + sentence(rand, voice)).join('\n'),
    `<Callout type="tip">\n\n${paragraph(rand, voice, 2)}\n\n</Callout>`,
    `## Fix it from the API`,
    paragraph(rand, voice, 3),
    '```http\nAuthorization: Bearer lfk_sk_your_api_key_here\n```',
    `### If it still fails`,
    paragraph(rand, voice, 4),
    `## Prevent it next time`,
    paragraph(rand, voice, 5),
  ].join('\n\n');
  return { slug, source: `${frontmatter}\n\n${body}\n` };
}

/** Writes `count` synthetic guides into `dir`. */
export function generateGuides(count: number, dir: string, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n += 1) {
    const { slug, source } = syntheticGuide(n, seed);
    writeFileSync(join(dir, `${slug}.md`), source);
  }
}

if (import.meta.main) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir || !/^\d+$/.test(count)) {
    console.error('usage: node bench/generate-guides.ts <count> <directory>');
    process.exit(2);
  }
  generateGuides(Number(count), dir);
  console.log(`${count} guides written to ${dir}`);
}
