import { open } from 'node:fs/promises';
import { packedPageSearch, type PackTable, type PageSearch } from '../lib/search/page-search.ts';

/** Bytes read at a time while looking for the end of the pack's table line. */
const TABLE_READ_BYTES = 256 * 1024;

/**
 * Opens the build's search pack (`dist/page-search.pack`) for the life of the process: reads its
 * table, then each index file from disk when a search first needs it. The server's memory holds
 * the table and the files in use, not the whole index.
 */
export async function openPageSearchPack(file: string): Promise<PageSearch> {
  const handle = await open(file, 'r');
  const pieces: Buffer[] = [];
  let tableBytes = -1;
  for (let position = 0; tableBytes === -1;) {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(TABLE_READ_BYTES), 0, TABLE_READ_BYTES, position);
    if (bytesRead === 0) throw new Error(`${file}: not a search pack (no table line)`);
    const piece = buffer.subarray(0, bytesRead);
    const newline = piece.indexOf(10);
    pieces.push(newline === -1 ? piece : piece.subarray(0, newline));
    if (newline !== -1) tableBytes = position + newline;
    position += bytesRead;
  }
  const table = JSON.parse(Buffer.concat(pieces).toString('utf8')) as PackTable;
  const filesStart = tableBytes + 1;
  return packedPageSearch(table, async (start, length) => {
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, filesStart + start);
    return buffer.toString('utf8');
  });
}
