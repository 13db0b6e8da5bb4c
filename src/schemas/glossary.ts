import { z } from 'astro/zod';

/**
 * The product terms guides may state (`content/glossary.json`), each as the source article gives
 * it. The build check refuses an `lfk_` placeholder or an UPPER_SNAKE name in a page that is
 * neither here nor in the error-code registry, so a new term is added here on purpose, not by a typo.
 */
export const glossarySchema = z
  .object({
    apiKeyPrefix: z.string().regex(/^lfk_$/, 'the API key prefix is "lfk_"'),
    secretKeyPrefix: z.string().regex(/^lfk_[a-z]+_$/, 'a key type prefix looks like "lfk_sk_"'),
    placeholderKey: z
      .string()
      .regex(/^lfk_[a-z]+_[a-z_]+$/, 'the docs placeholder is lowercase, e.g. "lfk_sk_your_api_key_here"'),
    apiKeyEnvVar: z
      .string()
      .regex(
        /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/,
        'the environment variable is UPPER_SNAKE_CASE, e.g. "TRUST_LEADS_API_KEY"',
      ),
    appPaths: z
      .array(
        z
          .object({
            path: z.string().regex(/^\/app(?:\/[a-z0-9-]+)+$/, 'an app path looks like "/app/api-keys"'),
            label: z.string().trim().min(1).max(60),
          })
          .strict(),
      )
      .min(1),
    durations: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), z.string().regex(/^\d+ (?:minute|hour|day)s?$/)),
  })
  .strict();

export type Glossary = z.infer<typeof glossarySchema>;
