/** The on-demand routes that take a write, with the methods they answer; every other path is read-only. */
const WRITE_ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/api/feedback': ['POST'],
  '/api/search-miss': ['POST'],
  '/api/troubleshooter-answers': ['POST'],
  '/admin/login': ['POST'],
  '/admin/logout': ['POST'],
};

const READ_ONLY = ['GET', 'HEAD'] as const;

/** Methods HTTP defines that the server knows; anything else is answered 501. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']);

/** The methods a path answers (its `Allow` header). */
export function allowedMethods(pathname: string): readonly string[] {
  return WRITE_ROUTES[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname] ?? READ_ONLY;
}

/**
 * What to do with a request's method on a path: go on, answer `OPTIONS` with the allowed methods,
 * refuse it (405 with `Allow`: TRACE, CONNECT, PUT or DELETE on a page…) or say it is not
 * implemented (501, a method HTTP does not define).
 */
export function methodVerdict(method: string, pathname: string): 'ok' | 'options' | 'not-allowed' | 'not-implemented' {
  if (!KNOWN_METHODS.has(method)) return 'not-implemented';
  if (method === 'OPTIONS') return 'options';
  return allowedMethods(pathname).includes(method) ? 'ok' : 'not-allowed';
}
