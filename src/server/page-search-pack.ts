import { open } from 'node:fs/promises';
import { packedPageSearch, packHead, type PageSearch } from '../lib/search/page-search.ts';

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
  let head: ReturnType<typeof packHead>;
  for (let position = 0; !head;) {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(TABLE_READ_BYTES), 0, TABLE_READ_BYTES, position);
    if (bytesRead === 0) throw new Error(`${file}: not a search pack (no table line)`);
    pieces.push(buffer.subarray(0, bytesRead));
    // Only the last piece can hold the end of the line: the earlier ones were looked through.
    if (buffer.subarray(0, bytesRead).includes(10)) head = packHead(Buffer.concat(pieces));
    position += bytesRead;
  }
  const { table, filesStart } = head;
  return packedPageSearch(table, async (start, length) => {
    const { buffer } = await handle.read(Buffer.alloc(length), 0, length, filesStart + start);
    return buffer.toString('utf8');
  });
}
