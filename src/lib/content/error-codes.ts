import rawRegistry from '../../../content/error-codes.json' with { type: 'json' };
import { errorCodeRegistrySchema, type ErrorCodeEntry } from '../../schemas/error-code.ts';

export type { ErrorCodeEntry } from '../../schemas/error-code.ts';

function loadRegistry(): ErrorCodeEntry[] {
  const parsed = errorCodeRegistrySchema.safeParse(rawRegistry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/error-codes.json: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Every documented error code, most common first (the registry's order). */
export const errorCodeRegistry: readonly ErrorCodeEntry[] = loadRegistry();

const byCode = new Map(errorCodeRegistry.map((entry) => [entry.code, entry]));

/** The registry entry for `code` (exact, as the API writes it), or undefined. */
export function errorCodeEntry(code: string): ErrorCodeEntry | undefined {
  return byCode.get(code);
}
