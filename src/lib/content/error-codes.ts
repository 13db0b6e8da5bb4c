import rawRegistry from '../../../content/error-codes.json' with { type: 'json' };
import { errorCodeRegistrySchema, type ErrorCodeEntry } from '../../schemas/error-code.ts';
import { parseContentFile } from './parse-content.ts';

export type { ErrorCodeEntry } from '../../schemas/error-code.ts';

/** Every documented error code, most common first (the registry's order). */
export const errorCodeRegistry: readonly ErrorCodeEntry[] = parseContentFile(
  'content/error-codes.json',
  errorCodeRegistrySchema,
  rawRegistry,
);

const byCode = new Map(errorCodeRegistry.map((entry) => [entry.code, entry]));

/** The registry entry for `code` (exact, as the API writes it), or undefined. */
export function errorCodeEntry(code: string): ErrorCodeEntry | undefined {
  return byCode.get(code);
}
