/**
 * Where the build records the hashes of the inline scripts it emitted, relative to the output
 * directory (`dist/`). Outside `dist/client/` so it is never served.
 */
export const CSP_MANIFEST_FILE = 'csp-script-hashes.json';
