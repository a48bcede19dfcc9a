import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Lets an HTTP server stop without dropping requests. The returned `drain` stops accepting
 * connections, closes idle keep-alive connections, answers the requests in flight (telling their
 * clients to close the connection afterwards) and cuts whatever is still open after `timeoutMs`.
 */
export function drainable(server: Server): (timeoutMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const closeAfterwards = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
  };
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (draining) closeAfterwards(response);
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  return (timeoutMs) => {
    draining = true;
    inFlight.forEach(closeAfterwards);
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    return closed.finally(() => clearTimeout(deadline));
  };
}
