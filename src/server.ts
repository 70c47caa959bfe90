/**
 * The HTTP server around an app, with a graceful shutdown: stop accepting, let in-flight
 * requests finish within a bound, close idle keep-alive sockets, then report.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export interface RunningServer {
  server: Server;
  port: number;
  /** Resolves once every connection is closed: `clean`, or `forced` when the bound was reached. */
  shutdown(): Promise<'clean' | 'forced'>;
}

export async function startServer(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { host: string; port: number; shutdownTimeoutMs: number },
): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch }) as Server;
  // Sockets idle between requests are closed by shutdown; keep Node's defaults otherwise.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  // Responses in progress, so that shutdown can ask their clients to close the connection.
  const active = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) res.setHeader('Connection', 'close');
    active.add(res);
    res.once('close', () => active.delete(res));
  });

  let closing: Promise<'clean' | 'forced'> | undefined;
  const shutdown = () =>
    (closing ??= new Promise((resolve) => {
      let forced = false;
      // Responses not yet written, and any from now on, ask the client to close the connection.
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close');
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, options.shutdownTimeoutMs);
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve(forced ? 'forced' : 'clean');
      });
      server.closeIdleConnections();
    }));
  return { server, port, shutdown };
}
