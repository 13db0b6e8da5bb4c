import { z } from 'astro/zod';

/**
 * One documented error code, as listed in `content/error-codes.json`. The list's order is "most
 * common first"; `/errors/`, the token checker and search all read this one registry.
 */
export const errorCodeEntrySchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'an error code is UPPER_SNAKE_CASE, as the API returns it, e.g. "SESSION_EXPIRED"'),
    status: z.number().int().min(400).max(599),
    title: z.string().trim().min(1).max(80),
    meaning: z.string().trim().min(1).max(300),
    action: z.string().trim().min(1).max(600),
    example: z.string().trim().min(1).max(2000),
    guides: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'guides lists guide slugs')).min(1),
  })
  .strict();

/** The whole registry: no code twice. */
export const errorCodeRegistrySchema = z
  .array(errorCodeEntrySchema)
  .refine((list) => new Set(list.map((e) => e.code)).size === list.length, 'an error code is listed twice');

export type ErrorCodeEntry = z.infer<typeof errorCodeEntrySchema>;
