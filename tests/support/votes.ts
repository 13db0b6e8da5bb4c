import type { Agent } from 'node:http';
import { request as httpRequest } from 'node:http';

/** A vote as the API takes it. */
export interface VoteBody {
  guide: string;
  vote: 'up' | 'down';
  visitor?: string;
}

/** The answer to one vote: its status (0 if the connection died) and body. */
export interface VoteAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** POSTs one vote (over `agent` when given); never rejects. */
export function postVote(url: string, body: VoteBody, agent?: Agent): Promise<VoteAnswer> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      `${url}/api/feedback`,
      {
        method: 'POST',
        ...(agent ? { agent } : {}),
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        res.on('error', () => resolve({ status: 0, body: text, headers: {} }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '', headers: {} }));
    req.end(payload);
  });
}

/** True for an acknowledged vote: the server said it is stored. */
export const acknowledged = (status: number) => status === 200 || status === 201;

/** Polls `check` until it returns true, failing after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
