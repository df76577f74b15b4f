import { z } from "zod";
import { IsoDateSchema } from "../shared/date.js";
import { IdSchema } from "../shared/id.js";
import type { EnumLabels } from "../shared/label.js";

/**
 * Status of a meeting (Sitzung): planned, held or cancelled.
 *
 * @example
 * MeetingStatusSchema.parse("held");
 */
export const MeetingStatusSchema = z.enum(["planned", "held", "cancelled"]);
/** Status of a meeting. */
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** German and English labels of the meeting statuses. */
export const meetingStatusLabels: EnumLabels<MeetingStatus> = {
  planned: { de: "Geplant", en: "Planned" },
  held: { de: "Durchgeführt", en: "Held" },
  cancelled: { de: "Abgesagt", en: "Cancelled" },
};

/**
 * Tagesordnungspunkt (TOP): an agenda item with its number as printed, e.g. "3" or "3.1"
 * (optionally with a letter, "4a"), like OParl's AgendaItem.
 *
 * @example
 * AgendaItemSchema.parse({ number: "3.1", title: "Präventionsleitbild und strategische Ziele" });
 */
export const AgendaItemSchema = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)*[a-z]?$/, "Bitte die Nummer des Tagesordnungspunkts wie „3“, „3.1“ oder „4a“ angeben.")
    .max(20),
  title: z.string().trim().min(1, "Bitte den Titel des Tagesordnungspunkts angeben.").max(500),
});
/** An agenda item (Tagesordnungspunkt). */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

const meetingFields = z.object({
  bodyId: IdSchema,
  title: z.string().trim().min(1, "Bitte einen Titel für die Sitzung angeben.").max(300),
  date: IsoDateSchema,
  location: z.string().trim().max(300).nullable(),
  agenda: z.array(AgendaItemSchema).max(200),
  status: MeetingStatusSchema,
});

function checkMeeting(meeting: z.infer<typeof meetingFields>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  meeting.agenda.forEach((item, index) => {
    if (seen.has(item.number)) {
      ctx.addIssue({
        code: "custom",
        path: ["agenda", index, "number"],
        message: `Der Tagesordnungspunkt ${item.number} kommt mehrfach vor.`,
      });
    }
    seen.add(item.number);
  });
}

/**
 * Sitzung: a meeting of a body with its agenda. What a user submits (no id).
 *
 * @example
 * MeetingInputSchema.parse({
 *   bodyId: "6fa459ea-ee8a-4ca4-894e-db77e160355e",
 *   title: "Sitzung des Jugendhilfeausschusses",
 *   date: "2018-11-27",
 *   location: "Kreishaus Coesfeld",
 *   agenda: [{ number: "3", title: "Kommunale Präventionsketten: Leitbild und strategische Ziele" }],
 *   status: "held",
 * });
 */
export const MeetingInputSchema = meetingFields.superRefine(checkMeeting);
/** A meeting as submitted (no id). */
export type MeetingInput = z.infer<typeof MeetingInputSchema>;

/**
 * A stored meeting (Sitzung) with its id.
 *
 * @example
 * MeetingSchema.parse({ ...meetingInput, id: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed" });
 */
export const MeetingSchema = meetingFields.extend({ id: IdSchema }).superRefine(checkMeeting);
/** A stored meeting. */
export type Meeting = z.infer<typeof MeetingSchema>;
