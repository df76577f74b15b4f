import { expectAccessible, newContext, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/** A date some days back, so that the server's "today" (Europe/Berlin) has surely reached it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The demo has no decision left that could adopt a new version (the Kreistag's SV-9-1217
 * adopted version 1), and the admin app has no decision form yet: the Kreistag's new decision
 * is recorded through the API with the signed-in person's session.
 */
async function recordCouncilDecision(page: Page, url: string, paperNumber: string): Promise<void> {
  const input = encodeURIComponent(JSON.stringify({ kind: "countyCouncil", limit: 200 }));
  const bodies = (await (await page.request.get(`${url}/trpc/body.list?input=${input}`)).json()) as { result: { data: { items: { id: string; name: string }[] } } };
  const kreistag = bodies.result.data.items.find((body) => body.name === "Kreistag Coesfeld");
  expect(kreistag).toBeDefined();
  const response = await page.request.post(`${url}/trpc/decision.create`, {
    headers: { Origin: url },
    data: {
      bodyId: kreistag!.id,
      meetingId: null,
      date: daysAgo(3),
      paperNumber,
      title: "Fortschreibung des Präventionsleitbildes",
      text: "Der fortgeschriebenen Fassung des Präventionsleitbildes wird zugestimmt.",
      outcome: "adopted",
      subjects: [],
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

describe("the Leitbild in the admin app", () => {
  const session = useBrowserSession();

  it("lets the coordinator draft a new version from the one in force, compare it, and adopt it with the council decision", async () => {
    const url = session.platform.url;
    const context = await newContext(session.browser);
    const page = await context.newPage();
    await signInAs(page, url, "coordinator");

    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Leitbild" }).click();
    await page.getByRole("heading", { level: 1, name: "Leitbild" }).waitFor();
    const inForce = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fassung 1" }) });
    await inForce.getByText("Gilt", { exact: true }).waitFor();
    await inForce.getByText("Beschlossen", { exact: true }).waitFor();
    await page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fassung 2" }) }).getByText("Entwurf", { exact: true }).waitFor();
    await expectAccessible(page, "Leitbild: Fassungen");

    // A new draft starts with the text of the version in force.
    await page.getByRole("button", { name: "Neuer Entwurf" }).click();
    await page.getByRole("heading", { level: 1, name: "Fassung 3 bearbeiten" }).waitFor();
    const diversity = page.getByRole("group", { name: "Leitsatz 4" });
    expect(await diversity.getByLabel("Überschrift").inputValue()).toBe("Vielfalt fördern");
    await expectAccessible(page, "Leitbild: Entwurf bearbeiten");

    await diversity.getByLabel("Erläuterung").fill("Wir begegnen allen Familien wertschätzend und mehrsprachig und verstehen Vielfalt als Stärke.");
    await page.getByRole("button", { name: "Leitsatz hinzufügen" }).click();
    const added = page.getByRole("group", { name: "Leitsatz 5" });
    await added.getByLabel("Überschrift").fill("Beteiligung leben");
    await added.getByLabel("Erläuterung").fill("Wir fragen Kinder und Familien, was ihnen hilft.");
    // Reordered with buttons, the focus stays with the moved statement.
    await page.getByRole("button", { name: "Leitsatz 5 nach oben" }).click();
    expect(await page.getByRole("group", { name: "Leitsatz 4" }).getByLabel("Überschrift").inputValue()).toBe("Beteiligung leben");
    await page.getByRole("button", { name: "Leitsatz 4 nach unten" }).click();
    expect(await page.getByRole("group", { name: "Leitsatz 5" }).getByLabel("Überschrift").inputValue()).toBe("Beteiligung leben");
    // Unsaved, it cannot be adopted yet.
    expect(await page.getByRole("button", { name: "Beschließen" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Entwurf speichern" }).click();
    await page.getByText("Entwurf gespeichert").first().waitFor();

    // The comparison with the version in force marks the change, in words and not by colour alone.
    await page.getByRole("link", { name: "Mit geltender Fassung vergleichen" }).click();
    await page.getByRole("heading", { level: 1, name: "Fassungen vergleichen" }).waitFor();
    const changed = page.getByRole("group", { name: "Vielfalt fördern: Geändert" });
    await changed.waitFor();
    expect(await changed.locator("ins").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Familien")]));
    expect((await changed.locator("del").allInnerTexts()).join(" ")).toContain("Menschen");
    await page.getByRole("group", { name: "Beteiligung leben: Neu" }).locator("ins").waitFor();
    await page.getByRole("group", { name: "Teilhabe ermöglichen: Unverändert" }).waitFor();
    await page.getByText("1 geändert, 1 neu, 0 entfernt, 3 unverändert").waitFor();
    await expectAccessible(page, "Leitbild: Vergleich");

    await recordCouncilDecision(page, url, "SV-11-0420");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Fassung 3 bearbeiten" }).waitFor();
    await page.getByRole("button", { name: "Beschließen" }).click();
    const dialog = page.getByRole("dialog", { name: "Fassung 3 beschließen" });
    await dialog.getByRole("button", { name: /Ratsbeschluss/ }).click();
    await page.getByRole("option", { name: /SV-11-0420/ }).click();
    await expectAccessible(page, "Leitbild: Beschließen");
    await dialog.getByRole("button", { name: "Fassung beschließen" }).click();

    // Now in force and read-only.
    await page.getByRole("heading", { level: 1, name: "Fassung 3" }).waitFor();
    await page.getByText("Diese Fassung ist beschlossen und damit schreibgeschützt", { exact: false }).waitFor();
    await page.getByText(/Kreistag Coesfeld, .*SV-11-0420/).waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Beschließen" }).count()).toBe(0);
    await expectAccessible(page, "Leitbild: beschlossene Fassung");

    // The previous version is superseded.
    await page.getByRole("link", { name: "Zurück zu allen Fassungen" }).click();
    await page.getByRole("heading", { level: 1, name: "Leitbild" }).waitFor();
    const third = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fassung 3" }) });
    await third.getByText("Gilt", { exact: true }).waitFor();
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Fassung 1" }) });
    await first.getByText("Abgelöst", { exact: true }).waitFor();
    expect(await first.getByText("Gilt", { exact: true }).count()).toBe(0);
    await first.getByRole("link", { name: "Fassung 1", exact: true }).click();
    await page.getByText("Diese Fassung ist abgelöst", { exact: false }).waitFor();
    await page.getByText("Abgelöst durch Fassung 3").waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    await expectAccessible(page, "Leitbild: abgelöste Fassung");
    await context.close();
    // Six axe runs on two shared cores take longer than the default minute.
  }, 180_000);
});
