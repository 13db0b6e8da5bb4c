import { matchVendor } from '../tokens/vendors.ts';

// A long run of mixed letters and digits with no spaces reads as a key, not a search.
const RANDOM_LOOKING = /[A-Za-z0-9_\-+/=.]{24,}/;

/**
 * True when a search query looks like a credential someone pasted into the search box: a JWT, an
 * `lfk_` key, another vendor's key, or a long random string. Such queries are never stored.
 */
export function looksSecret(query: string): boolean {
  return query.split(/\s+/).some((word) => {
    if (/eyJ[A-Za-z0-9_-]{8,}/.test(word) || /lfk[_-]/i.test(word) || matchVendor(word)) return true;
    return RANDOM_LOOKING.test(word) && /\d/.test(word) && /[A-Za-z]/.test(word);
  });
}
