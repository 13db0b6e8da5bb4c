// PostgreSQL going away and coming back, against a cluster of the test's own (made, restarted and
// dropped here), so the shared database other tests use is never touched.
import { Agent } from 'node:http';
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from '../../scripts/spawn-server.ts';
import { createPgCluster, pgClusterUnavailable, type PgCluster } from '../support/pg-cluster.ts';
import { acknowledged, postVote, waitFor } from '../support/votes.ts';

const GUIDE = 'staying-signed-in';
const unavailable = pgClusterUnavailable();
if (unavailable) console.warn(`\n*** SKIPPED PostgreSQL fault tests: ${unavailable} ***\n`);

test.describe.configure({ mode: 'serial' });
test.skip(Boolean(unavailable), unavailable ?? '');

let cluster: PgCluster;
let server: TestServer;
const ok: string[] = [];
let serial = 0;

/** Votes until stopped, recording every acknowledged visitor. */
function voteContinuously(agent: Agent, workers: number) {
  let running = true;
  const statuses: number[] = [];
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) {
        const visitor = `pg-load-${(serial += 1)}`;
        const answer = await postVote(server.url, { guide: GUIDE, vote: 'up', visitor }, agent);
        statuses.push(answer.status);
        if (acknowledged(answer.status)) ok.push(visitor);
        else if (answer.status === 503) expect(JSON.parse(answer.body).error.code).toBe('store-unavailable');
      }
    }),
  );
  return {
    statuses,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

const voteOnce = async (agent?: Agent) => {
  const visitor = `pg-one-${(serial += 1)}`;
  const answer = await postVote(server.url, { guide: GUIDE, vote: 'down', visitor }, agent);
  if (acknowledged(answer.status)) ok.push(visitor);
  return answer;
};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await createPgCluster();
  server = await startServer({ DATABASE_URL: cluster.url, FEEDBACK_RATE_LIMIT: '0' });
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.drop();
});

test('idle connections killed by pg_terminate_backend: the process stays up and the next vote succeeds', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const load = voteContinuously(agent, 8);
  await waitFor(() => ok.length >= 50, 30_000, '50 votes');
  await load.stop();
  expect(cluster.terminateConnections()).toBeGreaterThan(0);
  // The pool's connections are dead now; the next vote must open a new one, not fail.
  await waitFor(async () => acknowledged((await voteOnce(agent)).status), 15_000, 'a vote after the kill');
  expect(server.process.exitCode).toBeNull();
  agent.destroy();
});

test('connections killed while busy: failures are 503 JSON, and votes go on', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const load = voteContinuously(agent, 8);
  const before = ok.length;
  await waitFor(() => ok.length >= before + 30, 30_000, 'votes under load');
  cluster.terminateConnections();
  const after = ok.length;
  await waitFor(() => ok.length >= after + 30, 30_000, 'votes after the kill');
  await load.stop();
  expect(load.statuses.filter((s) => !acknowledged(s) && s !== 503)).toEqual([]);
  expect(server.process.exitCode).toBeNull();
  agent.destroy();
});

test('PostgreSQL stopped under load: 503 store-unavailable with Retry-After, then votes succeed once it is back, without a restart', async () => {
  test.setTimeout(120_000);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const load = voteContinuously(agent, 8);
  const before = ok.length;
  await waitFor(() => ok.length >= before + 30, 30_000, 'votes under load');
  cluster.stop();
  const down = await voteOnce(agent);
  expect(down.status).toBe(503);
  expect(JSON.parse(down.body).error.code).toBe('store-unavailable');
  expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
  // The search page does not depend on the store: a search that finds nothing still answers 200.
  expect((await fetch(`${server.url}/search/?q=zzqxv-nothing-matches`)).status).toBe(200);
  cluster.start();
  const restarted = ok.length;
  await waitFor(() => ok.length >= restarted + 30, 30_000, 'votes after PostgreSQL is back');
  await load.stop();
  expect(server.process.exitCode).toBeNull();
  const lines = server
    .output()
    .split('\n')
    .filter((line) => line.includes('store:'));
  expect(lines.length).toBeLessThanOrEqual(6);
  expect(server.output()).not.toMatch(/\n\s+at /);
  agent.destroy();
});

test('restarted while idle: the next vote succeeds', async () => {
  cluster.stop();
  cluster.start();
  await waitFor(async () => acknowledged((await voteOnce()).status), 15_000, 'a vote after an idle restart');
  expect(server.process.exitCode).toBeNull();
});

test('not one acknowledged vote is missing from the database', async () => {
  expect(ok.length).toBeGreaterThan(150);
  const stored = cluster.scalar(`SELECT count(*) FROM votes WHERE visitor IN (${ok.map((v) => `'${v}'`).join(',')})`);
  expect(stored).toBe(ok.length);
  expect(await server.stop()).toBe(0);
});
