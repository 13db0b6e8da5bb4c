// Runs `astro build` in a site copy and measures it from outside: wall time, CPU time and peak
// resident memory of the whole process tree. The build reports its own exact peak and CPU time
// (scripts/report-peak-memory.ts); this process samples /proc meanwhile for child processes the
// build starts (Starlight's Pagefind runs as one), whose memory the build's own figure leaves out.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { siteBuild, type BuildCommand } from '../scripts/temp-site.ts';

/** How often the process tree is sampled: short enough to see a child that lives a second. */
const SAMPLE_MS = 50;

/** The build's child processes of one command, as last sampled. */
export interface ChildProcessUsage {
  command: string;
  processes: number;
  peakRssMB: number;
  cpuSeconds: number;
}

/** One measured build. */
export interface BuildMeasurement {
  ok: boolean;
  /** The build's stdout and stderr, for the error when it failed. */
  output: string;
  wallSeconds: number;
  /** User + system time of the build process (all its threads) and of its child processes. */
  cpuSeconds: number;
  /**
   * The process tree at its peak: the build process's exact peak, or more when its resident
   * memory and its children's, sampled together, added up to more.
   */
  peakRssMB: number;
  /** The build process alone (its worker threads included), exact. */
  mainPeakRssMB: number;
  children: ChildProcessUsage[];
  /** One-minute load average before and after: the other work on the machine meanwhile. */
  load: [number, number];
}

const MB = 1024;

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** The pid and its descendants, from each thread's `children` list (Linux). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of readProc(tree[i]!, `task/${task}/children`).split(' ')) {
        if (child.trim()) tree.push(Number(child));
      }
    }
  }
  return tree;
}

function statusKB(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

interface Sampled {
  command: string;
  hwmKB: number;
  cpuSeconds: number;
}

/** Watches a process tree until stopped; returns what it saw. */
function sampleTree(pid: number) {
  const seen = new Map<number, Sampled>();
  let treePeakKB = 0;
  const sample = () => {
    let treeKB = 0;
    for (const member of processTree(pid)) {
      const status = readProc(member, 'status');
      if (!status) continue;
      treeKB += statusKB(status, 'VmRSS');
      const stat = readProc(member, 'stat');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      const previous = seen.get(member);
      seen.set(member, {
        command: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
        hwmKB: Math.max(previous?.hwmKB ?? 0, statusKB(status, 'VmHWM')),
        // utime and stime, fields 14 and 15 of stat(5), in clock ticks of 1/100 s.
        cpuSeconds: Math.max(previous?.cpuSeconds ?? 0, (Number(fields[11]) + Number(fields[12])) / 100 || 0),
      });
    }
    treePeakKB = Math.max(treePeakKB, treeKB);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return { treePeakKB, seen };
    },
  };
}

/** Child processes by command: how many ran, the largest one's peak and their CPU time in all. */
function childrenByCommand(sampled: Sampled[]): ChildProcessUsage[] {
  const byCommand = new Map<string, ChildProcessUsage>();
  // A process seen only as it exited has no memory left to show.
  for (const { command, hwmKB, cpuSeconds } of sampled.filter((s) => s.hwmKB > 0)) {
    const usage = byCommand.get(command) ?? { command, processes: 0, peakRssMB: 0, cpuSeconds: 0 };
    usage.processes += 1;
    usage.peakRssMB = Math.max(usage.peakRssMB, Math.round(hwmKB / MB));
    usage.cpuSeconds = Number((usage.cpuSeconds + cpuSeconds).toFixed(2));
    byCommand.set(command, usage);
  }
  return [...byCommand.values()];
}

/** What scripts/report-peak-memory.ts prints of one process. */
interface Report {
  maxRssKB: number;
  cpuSeconds: number;
  childrenCpuSeconds: number;
}

/** Removes what a previous build left that a cold build must not reuse. */
export function clearBuildCaches(dir: string): void {
  for (const cache of ['dist', '.astro', join('node_modules', '.vite'), join('node_modules', '.astro')]) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
}

/**
 * Builds the site copy in `dir` as it stands (call `clearBuildCaches` first for a cold build), with
 * this site's build command unless told another.
 */
export function measureBuild(dir: string, build: BuildCommand = siteBuild()): Promise<BuildMeasurement> {
  const { command, args, env } = build;
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid!);
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const { treePeakKB, seen } = sampler.stop();
      // One report per process that had the reporter: `astro build`'s first when the build script
      // ran it, then the script's own, whose children's CPU time includes the build's.
      const reports = [...stderr.matchAll(/build-usage=(\{.*\})/g)].map((match) => JSON.parse(match[1]!) as Report);
      const usage: Partial<Report> = reports.at(-1) ?? {};
      const children = childrenByCommand([...seen].filter(([pid]) => pid !== child.pid).map(([, s]) => s));
      const mainKB = Math.max(0, ...reports.map((report) => report.maxRssKB)) || (seen.get(child.pid!)?.hwmKB ?? 0);
      const childrenCpu = Math.max(
        usage.childrenCpuSeconds ?? 0,
        children.reduce((sum, c) => sum + c.cpuSeconds, 0),
      );
      resolve({
        ok: code === 0,
        output: Buffer.concat(chunks).toString(),
        wallSeconds: Number(wallSeconds.toFixed(2)),
        cpuSeconds: Number(((usage.cpuSeconds ?? 0) + childrenCpu).toFixed(2)),
        peakRssMB: Math.round(Math.max(mainKB, treePeakKB) / MB),
        mainPeakRssMB: Math.round(mainKB / MB),
        children,
        load: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
      });
    });
  });
}
