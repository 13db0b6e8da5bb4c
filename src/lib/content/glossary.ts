import rawGlossary from '../../../content/glossary.json' with { type: 'json' };
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import { parseContentFile } from './parse-content.ts';

/** The product terms guides may state (placeholder key, variable name, app paths, durations). */
export const glossary: Glossary = parseContentFile('content/glossary.json', glossarySchema, rawGlossary);

/** Every `lfk_` string a page may show: the prefixes and the docs' one placeholder. */
export const knownKeyTerms: ReadonlySet<string> = new Set([
  glossary.apiKeyPrefix,
  glossary.secretKeyPrefix,
  glossary.placeholderKey,
]);

/** Every UPPER_SNAKE name a page may show that is not an error code. */
export const knownConstantTerms: ReadonlySet<string> = new Set([glossary.apiKeyEnvVar]);
