// Times the production build of N synthetic guides in a temporary copy of the site and prints one
// JSON line per N:  node bench/build.ts [N ...]   (default 100 1000 10000)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTempSite } from '../scripts/temp-site.ts';
import { generateGuides } from './generate-guides.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

const sizes = process.argv.slice(2).map(Number);
for (const guides of sizes.length > 0 ? sizes : [100, 1000, 10000]) {
  const site = createTempSite((dir) => generateGuides(guides, dir));
  try {
    const result = site.build();
    if (!result.ok) {
      console.error(result.output.slice(-4000));
      process.exit(1);
    }
    const client = join(site.dir, 'dist', 'client');
    const guideDir = join(client, 'guides');
    const htmlBytes = readdirSync(guideDir).map((slug) => readFileSync(join(guideDir, slug, 'index.html')).length);
    console.log(
      JSON.stringify({
        bench: 'build',
        guides,
        pages: countHtml(client),
        seconds: Number(result.seconds.toFixed(2)),
        secondsPer1000Guides: Number(((result.seconds * 1000) / guides).toFixed(2)),
        peakMemoryMB: result.peakMemoryMB,
        guideHtmlBytesMedian: median(htmlBytes),
        guideHtmlBytesMax: Math.max(...htmlBytes),
      }),
    );
  } finally {
    site.remove();
  }
}
