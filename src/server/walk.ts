import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, depth first. */
export function* walkFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else yield path;
  }
}
