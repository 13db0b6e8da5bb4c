import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { apiError, type ApiError } from '../../lib/feedback/api-error.ts';
import { logFailure } from '../log.ts';
import { isValidHost, lastForwarded } from './host.ts';
import { allowedMethods, methodVerdict } from './methods.ts';
import { errorResponse } from './response.ts';

/** Limits on how clients use connections: slow or silent ones are cut, so they cannot pin the server. */
export const CONNECTION_LIMITS = {
  /** Time to send the request headers. */
  headersTimeoutMs: 10_000,
  /** Time to send the whole request, body included. */
  requestTimeoutMs: 30_000,
  /** How long an idle keep-alive connection is kept. */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at once; more are refused until some close. */
  maxConnections: 2_000,
  /** After SIGTERM, how long requests already accepted may take before the rest are cut. */
  drainMs: 8_000,
} as const;

/** Writes a web `Response` (one of the layer's errors) to a Node response. */
async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Answers with the one error shape of the API. */
export function refuse(res: ServerResponse, error: ApiError): void {
  void send(res, errorResponse(error));
}

// The adapter decides `http:` or `https:` from the socket; behind a TLS-terminating proxy the
// socket is plain, so the proxy's word is put where the adapter looks.
function setPublicProtocol(req: IncomingMessage, protocol: 'http' | 'https'): void {
  Object.defineProperty(req.socket, 'encrypted', { value: protocol === 'https', configurable: true });
}

/**
 * Checks what every request must pass before any route sees it: a sane `Host`, a method the path
 * answers, and the forwarded protocol and host when (and only when) a proxy is trusted. Returns
 * false once it has answered the request itself.
 */
export function admitRequest(req: IncomingMessage, res: ServerResponse, trustProxy: boolean): boolean {
  if (!isValidHost(req.headers.host)) {
    refuse(res, apiError(400, 'bad-request', 'The Host header is missing or not a host name.'));
    return false;
  }
  if (trustProxy) {
    const forwardedHost = lastForwarded(req.headers['x-forwarded-host']);
    const forwardedProto = lastForwarded(req.headers['x-forwarded-proto'])?.toLowerCase();
    if (forwardedHost !== undefined) {
      if (!isValidHost(forwardedHost)) {
        refuse(res, apiError(400, 'bad-request', 'X-Forwarded-Host is not a host name.'));
        return false;
      }
      req.headers.host = forwardedHost;
    }
    setPublicProtocol(req, forwardedProto === 'https' ? 'https' : 'http');
  } else {
    // Only a trusted proxy may say where the request was really made.
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
  try {
    decodeURI(req.url ?? '/');
  } catch {
    refuse(res, apiError(400, 'bad-request', 'The request path is not valid percent-encoding.'));
    return false;
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const allow = allowedMethods(pathname).join(', ');
  switch (methodVerdict(req.method ?? '', pathname)) {
    case 'ok':
      return true;
    case 'options':
      res.writeHead(204, { Allow: allow, 'Cache-Control': 'no-store' }).end();
      return false;
    case 'not-allowed':
      refuse(
        res,
        apiError(405, 'method-not-allowed', `${req.method} is not allowed here; use ${allow}.`, { Allow: allow }),
      );
      return false;
    case 'not-implemented':
      refuse(res, apiError(501, 'not-implemented', `The method ${req.method} is not supported.`));
      return false;
  }
}

const RAW_ERRORS: Readonly<Record<string, [number, string]>> = {
  HPE_INVALID_METHOD: [501, 'Not Implemented'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
  HPE_HEADERS_TIMEOUT: [408, 'Request Timeout'],
};

/**
 * Applies the connection limits, answers requests Node cannot parse (a small status line, one
 * quiet log line per kind a minute, no stack trace), and turns CONNECT away with 405.
 */
export function hardenServer(server: Server): void {
  server.headersTimeout = CONNECTION_LIMITS.headersTimeoutMs;
  server.requestTimeout = CONNECTION_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = CONNECTION_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = CONNECTION_LIMITS.maxConnections;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const code = error.code ?? 'unknown';
    if (code !== 'ECONNRESET')
      logFailure(`client:${code}`, `a client sent a request that cannot be read (${error.message})`);
    if (!socket.writable) return socket.destroy();
    const [status, text] = RAW_ERRORS[code] ?? [400, 'Bad Request'];
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // Connections over the cap are closed by Node at once; the log says so, once a minute.
  server.on('drop', () =>
    logFailure('client:connection-cap', 'the connection cap was reached; new connections are refused'),
  );
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}
