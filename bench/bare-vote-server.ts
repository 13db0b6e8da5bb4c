// The yardstick for the feedback benchmark: node:http + node:sqlite doing the same durable upsert
// as the real store, with nothing else (no validation, routing, headers or framework).
//   node bench/bare-vote-server.ts <port> <sqlite file>
import { createServer } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from '../src/server/store/migrations.ts';
import { QUERIES } from '../src/server/store/queries.ts';

const [port, file] = process.argv.slice(2);
const db = new DatabaseSync(file!);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
for (const migration of MIGRATIONS) db.exec(migration.sqlite);
const upsert = db.prepare(QUERIES.upsertVote);

createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk));
  req.on('end', () => {
    const vote = JSON.parse(body) as { guide: string; visitor: string; vote: string };
    const now = Date.now();
    const row = upsert.get(vote.guide, vote.visitor, vote.vote, null, null, now, now);
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ vote: row }));
  });
}).listen(Number(port), '127.0.0.1', () => console.log('listening'));
