import { describe, expect, it } from "vitest";
import { errorMessage, fieldErrorsFromApi, firstFieldError, isConflict } from "./api-errors.js";

const badRequest = {
  message: "Eingabe ungültig: data.title: Zu kurz",
  data: { code: "BAD_REQUEST", issues: [{ path: "data.title", message: "Zu kurz" }, { path: "data.title", message: "Zweite Meldung" }, { path: "data.cost.amountCents", message: "Kein Betrag" }] },
};

describe("fieldErrorsFromApi", () => {
  it("maps the API's issues to the form's field names, first message per field", () => {
    expect(fieldErrorsFromApi(badRequest, "data")).toEqual({ title: "Zu kurz", "cost.amountCents": "Kein Betrag" });
  });

  it("keeps paths without the prefix and puts a message without issues under the empty key", () => {
    expect(fieldErrorsFromApi({ message: "x", data: { issues: [{ path: "title", message: "Fehlt" }] } }, "data")).toEqual({ title: "Fehlt" });
    expect(fieldErrorsFromApi({ message: "Keine Berechtigung", data: { code: "FORBIDDEN", issues: null } })).toEqual({ "": "Keine Berechtigung" });
  });

  it("ignores what is not an API error", () => {
    expect(fieldErrorsFromApi("kaputt")).toEqual({});
    expect(fieldErrorsFromApi(null)).toEqual({});
  });
});

describe("isConflict, errorMessage and firstFieldError", () => {
  it("recognises a conflict only by its code", () => {
    expect(isConflict({ message: "geändert", data: { code: "CONFLICT" } })).toBe(true);
    expect(isConflict(badRequest)).toBe(false);
  });

  it("falls back when an error has no message", () => {
    expect(errorMessage(new Error("Netzwerk"), "Unbekannt")).toBe("Netzwerk");
    expect(errorMessage(42, "Unbekannt")).toBe("Unbekannt");
  });

  it("reads strings and Standard Schema issues alike", () => {
    expect(firstFieldError([undefined, { message: "Pflichtfeld" }])).toBe("Pflichtfeld");
    expect(firstFieldError(["", "Zu lang"])).toBe("Zu lang");
    expect(firstFieldError([])).toBeNull();
  });
});
