import type { GuideComponentName } from '../../lib/content/guide-body.ts';
import Callout from './Callout.astro';
import Code from './Code.astro';
import CodeExample from './CodeExample.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import TokenChecker from './TokenChecker.astro';
import Troubleshooter from './Troubleshooter.astro';

/**
 * What a guide's body can use: the components authors write, and the overrides that add anchor
 * links to headings and app links to inline app paths.
 */
export const guideComponents = {
  Callout,
  CodeExample,
  TokenChecker,
  Troubleshooter,
  h2: H2,
  h3: H3,
  code: Code,
} satisfies Record<GuideComponentName, unknown>;
