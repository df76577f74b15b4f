// The yardstick: the same HTTP stack (Node's http server through @hono/node-server) with one
// route answering a small JSON object and nothing else. Whatever the real server is slower
// by is the cost of our own work per request, not of Node, Hono or the machine.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const port = Number(process.argv[2]);
if (!Number.isInteger(port)) throw new Error("usage: baseline-server.ts PORT");

const app = new Hono();
app.get("/json", (c) => c.json({ status: "ok", items: [1, 2, 3] }));

serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => console.info("listening"));
