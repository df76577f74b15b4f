import { z } from "zod";
import type { Access } from "../auth/access.js";
import { ForbiddenError, RuleViolationError, UnauthenticatedError } from "../errors.js";

/** The largest file an import takes through the API (the command line has no limit). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/**
 * A file uploaded for an import. `content` is the file's text (`encoding: "text"`, what a browser
 * reads with `file.text()`), or its bytes in base64 (`"base64"`) for files whose encoding the
 * server should work out: CSV from German spreadsheets in Windows-1252 or UTF-8 with or without
 * byte-order mark. At most 4 MB of file.
 */
export const UploadSchema = z.object({
  content: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, { error: `Die Datei ist zu groß (höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB).` }),
  encoding: z.enum(["text", "base64"]).default("text"),
});
/** A file uploaded for an import. */
export type Upload = z.infer<typeof UploadSchema>;

/** The bytes of an upload, refused with a German message when they are no base64 or too many. */
export function uploadedBytes(upload: Upload): Buffer {
  if (upload.encoding === "base64" && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(upload.content)) {
    throw new RuleViolationError("Der Dateiinhalt ist nicht Base64-kodiert. Senden Sie ihn als Base64 oder mit encoding „text“.", ["content"]);
  }
  const bytes = upload.encoding === "base64" ? Buffer.from(upload.content, "base64") : Buffer.from(upload.content, "utf8");
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new RuleViolationError(
      `Die Datei ist mit ${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} MB zu groß (höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Teilen Sie sie auf oder importieren Sie sie an der Kommandozeile.`,
      ["content"],
    );
  }
  return bytes;
}

/**
 * Refuses an import (preview included) to callers who may write in no territory at all, before
 * the file is read, so that a preview tells them nothing about other territories' records.
 */
export function assertMayImport(access: Access, what: string): void {
  if (!access.principal && !access.writable.all) throw new UnauthenticatedError();
  if (!access.writable.all && access.writable.territoryIds.length === 0) {
    throw new ForbiddenError(`${what}: Ihre Rolle erlaubt keine Änderungen. Importe sind den Redaktionen der Gebiete vorbehalten.`);
  }
}
