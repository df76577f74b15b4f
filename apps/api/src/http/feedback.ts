import { type Context, Hono } from "hono";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/types.js";
import { countFeedbackSince, type FeedbackKind, storeFeedback } from "../repositories/feedback.js";
import { limitBody } from "./security.js";

/** The e-mail rule of HTML's `<input type="email">`, so the server refuses nothing the browser let through. */
const HTML_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

const kinds: Record<string, FeedbackKind> = { barriere: "barrier", inhalt: "content", sonstiges: "other" };

/** Where the portal's form sits: the path to return to (same site, the language prefix included). */
const FORM_PATH = "/barrierefreiheit/rueckmeldung";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((text) => (text ? text : null));

/**
 * The feedback form's fields as the portal sends them (German names, as in its URLs): `art`
 * (barriere, inhalt, sonstiges), `seite` (which page), `nachricht`, `antwort` (an optional reply
 * address), `sprache` (the portal language) and `zurueck` (the form's path, to return to).
 */
export const FeedbackFormSchema = z.object({
  art: z.enum(["barriere", "inhalt", "sonstiges"], { error: "Bitte wählen Sie, worum es geht." }).transform((art) => kinds[art]!),
  seite: optionalText(300, "Die Seitenangabe ist zu lang (höchstens 300 Zeichen)."),
  nachricht: z
    .string({ error: "Bitte beschreiben Sie Ihr Anliegen." })
    .trim()
    .min(10, "Bitte beschreiben Sie Ihr Anliegen in mindestens 10 Zeichen.")
    .max(4000, "Die Nachricht ist zu lang (höchstens 4000 Zeichen)."),
  antwort: optionalText(200, "Die E-Mail-Adresse ist zu lang.").refine((email) => email === null || HTML_EMAIL.test(email), "Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer."),
  sprache: z.string().regex(/^[a-z]{2}(-x-ls)?$/).catch("de"),
  zurueck: z
    .string()
    .regex(/^(\/[a-z-]+)*$/)
    .max(100)
    .refine((path) => path.endsWith(FORM_PATH))
    .catch(FORM_PATH),
});

/** What the feedback route needs. */
export interface FeedbackRoutesOptions {
  db: Kysely<Database>;
  /** The client's address, for the per-sender limit only; it is never stored. */
  clientAddress: (c: Context) => string;
  /** Per sender: at most `perSender` within `windowMs`; for everyone together: `perHour` in an hour. */
  limits?: { perSender: number; windowMs: number; perHour: number };
  now?: () => number;
}

const DEFAULT_LIMITS = { perSender: 5, windowMs: 10 * 60_000, perHour: 200 };

/** Counts recent sends per client address in memory (addresses are kept for the window only, never written). */
function senderLimiter(perSender: number, windowMs: number, now: () => number): (address: string) => boolean {
  const sent = new Map<string, number[]>();
  return (address) => {
    const time = now();
    for (const [key, times] of sent) if (times.every((t) => time - t >= windowMs)) sent.delete(key);
    const recent = (sent.get(address) ?? []).filter((t) => time - t < windowMs);
    if (recent.length >= perSender) return false;
    sent.set(address, [...recent, time]);
    return true;
  };
}

/**
 * `POST /api/feedback`: the portal's feedback form (works without JavaScript). A form post is
 * answered with a redirect back to the form (303): `?gesendet=1` when stored, else `?fehler=`
 * with the fields to correct (their codes only: the message and address are not put into a URL)
 * or `?fehler=zu-oft` when the limit is reached. A JSON post gets JSON: 201, 400 with the
 * issues, or 429.
 *
 * @example
 * app.route("/api/feedback", feedbackRoutes({ db, clientAddress: (c) => "127.0.0.1" }));
 */
export function feedbackRoutes(options: FeedbackRoutesOptions): Hono {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = options.now ?? Date.now;
  const allowSender = senderLimiter(limits.perSender, limits.windowMs, now);
  const api = new Hono();
  api.use("*", limitBody(16 * 1024));
  api.post("/", async (c) => {
    const json = c.req.header("content-type")?.startsWith("application/json") ?? false;
    const raw: Record<string, unknown> = json ? await c.req.json<Record<string, unknown>>().catch(() => ({})) : await c.req.parseBody();
    const parsed = FeedbackFormSchema.safeParse(raw);
    const back = FeedbackFormSchema.shape.zurueck.parse(raw.zurueck);
    const answer = (status: 201 | 400 | 429, query: Record<string, string>, body: object) => {
      c.header("Cache-Control", "no-store");
      return json ? c.json(body, status) : c.redirect(`${back}?${new URLSearchParams(query).toString()}`, 303);
    };
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
      const kept: Record<string, string> = typeof raw.art === "string" && raw.art in kinds ? { art: raw.art } : {};
      return answer(400, { fehler: fields.join(","), ...kept }, { error: "Bitte prüfen Sie die markierten Angaben.", issues: parsed.error.issues.map((issue) => ({ field: issue.path[0], message: issue.message })) });
    }
    const tooMany = { error: "Es wurden gerade sehr viele Rückmeldungen gesendet. Bitte versuchen Sie es später noch einmal." };
    if (!allowSender(options.clientAddress(c))) return answer(429, { fehler: "zu-oft" }, tooMany);
    if ((await countFeedbackSince(options.db, new Date(now() - 3_600_000))) >= limits.perHour) return answer(429, { fehler: "zu-oft" }, tooMany);
    const { art, seite, nachricht, antwort, sprache } = parsed.data;
    const id = await storeFeedback(options.db, { kind: art, page: seite, message: nachricht, replyTo: antwort, language: sprache });
    return answer(201, { gesendet: "1" }, { id });
  });
  return api;
}
