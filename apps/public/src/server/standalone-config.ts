// The standalone portal's own settings (the API process validates the same ones in its env.ts).

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
const PHONE = /^\+?[0-9][0-9 /-]{2,24}$/;

/** PORTAL_EMBED_ORIGINS: comma-separated origins that may frame the embed view. */
export function embedOriginsOf(value: string | undefined): string[] {
  const origins = (value ?? "").split(",").map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean);
  const wrong = origins.find((origin) => !ORIGIN.test(origin));
  if (wrong) throw new Error(`PORTAL_EMBED_ORIGINS: „${wrong}“ ist kein Ursprung wie https://www.duelmen.de (ohne Pfad).`);
  return origins;
}

/** PORTAL_EMERGENCY_CONTACTS: `Name=Nummer` pairs separated by semicolons. */
export function emergencyContactsOf(value: string | undefined): { name: string; phone: string }[] {
  return (value ?? "")
    .split(";")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf("=");
      const contact = { name: entry.slice(0, Math.max(at, 0)).trim(), phone: entry.slice(at + 1).trim() };
      if (at < 1 || !contact.name || !PHONE.test(contact.phone)) throw new Error(`PORTAL_EMERGENCY_CONTACTS: „${entry}“ hat nicht die Form Name=Nummer (z. B. Jugendamt=02541 18-5555).`);
      return contact;
    });
}

/** The framing rule for an answer: only the named sites may show it in a frame; none by default. */
export function framingHeaders(origins: string[]): Record<string, string> {
  const allowed = origins.filter((origin) => ORIGIN.test(origin));
  return allowed.length > 0 ? { "Content-Security-Policy": `frame-ancestors 'self' ${allowed.join(" ")}` } : { "Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY" };
}
