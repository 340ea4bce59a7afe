import type http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/** The first byte of every TLS connection: a handshake record. */
const TLS_HANDSHAKE = 0x16;

/**
 * One port that speaks both HTTPS (for kubectl, which sends its bearer token
 * only over TLS) and plain HTTP (for probes, scripts and local tools): each
 * connection goes to the TLS or the plain server by its first byte, and the
 * same request handler serves both.
 */
export class DualProtocolListener {
  readonly tlsServer: https.Server;
  private readonly raw: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    readonly plainServer: http.Server,
    tls: { key: string; cert: string },
  ) {
    const handler = plainServer.listeners('request')[0] as http.RequestListener;
    this.tlsServer = https.createServer({ key: tls.key, cert: tls.cert }, handler);
    this.raw = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      socket.once('data', (first) => {
        socket.pause();
        socket.unshift(first);
        (first[0] === TLS_HANDSHAKE ? this.tlsServer : this.plainServer).emit('connection', socket);
        process.nextTick(() => socket.resume());
      });
      socket.on('error', () => socket.destroy());
    });
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.raw.once('error', reject);
      this.raw.listen(port, host, () => {
        this.raw.off('error', reject);
        resolve((this.raw.address() as net.AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.raw.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }
}
