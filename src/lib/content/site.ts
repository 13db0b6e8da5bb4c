import site from '../../../content/site.json' with { type: 'json' };

/** Where "Contact support" leads; set by content owners in `content/site.json`. */
export const SUPPORT_URL: string = site.supportUrl;
/** The Trust Leads application itself. */
export const APP_URL: string = site.appUrl;
