import { guideSchema } from '../../schemas/guide.ts';
import { errorCodeEntry, errorCodeRegistry } from './error-codes.ts';

/**
 * A guide's frontmatter as the site accepts it: the guide schema, and only error codes the
 * reference documents, so every "Error code" link has a target.
 */
export const documentedGuideSchema = guideSchema.superRefine((guide, ctx) => {
  guide.errorCodes.forEach((code, i) => {
    if (errorCodeEntry(code)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['errorCodes', i],
      message: `unknown error code ${JSON.stringify(code)}: it is not in content/error-codes.json (documented: ${errorCodeRegistry.map((e) => e.code).join(', ')})`,
    });
  });
});
