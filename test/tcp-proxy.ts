import { connect, createServer, type Server, type Socket } from 'node:net';

/** A TCP proxy in front of a server, to take it away from a client and give it back. */
export interface TcpProxy {
  port: number;
  /** Stops listening and cuts every connection through it. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  open(): Promise<void>;
}

export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (on: number) =>
    new Promise<number>((done, fail) => {
      server = createServer((client) => {
        const upstream = connect(port, host);
        const cut = () => {
          for (const socket of [client, upstream]) socket.destroy();
        };
        for (const socket of [client, upstream]) sockets.add(socket.on('error', cut).on('close', cut));
        client.pipe(upstream).pipe(client);
      });
      server.once('error', fail).listen(on, '127.0.0.1', () => done((server.address() as { port: number }).port));
    });
  const proxyPort = await listen(0);
  return {
    port: proxyPort,
    async close() {
      const closed = new Promise((done) => server.close(done));
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await closed;
    },
    async open() {
      await listen(proxyPort);
    },
  };
}
