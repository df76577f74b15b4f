import type { Server } from "node:http";

/**
 * How long an idle keep-alive connection stays open. Node closes it after 5 s by default, the
 * same time after which Node's own HTTP clients (and many proxies) stop reusing it; a client that
 * sends on the connection in the instant the server closes it gets a reset ("ECONNRESET") for a
 * request that never arrived. The server therefore keeps idle connections longer than any usual
 * client or reverse proxy (nginx 60 s upstream, load balancers 60 s) and lets the client close.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Gives the server keep-alive timeouts that outlast its clients' (see KEEP_ALIVE_TIMEOUT_MS). */
export function keepConnectionsAlive(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Node requires the header timeout to exceed the keep-alive timeout, else a reused connection's
  // next request could be cut off while its headers arrive.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}
