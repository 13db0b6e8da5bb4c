// One contract, two stores: every test runs against SQLite and against PostgreSQL. CI provides
// TEST_DATABASE_URL (see .ci/run); elsewhere the PostgreSQL half is skipped with a loud message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSearchMiss, parseVote } from '../../../src/lib/feedback/parse-request.ts';
import type { FeedbackStore, VoteInput } from '../../../src/lib/feedback/types.ts';
import type { AnswerInput, AnswerTotals } from '../../../src/lib/troubleshooters/report.ts';
import { PostgresStore, SqliteStore } from '../../../src/server/store/index.ts';

interface Harness {
  open: () => Promise<FeedbackStore>;
  cleanup: () => Promise<void>;
}

function sqliteHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
  const file = join(dir, 'nested', 'feedback.sqlite');
  return {
    open: async () => new SqliteStore(file),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresHarness(url: string): Harness {
  // A schema per test keeps runs independent and leaves the database as it was.
  const schema = `contract_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    open: async () => {
      if (!created) await admin(`CREATE SCHEMA ${schema}`);
      created = true;
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      return PostgresStore.open(scoped.href);
    },
    cleanup: async () => {
      if (created) await admin(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  if (process.env.CI)
    throw new Error('TEST_DATABASE_URL is not set: CI must run the store contract against PostgreSQL');
  console.warn('\n*** TEST_DATABASE_URL is not set: the PostgreSQL half of the store contract is SKIPPED ***\n');
}

const stores: [string, () => Harness][] = [['SqliteStore', sqliteHarness]];
if (postgresUrl) stores.push(['PostgresStore', () => postgresHarness(postgresUrl)]);

const T0 = new Date('2026-11-28T12:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const vote = (fields: Partial<VoteInput> = {}): VoteInput => ({
  guide: 'fixing-session-expired-errors',
  visitor: 'visitor-aaaaaaaa',
  vote: 'up',
  at: T0,
  ...fields,
});

const answer = (path: string, event: AnswerInput['event'], fields: Partial<AnswerInput> = {}): AnswerInput => {
  const nodes = path.split('/');
  return {
    troubleshooter: 'signed-out',
    visitor: 'visitor-aaaaaaaa',
    path: nodes,
    outcome: nodes.at(-1)!,
    event,
    at: T0,
    ...fields,
  };
};

/** Totals in one order whatever the database's collation and plan. */
async function totals(store: FeedbackStore): Promise<AnswerTotals> {
  const { readers, outcomes, paths } = await store.answerTotals();
  const key = (row: { troubleshooter: string }, ...rest: string[]) => [row.troubleshooter, ...rest].join(' ');
  const by =
    <T extends { troubleshooter: string }>(rest: (row: T) => string[]) =>
    (a: T, b: T) =>
      key(a, ...rest(a)) < key(b, ...rest(b)) ? -1 : 1;
  return {
    readers: readers.sort(by(() => [])),
    outcomes: outcomes.sort(by((o) => [o.outcome])),
    paths: paths.sort(by((p) => [p.path.join('/'), p.state])),
  };
}

describe.each(stores)('%s', (_name, makeHarness) => {
  let harness: Harness;
  let store: FeedbackStore;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });
  afterEach(async () => {
    await store.close();
    await harness.cleanup();
  });

  it('stores a first vote and says it is new', async () => {
    const result = await store.recordVote(vote({ vote: 'down', reason: 'hard-to-follow', comment: 'Step 2?' }));
    expect(result).toEqual({
      created: true,
      vote: {
        guide: 'fixing-session-expired-errors',
        vote: 'down',
        reason: 'hard-to-follow',
        comment: 'Step 2?',
        createdAt: T0,
        updatedAt: T0,
      },
    });
  });

  it('replaces a visitor’s vote on the same guide instead of counting it twice', async () => {
    await store.recordVote(vote({ vote: 'down', reason: 'inaccurate' }));
    const changed = await store.recordVote(vote({ vote: 'up', at: later(60) }));
    expect(changed.created).toBe(false);
    expect(changed.vote).toMatchObject({ vote: 'up', reason: null, createdAt: T0, updatedAt: later(60) });
    expect(await store.tallies()).toEqual([{ guide: 'fixing-session-expired-errors', up: 1, down: 0 }]);
  });

  it('counts each visitor once per guide, across guides', async () => {
    await store.recordVote(vote({ visitor: 'v1' }));
    await store.recordVote(vote({ visitor: 'v2', vote: 'down' }));
    await store.recordVote(vote({ visitor: 'v3' }));
    await store.recordVote(vote({ visitor: 'v1', guide: 'staying-signed-in', vote: 'down' }));
    expect(await store.tallies()).toEqual([
      { guide: 'fixing-session-expired-errors', up: 2, down: 1 },
      { guide: 'staying-signed-in', up: 0, down: 1 },
    ]);
  });

  it('counts the reasons given with No votes, most frequent first', async () => {
    await store.recordVote(vote({ visitor: 'v1', vote: 'down', reason: 'missing-information' }));
    await store.recordVote(vote({ visitor: 'v2', vote: 'down', reason: 'missing-information' }));
    await store.recordVote(vote({ visitor: 'v3', vote: 'down', reason: 'other' }));
    await store.recordVote(vote({ visitor: 'v4', vote: 'up' }));
    expect(await store.reasonCounts()).toEqual([
      { guide: 'fixing-session-expired-errors', reason: 'missing-information', count: 2 },
      { guide: 'fixing-session-expired-errors', reason: 'other', count: 1 },
    ]);
  });

  it('keeps comments exactly as written and returns the latest per guide', async () => {
    const markup = '<script>alert("x")</script> Łódź € 😀';
    await store.recordVote(vote({ visitor: 'v1', vote: 'down', comment: 'old', at: later(1) }));
    await store.recordVote(vote({ visitor: 'v2', vote: 'down', comment: markup, at: later(2) }));
    await store.recordVote(vote({ visitor: 'v3', vote: 'up', comment: 'newest', at: later(3) }));
    await store.recordVote(vote({ visitor: 'v4', vote: 'up', comment: '', at: later(4) }));
    const comments = await store.recentComments(2);
    expect(comments.map((c) => c.comment)).toEqual(['newest', markup]);
    expect(comments[0]).toMatchObject({ guide: 'fixing-session-expired-errors', vote: 'up', at: later(3) });
  });

  it('ranks zero-result searches by how often they happen', async () => {
    for (const [query, seconds] of [
      ['sso login', 1],
      ['refund', 2],
      ['sso login', 3],
    ] as const) {
      await store.recordSearchMiss(query, later(seconds));
    }
    expect(await store.topSearchMisses(10)).toEqual([
      { query: 'sso login', count: 2, lastAt: later(3) },
      { query: 'refund', count: 1, lastAt: later(2) },
    ]);
    expect(await store.topSearchMisses(1)).toHaveLength(1);
  });

  it('keeps every vote across a restart, and migrates only once', async () => {
    await store.recordVote(vote({ visitor: 'v1' }));
    await store.close();
    store = await harness.open();
    const again = await harness.open();
    await again.close();
    expect(await store.tallies()).toEqual([{ guide: 'fixing-session-expired-errors', up: 1, down: 0 }]);
    expect((await store.recordVote(vote({ visitor: 'v1', vote: 'down' }))).created).toBe(false);
  });

  it('refuses only the bad write among concurrent ones', async () => {
    const results = await Promise.allSettled([
      store.recordVote(vote({ visitor: 'v1' })),
      store.recordVote(vote({ visitor: 'v2', vote: 'maybe' as 'up' })),
      store.recordVote(vote({ visitor: 'v3', vote: 'down' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.tallies()).toEqual([{ guide: 'fixing-session-expired-errors', up: 1, down: 1 }]);
  });

  it('keeps the newer vote when an older one arrives after it', async () => {
    await store.recordVote(vote({ visitor: 'v1', vote: 'down', at: later(5) }));
    const stale = await store.recordVote(vote({ visitor: 'v1', vote: 'up', at: later(1) }));
    expect(stale).toMatchObject({ created: false, vote: { vote: 'down' } });
    expect(await store.tallies()).toEqual([{ guide: 'fixing-session-expired-errors', up: 0, down: 1 }]);
  });

  it('counts exactly under concurrent votes and changes', async () => {
    const votes = Array.from({ length: 300 }, (_, i) =>
      vote({ visitor: `v${i % 50}`, guide: `guide-${i % 3}`, vote: i % 4 === 0 ? 'down' : 'up', at: later(i) }),
    );
    await Promise.all(votes.map((v) => store.recordVote(v)));
    // The newest vote of each visitor on each guide wins, whatever order the writes commit in.
    const latest = new Map(votes.map((v) => [`${v.guide}/${v.visitor}`, v]));
    const expected = ['guide-0', 'guide-1', 'guide-2'].map((guide) => {
      const mine = [...latest.values()].filter((v) => v.guide === guide);
      return {
        guide,
        up: mine.filter((v) => v.vote === 'up').length,
        down: mine.filter((v) => v.vote === 'down').length,
      };
    });
    expect(await store.tallies()).toEqual(expected);
  });

  it('ends a dashboard session on logout and forgets it after it expires', async () => {
    await store.startAdminSession('session-a', later(60), T0);
    await store.startAdminSession('session-b', later(60), T0);
    expect(await store.adminSessionActive('session-a', T0)).toBe(true);
    await store.endAdminSession('session-a');
    expect(await store.adminSessionActive('session-a', T0)).toBe(false);
    expect(await store.adminSessionActive('session-b', T0)).toBe(true);
    expect(await store.adminSessionActive('session-b', later(61))).toBe(false);
    expect(await store.adminSessionActive('never-started', T0)).toBe(false);
  });

  // What the API does with a body, on this store: parse, then store only what was accepted.
  const GUIDE = 'fixing-session-expired-errors';
  const submitVote = async (comment: string, visitor: string) => {
    const parsed = parseVote(
      'application/json',
      JSON.stringify({ guide: GUIDE, vote: 'down', comment }),
      (s) => s === GUIDE,
    );
    if (!parsed.ok) return parsed.error.code;
    await store.recordVote({ ...parsed.value, visitor, at: T0 });
    return 'stored';
  };

  it.each([
    ['NUL', 'before\u0000after'],
    ['a bell', 'ring\u0007'],
    ['an escape sequence', '\u001b[31mred\u001b[0m'],
    ['a vertical tab', 'a\u000bb'],
    ['a form feed', 'a\u000cb'],
    ['DEL', 'a\u007fb'],
    ['a backspace at the start', '\u0008hidden'],
  ])('refuses a comment with %s and stores nothing', async (_name, comment) => {
    expect(await submitVote(comment, 'visitor-c0')).toBe('invalid-comment');
    expect(await store.tallies()).toEqual([]);
  });

  it('stores tab, new lines (CRLF made LF), RTL and emoji exactly; whitespace alone is no comment', async () => {
    expect(await submitVote('Step 1:\tclick\r\nStep 2: \u202Ereversed\u202C 😀', 'visitor-ok-1')).toBe('stored');
    expect(await submitVote(' \t\n \u3000 ', 'visitor-ok-2')).toBe('stored');
    const comments = await store.recentComments(5);
    expect(comments.map((c) => c.comment)).toEqual(['Step 1:\tclick\nStep 2: \u202Ereversed\u202C 😀']);
    expect(await store.tallies()).toEqual([{ guide: GUIDE, up: 0, down: 2 }]);
  });

  it.each([
    ['NUL', 'session\u0000expired', 'invalid-query'],
    ['an escape', '\u001b]0;title\u0007', 'invalid-query'],
    ['only spaces', '   ', 'invalid-query'],
  ])('refuses a search miss with %s and stores nothing', async (_name, query, code) => {
    const parsed = parseSearchMiss('application/json', JSON.stringify({ query }));
    expect(!parsed.ok && parsed.error.code).toBe(code);
    expect(await store.topSearchMisses(10)).toEqual([]);
  });

  describe('troubleshooter answers', () => {
    it('records a first answer and says it is new', async () => {
      expect(await store.recordAnswer(answer('when/expected', 'reached'))).toEqual({
        created: true,
        answer: {
          troubleshooter: 'signed-out',
          path: ['when', 'expected'],
          outcome: 'expected',
          state: 'reached',
          createdAt: T0,
          updatedAt: T0,
        },
      });
    });

    it.each([
      [
        'a fix answer replaces "reached"',
        [
          ['reached', 0],
          ['fixed-yes', 10],
        ],
        'fixed-yes',
        later(10),
      ],
      [
        'a newer fix answer replaces an older one',
        [
          ['fixed-yes', 10],
          ['fixed-no', 20],
        ],
        'fixed-no',
        later(20),
      ],
      [
        'reaching again keeps the fix answer',
        [
          ['fixed-no', 10],
          ['reached', 20],
        ],
        'fixed-no',
        later(10),
      ],
      [
        'an older fix answer arriving late changes nothing',
        [
          ['fixed-no', 20],
          ['fixed-yes', 10],
        ],
        'fixed-no',
        later(20),
      ],
      [
        'a fix answer counts even when its "reached" arrives later',
        [
          ['reached', 20],
          ['fixed-yes', 10],
        ],
        'fixed-yes',
        later(10),
      ],
    ] as const)('%s', async (_case, writes, state, updatedAt) => {
      const results = [];
      for (const [event, seconds] of writes)
        results.push(await store.recordAnswer(answer('when/expected', event, { at: later(seconds) })));
      expect(results.map((r) => r.created)).toEqual([true, false]);
      expect(results[1]!.answer).toMatchObject({ state, updatedAt });
      const { paths } = await totals(store);
      expect(paths).toEqual([{ troubleshooter: 'signed-out', path: ['when', 'expected'], state, readers: 1 }]);
    });

    it('counts each reader once per path and per outcome, with their latest say', async () => {
      await store.recordAnswer(answer('when/expected', 'reached', { visitor: 'v1' }));
      await store.recordAnswer(answer('when/expected', 'fixed-yes', { visitor: 'v1', at: later(1) }));
      await store.recordAnswer(answer('when/expected', 'fixed-no', { visitor: 'v2' }));
      await store.recordAnswer(answer('when/cookies/support', 'reached', { visitor: 'v2' }));
      // One reader, two paths to the same outcome: once for the outcome, with the newer answer.
      await store.recordAnswer(answer('when/support', 'fixed-no', { visitor: 'v3', at: later(1) }));
      await store.recordAnswer(answer('when/cookies/support', 'fixed-yes', { visitor: 'v3', at: later(2) }));
      await store.recordAnswer(answer('start/key', 'reached', { troubleshooter: 'api-401-errors', visitor: 'v1' }));
      expect(await totals(store)).toEqual({
        readers: [
          { troubleshooter: 'api-401-errors', readers: 1 },
          { troubleshooter: 'signed-out', readers: 3 },
        ],
        outcomes: [
          { troubleshooter: 'api-401-errors', outcome: 'key', readers: 1, fixedYes: 0, fixedNo: 0 },
          { troubleshooter: 'signed-out', outcome: 'expected', readers: 2, fixedYes: 1, fixedNo: 1 },
          { troubleshooter: 'signed-out', outcome: 'support', readers: 2, fixedYes: 1, fixedNo: 0 },
        ],
        paths: [
          { troubleshooter: 'api-401-errors', path: ['start', 'key'], state: 'reached', readers: 1 },
          { troubleshooter: 'signed-out', path: ['when', 'cookies', 'support'], state: 'fixed-yes', readers: 1 },
          { troubleshooter: 'signed-out', path: ['when', 'cookies', 'support'], state: 'reached', readers: 1 },
          { troubleshooter: 'signed-out', path: ['when', 'expected'], state: 'fixed-no', readers: 1 },
          { troubleshooter: 'signed-out', path: ['when', 'expected'], state: 'fixed-yes', readers: 1 },
          { troubleshooter: 'signed-out', path: ['when', 'support'], state: 'fixed-no', readers: 1 },
        ],
      });
    });

    it('counts exactly under concurrent answers, whatever order they commit in', async () => {
      const events = ['reached', 'fixed-yes', 'fixed-no'] as const;
      const writes = Array.from({ length: 200 }, (_, i) =>
        answer(i % 2 ? 'when/expected' : 'when/support', events[i % 3]!, { visitor: `v${i % 20}`, at: later(i) }),
      );
      await Promise.all(writes.map((w) => store.recordAnswer(w)));
      const latest = new Map<string, AnswerInput>();
      for (const w of writes) {
        const key = `${w.path.join('/')} ${w.visitor}`;
        if (w.event !== 'reached' || !latest.has(key)) latest.set(key, w);
      }
      const { paths } = await totals(store);
      expect(paths.reduce((sum, p) => sum + p.readers, 0)).toBe(latest.size);
      for (const p of paths) {
        const expected = [...latest.values()].filter(
          (w) => w.path.join('/') === p.path.join('/') && w.event === p.state,
        );
        expect(p.readers).toBe(expected.length);
      }
    });

    it('keeps answers across a restart', async () => {
      await store.recordAnswer(answer('when/expected', 'fixed-yes'));
      await store.close();
      store = await harness.open();
      expect((await totals(store)).outcomes).toEqual([
        { troubleshooter: 'signed-out', outcome: 'expected', readers: 1, fixedYes: 1, fixedNo: 0 },
      ]);
    });

    it('has nothing to count before any answer', async () => {
      expect(await store.answerTotals()).toEqual({ readers: [], outcomes: [], paths: [] });
    });
  });
});
