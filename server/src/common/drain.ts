import type { Server } from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';
import type { Logger } from './logger';

interface ConnectionState {
  /** Requests on it whose response has not finished. */
  active: number;
  /** It has answered a request; before that it may hold one not read yet. */
  served: boolean;
}

export interface Drainable {
  /**
   * Stops accepting connections and lets the requests in flight finish, for `timeoutMs` at
   * most; only then are the connections still open cut.
   */
  drain(timeoutMs: number): Promise<void>;
}

/**
 * Node's own `server.close()` also drops every connection it deems idle, and a connection
 * whose request has arrived but not been read yet (the event loop was busy) looks idle: the
 * client sees a reset. So connections are followed here instead: while draining, each answer
 * carries `Connection: close`, a kept-alive connection closes once its answer is sent, and
 * one that has not sent a request yet is left to send it (or to time out).
 */
export function drainable(server: Server, logger: Logger): Drainable {
  const connections = new Map<Socket, ConnectionState>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, served: false });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req, res) => {
    const state = connections.get(req.socket);
    if (!state) return;
    state.active += 1;
    state.served = true;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      state.active -= 1;
      if (draining && state.active === 0) req.socket.end();
    });
  });

  return {
    async drain(timeoutMs) {
      draining = true;
      // net's close: stop accepting, without http's sweep of "idle" connections (see above).
      const closed = new Promise<void>((resolve) =>
        net.Server.prototype.close.call(server, () => resolve()),
      );
      for (const [socket, state] of connections) {
        if (state.served && state.active === 0) socket.end();
      }
      const cut = setTimeout(() => {
        logger.warn({ timeoutMs }, 'requests still running at the shutdown timeout were cut off');
        server.closeAllConnections();
        for (const socket of connections.keys()) socket.destroy();
      }, timeoutMs);
      try {
        await closed;
      } finally {
        clearTimeout(cut);
      }
    },
  };
}
