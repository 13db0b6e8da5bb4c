// Preloaded with `node --import` into a build: prints the process's peak resident memory on exit,
// which is all of an Astro build (its bundler runs on threads of the same process).
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
