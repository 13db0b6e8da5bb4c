import Callout from './Callout.astro';
import CodeExample from './CodeExample.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import TokenChecker from './TokenChecker.astro';
import Troubleshooter from './Troubleshooter.astro';

/**
 * What every guide's MDX can use without an import: the components authors write, and the
 * heading overrides that add anchor links.
 */
export const guideComponents = { Callout, CodeExample, TokenChecker, Troubleshooter, h2: H2, h3: H3 };
