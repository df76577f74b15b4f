// The yardsticks: the same HTTP stack (Node's http server through @hono/node-server) with one
// route answering a small JSON object and nothing else. Whatever the real server is slower
// by is the cost of our own work per request, not of Node, Hono or the machine.
// A second route answers through tRPC with a fixed answer the size of a state-wide search's: the
// fastest any search could be through this stack, with no searching at all.
import { serve } from "@hono/node-server";
import { trpcServer } from "@hono/trpc-server";
import { initTRPC } from "@trpc/server";
import { Hono } from "hono";
import { z } from "zod";
import { searchSizedAnswer } from "./search-sized-answer.js";

const port = Number(process.argv[2]);
if (!Number.isInteger(port)) throw new Error("usage: baseline-server.ts PORT");

const answer = searchSizedAnswer();
const t = initTRPC.create();
const router = t.router({
  // A new object per call, as a real procedure returns one; tRPC serialises it each time.
  searchSized: t.procedure.input(z.object({ text: z.string() })).query(() => ({ ...answer })),
});

const app = new Hono();
app.get("/json", (c) => c.json({ status: "ok", items: [1, 2, 3] }));
app.use("/trpc/*", trpcServer({ router }));

serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => console.info("listening"));
