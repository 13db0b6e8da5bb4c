import { readFileSync } from 'node:fs';

// Preloaded with `node --import` into a build: prints the process's peak resident memory and CPU
// time on exit. The process is all of an Astro build but for child processes (its bundler runs on
// threads of the same process), so the CPU time of the children it waited for is added from
// /proc (Linux: cutime and cstime in clock ticks of 1/100 s); their memory is for the parent that
// watches the process tree (bench/measure-build.ts) to sample.
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 16 and 17 of stat(5), counted from the state field, which is field 3.
    return (Number(fields[13]) + Number(fields[14])) / 100 || 0;
  } catch {
    return 0;
  }
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const report = {
    maxRssKB: usage.maxRSS,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    childrenCpuSeconds: childrenCpuSeconds(),
  };
  process.stderr.write(`\npeak-rss-kb=${usage.maxRSS}\nbuild-usage=${JSON.stringify(report)}\n`);
});
