// A PostgreSQL cluster of the test's own, so a test may stop, restart and terminate it without
// touching the one other tests use. Needs Debian's postgresql-common tools and root (as CI runs).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** A running cluster with one database the server may use. */
export interface PgCluster {
  url: string;
  start: () => void;
  stop: () => void;
  /** Ends every connection to the test database (what a failover or an admin does). */
  terminateConnections: () => number;
  /** One number from a query, run as the superuser. */
  scalar: (sql: string) => number;
  drop: () => void;
}

const TOOLS = ['/usr/bin/pg_createcluster', '/usr/bin/pg_ctlcluster', '/usr/bin/pg_dropcluster'];

/** Why a cluster cannot be made here, or undefined when it can. */
export function pgClusterUnavailable(): string | undefined {
  const missing = TOOLS.filter((tool) => !existsSync(tool));
  if (missing.length > 0) return `PostgreSQL cluster tools missing (${missing.join(', ')}): apt-get install postgresql`;
  if (process.getuid?.() !== 0) return 'making a PostgreSQL cluster needs root (CI runs as root)';
  if (!existsSync('/usr/lib/postgresql') || readdirSync('/usr/lib/postgresql').length === 0)
    return 'no PostgreSQL server installed under /usr/lib/postgresql';
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Creates and starts a fresh cluster with database `helpcenter` (user and password `helpcenter`). */
export async function createPgCluster(): Promise<PgCluster> {
  const version = readdirSync('/usr/lib/postgresql').sort().at(-1)!;
  const name = `hc_fault_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const port = await freePort();
  const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe' }).toString();
  const psql = (sql: string) =>
    run('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(port), '-d', 'postgres', '-qtA', '-c', sql]).trim();
  run('pg_createcluster', [version, name, '-p', String(port), '--', '--auth-local=peer', '--auth-host=scram-sha-256']);
  const cluster: PgCluster = {
    url: `postgres://helpcenter:helpcenter@127.0.0.1:${port}/helpcenter`,
    start: () => run('pg_ctlcluster', [version, name, 'start']),
    stop: () => run('pg_ctlcluster', [version, name, 'stop', '-m', 'fast']),
    terminateConnections: () =>
      Number(
        psql(
          "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'helpcenter' AND pid <> pg_backend_pid()",
        ),
      ),
    scalar: (sql) =>
      Number(
        run('runuser', [
          '-u',
          'postgres',
          '--',
          'psql',
          '-p',
          String(port),
          '-d',
          'helpcenter',
          '-qtA',
          '-c',
          sql,
        ]).trim(),
      ),
    drop: () => run('pg_dropcluster', ['--stop', version, name]),
  };
  try {
    cluster.start();
    psql("CREATE ROLE helpcenter LOGIN PASSWORD 'helpcenter'");
    psql('CREATE DATABASE helpcenter OWNER helpcenter');
  } catch (error) {
    cluster.drop();
    throw error;
  }
  return cluster;
}
