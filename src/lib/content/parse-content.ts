/** What this needs of a Zod schema, so `src/lib` stays free of Astro's imports. */
interface Schema<T> {
  safeParse(
    raw: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * `raw` parsed with `schema`, or an error naming the content file and the field, so a content
 * owner's mistake fails the build with where to look.
 */
export function parseContentFile<T>(file: string, schema: Schema<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
