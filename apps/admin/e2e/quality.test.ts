import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Picks an option of the select labelled `label` (React Aria: a button opening a list box). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("button").click();
  // A selected option carries a check mark after its name.
  await page.getByRole("option", { name: new RegExp(`^${option}( ✓)?$`) }).click();
}

/** Marks how far a checklist item (its group is named by the item) is in place. */
async function rate(page: Page, item: RegExp, fulfilment: string): Promise<void> {
  await page.getByRole("group", { name: item }).getByRole("radio", { name: fulfilment }).check();
}

describe("the quality self-assessment in the admin app", () => {
  const session = useBrowserSession();

  it("shows the maturity change while the coordinator fills in part of the checklist; a missing entry is refused at the field", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Qualität" }).click();
    await page.getByRole("heading", { level: 1, name: "Qualität" }).waitFor();
    // The demo's assessment of 2024 gives 70 points: established.
    const demo = page.getByRole("row", { name: /Selbstbewertung vom 20\.11\.2024/ });
    await demo.getByRole("cell", { name: "70", exact: true }).waitFor();
    await demo.getByRole("cell", { name: "Etabliert", exact: true }).waitFor();
    await choose(page, "Gebiet", "Kreis Coesfeld");
    await page.waitForURL(/gebiet=[0-9a-f-]{36}/);
    await demo.waitFor();
    await expectAccessible(page, "Qualität: Liste");
    await screenshot(page, "quality-list-1280");

    await page.getByRole("link", { name: "Neue Selbstbewertung" }).click();
    await page.getByRole("heading", { level: 1, name: "Neue Selbstbewertung" }).waitFor();
    const maturity = page.getByRole("region", { name: "Entwicklungsstand" });
    await maturity.getByText("0 von 100 Punkten").waitFor();
    await maturity.getByText("Am Anfang", { exact: true }).waitFor();
    await choose(page, "Gebiet", "Kreis Coesfeld");

    await rate(page, /^\(a\) Regelmäßige ämterübergreifende Planungskonferenz/, "Vollständig vorhanden");
    await rate(page, /^\(b\) Präventionsleitbild/, "Vollständig vorhanden");
    await rate(page, /^\(c\) Strategische Ziele/, "Teilweise vorhanden");
    // 8 of 21 prerequisite points: 60 % × 8/21 ≈ 23.
    await maturity.getByText("23 von 100 Punkten").waitFor();
    await maturity.getByText("Am Anfang", { exact: true }).waitFor();
    await rate(page, /^1\. Leitbild und Vision/, "Vollständig vorhanden");
    // And a station fully in place: 40 % × 3/12 = 10 more, now developing.
    await maturity.getByText("33 von 100 Punkten").waitFor();
    await maturity.getByText("Im Aufbau", { exact: true }).waitFor();
    await page.getByRole("region", { name: /Gegenüber der Selbstbewertung vom 20\.11\.2024/ }).getByText("-37 Punkte").waitFor();
    await page.getByRole("group", { name: /^\(b\) Präventionsleitbild/ }).getByLabel("Anmerkung").fill("Leitbild 2.0 vom Kreistag beschlossen.");
    await expectAccessible(page, "Selbstbewertung ausfüllen");
    await screenshot(page, "quality-edit-1280");

    // Without who assessed, the API refuses at the field; the answers stay.
    await page.getByRole("button", { name: "Selbstbewertung speichern" }).click();
    await page.getByText("Nicht gespeichert. Bitte prüfen Sie die markierten Angaben.").waitFor();
    expect(await page.getByLabel("Bewertet von").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("group", { name: /^\(a\)/ }).getByRole("radio", { name: "Vollständig vorhanden" }).isChecked()).toBe(true);
    await maturity.getByText("33 von 100 Punkten").waitFor();
    await expectAccessible(page, "Selbstbewertung: abgelehnte Eingabe");

    await page.getByLabel("Bewertet von").fill("Planungsgruppe Präventionskette");
    await page.getByRole("button", { name: "Selbstbewertung speichern" }).click();
    await page.getByRole("heading", { level: 1, name: /^Selbstbewertung vom / }).waitFor();
    await page.waitForURL(/\/qualitaet\/[0-9a-f-]{36}$/);
    const assessmentId = new URL(page.url()).pathname.split("/").pop()!;
    const stored = (await (await page.request.get(`${url}/trpc/qualityAssessment.get?input=${encodeURIComponent(JSON.stringify({ id: assessmentId }))}`)).json()) as { result: { data: { prerequisites: Record<string, { fulfilment: string; note: string }>; stations: Record<string, { fulfilment: string }> } } };
    expect(stored.result.data.prerequisites.a?.fulfilment).toBe("fully");
    expect(stored.result.data.prerequisites.b).toEqual({ fulfilment: "fully", note: "Leitbild 2.0 vom Kreistag beschlossen." });
    expect(stored.result.data.prerequisites.c?.fulfilment).toBe("partly");
    expect(stored.result.data.prerequisites.g?.fulfilment).toBe("no");
    expect(stored.result.data.stations.leitbild?.fulfilment).toBe("fully");

    await page.getByRole("link", { name: "Zurück zur Liste" }).click();
    await page.getByRole("heading", { level: 1, name: "Qualität" }).waitFor();
    const rows = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "Planungsgruppe Präventionskette", exact: true }) });
    await rows.getByRole("cell", { name: "33", exact: true }).waitFor();
    await rows.getByRole("cell", { name: "Im Aufbau", exact: true }).waitFor();

    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, url, "coordinator");
    await phone.goto(`${url}/admin/qualitaet/${assessmentId}`);
    await phone.getByRole("region", { name: "Entwicklungsstand" }).getByText("33 von 100 Punkten").waitFor();
    await expectAccessible(phone, "Selbstbewertung am Telefon");
    await screenshot(phone, "quality-edit-390");
    await phone.goto(`${url}/admin/qualitaet`);
    await phone.getByRole("row", { name: /Selbstbewertung vom 20\.11\.2024/ }).waitFor();
    await screenshot(phone, "quality-list-390");
  }, 240_000);
});
