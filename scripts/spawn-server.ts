import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A production server of our own, for tests that restart or kill it or need other settings. */
export interface TestServer {
  url: string;
  dbFile: string;
  process: ChildProcess;
  /** Everything it has written to stdout and stderr so far. */
  output: () => string;
  /** SIGTERM, resolving with the exit code once it has exited. */
  stop: () => Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Node's arguments as `npm start` gives them (package.json's `start` script: memory settings, then
 * the script), so a server started here runs as a deployed one does.
 */
function startArguments(): string[] {
  const root = join(import.meta.dirname, '..');
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = scripts.start.split(/\s+/);
  if (node !== 'node') throw new Error(`package.json's start script does not run node: ${scripts.start}`);
  return args.map((arg) => (arg.endsWith('.ts') ? join(root, arg) : arg));
}

/** Starts `npm start`'s server (on the existing build) and resolves once it listens. */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  const dbFile = env.FEEDBACK_DB ?? join(mkdtempSync(join(tmpdir(), 'help-center-db-')), 'feedback.sqlite');
  const child = spawn(process.execPath, startArguments(), {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), FEEDBACK_DB: dbFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      if (!output.includes('Trust Leads Help Center: http')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dbFile,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** Runs `npm start`'s server expecting it to refuse to start: its exit code, output and time taken. */
export async function startExpectingExit(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ code: number | null; output: string; ms: number }> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, startArguments(), {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, output, ms: Date.now() - started };
}
