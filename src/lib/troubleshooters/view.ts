import type { TroubleshooterData } from '../../schemas/troubleshooter.ts';
import type { CheckerContext } from '../tokens/links.ts';

/** A resolution's guide link, resolved at build: the address and the titles readers see. */
export interface GuideLink {
  href: string;
  guide: string;
  section: string;
}

/** What the troubleshooter island needs; all of it is plain data, serialised into the page. */
export interface TroubleshooterView {
  slug: string;
  data: TroubleshooterData;
  links: Record<string, GuideLink>;
  supportUrl: string;
  /** The site's public origin, for the page address an escalation carries. */
  siteUrl: string;
  /** What an embedded token checker shows with its verdicts (guide titles, error codes, the app). */
  checker: CheckerContext;
}
