import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** Picks an option of the select labelled `label` inside `scope` (React Aria: a button opening a list box). */
async function choose(page: Page, scope: Locator | Page, label: string, option: string): Promise<void> {
  await scope.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first().getByRole("button").click();
  // A selected option carries a check mark after its name.
  await page.getByRole("option", { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( ✓)?$`) }).click();
}

/** Types a date into the React Aria date field labelled `label` (segment by segment, as a person would). */
async function typeDate(page: Page, scope: Locator | Page, label: string, day: string, month: string, year: string): Promise<void> {
  const field = scope.locator(".ui-field").filter({ has: page.getByText(label, { exact: true }) }).first();
  await field.getByRole("spinbutton").first().click();
  await page.keyboard.type(`${day}${month}${year}`);
}

describe("funding in the admin app", () => {
  const session = useBrowserSession();

  it("takes an application from draft through submission and approval notice (with the computed grant) to spending", async () => {
    const url = session.platform.url;
    const page = await (await newContext(session.browser)).newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Förderung" }).click();
    await page.getByRole("heading", { level: 1, name: "Förderung" }).waitFor();
    await page.getByRole("link", { name: /^Lückenschluss 2018: Babylotsin/ }).waitFor();
    await choose(page, page, "Status", "Eingereicht");
    await page.waitForURL(/status=submitted/);
    await page.getByText("Keine Förderanträge passen zu diesen Filtern.").waitFor();
    await choose(page, page, "Status", "Bewilligt");
    await page.waitForURL(/status=approved/);
    await page.getByRole("link", { name: /^Lückenschluss 2018: Babylotsin/ }).waitFor();
    await expectAccessible(page, "Förderung: Liste");
    await screenshot(page, "funding-list-1280");

    // A programme of the county's youth office: 75 % of eligible costs, at most 20,000 €, share of costs.
    await page.getByRole("link", { name: "Neues Programm" }).click();
    await page.getByRole("heading", { level: 1, name: "Neues Förderprogramm" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Frühe Hilfen vor Ort");
    await page.getByLabel("Fördergeber").fill("Kreis Coesfeld");
    await choose(page, page, "Programm für", "Jugendamt Kreis Coesfeld");
    await page.getByLabel("Förderquote in Prozent").fill("75");
    await page.getByLabel("Höchstbetrag").fill("20.000");
    await choose(page, page, "Finanzierungsart", "Anteilfinanzierung");
    await expectAccessible(page, "Förderprogramm anlegen");
    await page.getByRole("button", { name: "Programm speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Frühe Hilfen vor Ort" }).waitFor();
    await page.getByRole("link", { name: "Zurück zur Förderung" }).click();

    await page.getByRole("link", { name: "Neuer Förderantrag" }).click();
    await page.getByRole("heading", { level: 1, name: "Neuer Förderantrag" }).waitFor();
    await page.getByLabel("Titel", { exact: true }).fill("Familienbüro in der Kita Nottuln");
    await choose(page, page, "Förderprogramm", "Frühe Hilfen vor Ort");
    await choose(page, page, "Gebiet", "Nottuln");
    await page.getByText("Das Programm gewährt 75 % der zuwendungsfähigen Ausgaben, höchstens 20.000,00 € (Anteilfinanzierung).").waitFor();
    await page.getByLabel("Zuwendungsfähige Ausgaben").fill("30.000,00");
    await page.getByText("Nach den Regeln des Programms höchstens 20.000,00 €").waitFor();
    await page.getByLabel("Beantragte Zuwendung").fill("22.500");
    await page.getByRole("button", { name: "Antrag speichern" }).click();

    // The API refuses more than the programme gives, at the field; nothing typed is lost.
    const requested = page.locator(".ui-field").filter({ has: page.getByText("Beantragte Zuwendung", { exact: true }) });
    await requested.getByText(/übersteigt, was das Programm „Frühe Hilfen vor Ort“ gewährt/).waitFor();
    expect(await page.getByLabel("Beantragte Zuwendung").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe("Familienbüro in der Kita Nottuln");
    expect(page.url()).toMatch(/\/antraege\/neu/);
    await expectAccessible(page, "Förderantrag: abgelehnte Eingabe");
    await screenshot(page, "funding-refused-1280");

    await page.getByLabel("Beantragte Zuwendung").fill("20.000,00");
    await page.getByRole("button", { name: "Antrag speichern" }).click();
    await page.getByRole("heading", { level: 1, name: "Familienbüro in der Kita Nottuln" }).waitFor();
    await page.waitForURL(/\/antraege\/[0-9a-f-]{36}$/);
    const applicationId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("definition").filter({ hasText: "Entwurf" }).waitFor();

    // Submit (today).
    const submit = page.getByRole("form", { name: "Antrag einreichen" });
    await submit.getByRole("button", { name: "Einreichen" }).click();
    await page.getByRole("definition").filter({ hasText: "Eingereicht" }).waitFor();

    // The notice: the domain's grant for the eligible costs is shown and proposed.
    const notice = page.getByRole("form", { name: "Zuwendungsbescheid erfassen" });
    await notice.getByText("Nach den Regeln des Programms: 20.000,00 € (auf zuwendungsfähige Ausgaben von 30.000,00 €).").waitFor();
    expect(await notice.getByLabel("Bewilligte Zuwendung").inputValue()).toBe("20000,00");
    // Recognising fewer costs changes the computed grant: 75 % of 24,000 € is 18,000 €.
    await notice.getByLabel("Anerkannte Ausgaben").fill("24.000");
    await notice.getByText("Nach den Regeln des Programms: 18.000,00 € (auf zuwendungsfähige Ausgaben von 24.000,00 €).").waitFor();
    await notice.getByLabel("Aktenzeichen").fill("51-2026-07");
    await typeDate(page, notice, "Verwendungsnachweis fällig am", "30", "06", String(new Date().getFullYear() + 1));
    // 20,000 € on recognised 24,000 € is refused at the field: a share of costs is exactly 75 %.
    await notice.getByRole("button", { name: "Bescheid erfassen" }).click();
    await notice.getByText(/Bei einer Anteilfinanzierung beträgt die Zuwendung 75 %/).waitFor();
    expect(await notice.getByLabel("Bewilligte Zuwendung").getAttribute("aria-invalid")).toBe("true");
    expect(await notice.getByLabel("Aktenzeichen").inputValue()).toBe("51-2026-07");
    await expectAccessible(page, "Förderantrag: Bescheid abgelehnt");
    await notice.getByLabel("Bewilligte Zuwendung").fill("18.000,00");
    await notice.getByRole("button", { name: "Bescheid erfassen" }).click();
    await page.getByRole("definition").filter({ hasText: "Bewilligt" }).first().waitFor();
    await page.getByText("Bescheid vom", { exact: false }).waitFor();
    await page.getByText("(Az. 51-2026-07)", { exact: false }).waitFor();

    // Spending moves it into progress; the figures follow.
    const spending = page.getByRole("form", { name: "Ausgabe erfassen" });
    await spending.getByLabel("Betrag").fill("1.250,50");
    await spending.getByLabel("Wofür").fill("Honorar Familienbüro, Januar");
    await spending.getByRole("button", { name: "Ausgabe erfassen" }).click();
    await page.getByRole("definition").filter({ hasText: "In Umsetzung" }).waitFor();
    const figure = (term: string) => page.locator(".figures > div").filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole("definition");
    // Amounts are written with a no-break space before the euro sign.
    const amount = async (term: string) => (await figure(term).innerText()).replace(/\s/g, " ");
    expect(await amount("Bewilligte Zuwendung")).toBe("18.000,00 €");
    expect(await amount("Verausgabt")).toBe("1.250,50 €");
    expect(await amount("Noch nicht verausgabt")).toBe("16.749,50 €");
    await page.getByRole("table", { name: "Erfasste Ausgaben" }).getByRole("cell", { name: "Honorar Familienbüro, Januar" }).waitFor();
    await expectAccessible(page, "Förderantrag in Umsetzung");
    await screenshot(page, "funding-application-1280");

    // Stored as shown, read back through the API.
    const stored = (await (await page.request.get(`${url}/trpc/fundingApplication.get?input=${encodeURIComponent(JSON.stringify({ id: applicationId }))}`)).json()) as { result: { data: { status: string; approval: { grantCents: number; recognisedCostsCents: number }; spending: { amountCents: number }[] } } };
    expect(stored.result.data.status).toBe("inProgress");
    expect(stored.result.data.approval).toMatchObject({ grantCents: 1_800_000, recognisedCostsCents: 2_400_000, noticeReference: "51-2026-07" });
    expect(stored.result.data.spending.map((entry) => entry.amountCents)).toEqual([125_050]);

    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, url, "coordinator");
    await phone.goto(`${url}/admin/foerderung/antraege/${applicationId}`);
    await phone.getByRole("form", { name: "Ausgabe erfassen" }).waitFor();
    await expectAccessible(phone, "Förderantrag am Telefon");
    await screenshot(phone, "funding-application-390");
    await phone.goto(`${url}/admin/foerderung?status=inProgress`);
    await phone.getByRole("link", { name: "Familienbüro in der Kita Nottuln" }).waitFor();
    await screenshot(phone, "funding-list-390");
  }, 240_000);
});
