import { type Server, request as httpRequest, Agent } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEEP_ALIVE_TIMEOUT_MS, keepConnectionsAlive } from "./keep-alive.js";

/** A GET on the agent's connection; resolves with the answer and the local port it went out on. */
function get(url: string, agent: Agent): Promise<{ body: string; localPort: number | undefined }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { agent }, (response) => {
      const localPort = response.socket.localPort;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ body, localPort }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("keep-alive connections", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = new Hono().get("/", (c) => c.text("ok"));
    server = await new Promise<Server>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started as Server));
    });
    keepConnectionsAlive(server);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));

  it("stay open past Node's default (5 s, plus 1 s grace), so a client reusing one after a pause is not reset", async () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_TIMEOUT_MS);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(url, agent);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const second = await get(url, agent);
    agent.destroy();
    expect([first.body, second.body]).toEqual(["ok", "ok"]);
    // The same local port: the second request went out on the connection the first one opened.
    expect(second.localPort).toBe(first.localPort);
  }, 20_000);
});
