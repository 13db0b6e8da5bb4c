// Counts that must be exact: under concurrency, and across a crash. Each test runs its own server.
import { once } from 'node:events';
import { Agent } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { startServer } from '../../scripts/spawn-server.ts';
import { postVote } from '../support/votes.ts';

const TOKEN = 'durability-admin-token-000000';

test('1,000+ votes from 50 concurrent connections, changes included, add up exactly', async () => {
  test.setTimeout(120_000);
  const server = await startServer({ FEEDBACK_RATE_LIMIT: '0', ADMIN_TOKEN: TOKEN });
  try {
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const guides = ['fixing-session-expired-errors', 'staying-signed-in', 'creating-and-rotating-api-keys'];
    // 400 visitors vote on every guide-visitor pair up to 3 times; the last vote of each pair counts.
    const votes = Array.from({ length: 1200 }, (_, i) => ({
      guide: guides[i % 3]!,
      visitor: `load-visitor-${Math.floor(i / 3) % 400}`,
      vote: ((i * 7) % 5 < 2 ? 'down' : 'up') as 'up' | 'down',
    }));
    const lastVote = new Map<string, string>();
    const statuses: number[] = [];
    // Each of 50 workers sends its votes in order, so "last" is well defined per pair.
    const byWorker = Array.from({ length: 50 }, (_, w) =>
      votes.filter((v) => Number(v.visitor.split('-').at(-1)) % 50 === w),
    );
    await Promise.all(
      byWorker.map(async (mine) => {
        for (const vote of mine) {
          statuses.push(
            (await postVote(server.url, { guide: vote.guide, visitor: vote.visitor, vote: vote.vote }, agent)).status,
          );
          lastVote.set(`${vote.guide}/${vote.visitor}`, vote.vote);
        }
      }),
    );
    agent.destroy();
    expect(statuses).toHaveLength(1200);
    expect(statuses.filter((s) => s !== 200 && s !== 201)).toEqual([]);
    const expected = guides.map((guide) => {
      const mine = [...lastVote].filter(([key]) => key.startsWith(`${guide}/`)).map(([, vote]) => vote);
      return { guide, up: mine.filter((v) => v === 'up').length, down: mine.filter((v) => v === 'down').length };
    });
    const summary = await (
      await fetch(`${server.url}/api/feedback/summary`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).json();
    const actual = (summary.guides as { guide: string; up: number; down: number }[])
      .map(({ guide, up, down }) => ({ guide, up, down }))
      .sort((a, b) => guides.indexOf(a.guide) - guides.indexOf(b.guide));
    expect(actual).toEqual(expected);
  } finally {
    await server.stop();
  }
});

test('every vote answered 2xx survives a SIGKILL and a restart on the same database', async () => {
  test.setTimeout(120_000);
  const first = await startServer({ FEEDBACK_RATE_LIMIT: '0' });
  const agent = new Agent({ keepAlive: true, maxSockets: 20 });
  const acknowledged: string[] = [];
  let sent = 0;
  let killed = false;
  await Promise.all(
    Array.from({ length: 20 }, async (_, worker) => {
      for (let i = 0; !killed; i += 1) {
        const visitor = `crash-${worker}-${i}`;
        sent += 1;
        const status = (await postVote(first.url, { guide: 'staying-signed-in', visitor, vote: 'up' }, agent)).status;
        if (status === 201) acknowledged.push(visitor);
        if (acknowledged.length >= 300 && !killed) {
          killed = true;
          first.process.kill('SIGKILL');
        }
        if (status === 0) break;
      }
    }),
  );
  agent.destroy();
  if (first.process.exitCode === null && first.process.signalCode === null) await once(first.process, 'exit');
  expect(acknowledged.length).toBeGreaterThanOrEqual(300);

  const second = await startServer({ FEEDBACK_DB: first.dbFile, FEEDBACK_RATE_LIMIT: '0' });
  await second.stop();
  const db = new DatabaseSync(first.dbFile, { readOnly: true });
  const stored = new Set(
    (db.prepare("SELECT visitor FROM votes WHERE guide = 'staying-signed-in'").all() as { visitor: string }[]).map(
      (r) => r.visitor,
    ),
  );
  db.close();
  expect(acknowledged.filter((visitor) => !stored.has(visitor))).toEqual([]);
  expect(stored.size).toBeLessThanOrEqual(sent);
});
