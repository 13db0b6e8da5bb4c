// Feedback API throughput: autocannon against `npm start` (SQLite, no rate limit), then the same
// load against a bare node:http + node:sqlite server; checks that every 2xx vote was stored.
//   node bench/feedback.ts [seconds]   (needs a build: `npm run build`)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { startServer } from '../scripts/spawn-server.ts';

const seconds = Number(process.argv[2] ?? 10);

async function load(
  url: string,
): Promise<{ sent2xx: number; votesPerSecond: number; p50: number; p99: number; errors: number }> {
  let n = 0;
  const result = await autocannon({
    url: `${url}/api/feedback`,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // Every request a new visitor: each vote is a new row, the write-heavy case.
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            guide: 'fixing-session-expired-errors',
            vote: 'up',
            visitor: `bench-visitor-${(n += 1)}`,
          }),
        }),
      },
    ],
  });
  return {
    sent2xx: result['2xx'],
    votesPerSecond: Math.round(result['2xx'] / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function storedVotes(file: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM votes').get() as { count: number };
  db.close();
  return count;
}

const ours = await startServer({ FEEDBACK_RATE_LIMIT: '0' });
const oursResult = await load(ours.url);
await ours.stop();
const oursStored = storedVotes(ours.dbFile);

const bareFile = join(mkdtempSync(join(tmpdir(), 'bare-votes-')), 'votes.sqlite');
const bare = spawn(process.execPath, [join(import.meta.dirname, 'bare-vote-server.ts'), '4599', bareFile], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => bare.stdout!.once('data', resolve));
const bareResult = await load('http://127.0.0.1:4599');
bare.kill();

console.log(
  JSON.stringify({
    bench: 'feedback',
    seconds,
    connections: 50,
    votesPerSecond: oursResult.votesPerSecond,
    latencyP50Ms: oursResult.p50,
    latencyP99Ms: oursResult.p99,
    sent2xx: oursResult.sent2xx,
    stored: oursStored,
    // Votes still in flight when the run ended are stored but not counted as answered.
    lost: Math.max(0, oursResult.sent2xx - oursStored),
    errors: oursResult.errors,
    bareVotesPerSecond: bareResult.votesPerSecond,
    bareLatencyP50Ms: bareResult.p50,
    bareLatencyP99Ms: bareResult.p99,
    ratioToBare: Number((oursResult.votesPerSecond / bareResult.votesPerSecond).toFixed(2)),
  }),
);
