import { expectAccessible, newContext, screenshot, signInAs, useBrowserSession } from "@praeventionskette/browser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

/**
 * Whether the family portal's search for `words` lists the offer (a result card links to its
 * page; the card shows the title, not the short title searched for); through the API when the
 * portal is not built.
 */
async function publicSearchFinds(baseUrl: string, words: string, offerId: string): Promise<boolean> {
  const portal = await fetch(`${baseUrl}/angebote?q=${encodeURIComponent(words)}`);
  if (portal.ok && portal.headers.get("content-type")?.includes("text/html")) return (await portal.text()).includes(`href="/angebote/${offerId}"`);
  const api = await fetch(`${baseUrl}/trpc/offer.search?input=${encodeURIComponent(JSON.stringify({ text: words }))}`);
  expect(api.ok).toBe(true);
  const body = (await api.json()) as { result: { data: { items: { id: string }[] } } };
  return body.result.data.items.some((item) => item.id === offerId);
}

/** As the signed-in provider editor: opens its offer, changes one field and submits the proposal. */
async function proposeChange(page: Page, baseUrl: string, search: string, title: RegExp, field: string, value: string): Promise<{ offerId: string; proposalUrl: string }> {
  await page.goto(`${baseUrl}/admin/angebote?q=${encodeURIComponent(search)}`);
  await page.getByRole("link", { name: title }).first().click();
  await page.getByRole("heading", { level: 1, name: "Änderung vorschlagen" }).waitFor();
  const offerId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByLabel(field, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Vorschlag einreichen" }).click();
  await page.getByRole("heading", { level: 1, name: "Vorschlag zur Änderung" }).waitFor();
  return { offerId, proposalUrl: page.url() };
}

describe("offer proposals: the provider view and the review queue", () => {
  const session = useBrowserSession();

  it("a provider proposes a change, the town editor reviews the diff and approves, the public search finds it", async () => {
    const provider = await (await newContext(session.browser)).newPage();
    await signInAs(provider, session.platform.url, "providerEditor");
    const navigation = provider.getByRole("navigation", { name: "Hauptnavigation" });
    await navigation.getByRole("link", { name: "Vorschläge" }).waitFor();
    expect(await navigation.getByRole("link", { name: "Gebiete" }).count()).toBe(0);

    await navigation.getByRole("link", { name: "Angebote" }).click();
    await provider.getByRole("heading", { level: 1, name: "Angebote" }).waitFor();
    await provider.getByRole("link", { name: "Elterncafé Dülmen" }).waitFor();
    // Only the organisation's own offers, and no provider filter to leave them.
    const providerCells = await provider.getByRole("table").getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => row.children[1]?.textContent ?? ""));
    expect(providerCells.length).toBeGreaterThan(1);
    for (const name of providerCells) expect(name).toBe("Arbeiterwohlfahrt im Kreis Coesfeld");
    expect(await provider.getByRole("search").getByText("Anbieter", { exact: true }).count()).toBe(0);
    await provider.getByRole("link", { name: "Neues Angebot vorschlagen" }).waitFor();
    await expectAccessible(provider, "Angebote der Anbieter-Redaktion");
    await screenshot(provider, "proposals-provider-offers-1280");

    await provider.getByRole("link", { name: "Elterncafé Dülmen" }).click();
    await provider.getByRole("heading", { level: 1, name: "Änderung vorschlagen" }).waitFor();
    await provider.getByText("als Vorschlag eingereicht").waitFor();
    await expectAccessible(provider, "Änderung vorschlagen");
    const offerId = new URL(provider.url()).pathname.split("/").pop() ?? "";
    await provider.getByLabel("Kurztitel", { exact: true }).fill("Familienfrühstück Waldkauz");
    // A translation is part of the proposal like any other field.
    await provider.getByRole("tab", { name: "Englisch" }).click();
    await provider.getByLabel("Titel (Englisch)", { exact: true }).fill("Family breakfast Tawny Owl");
    await provider.getByRole("button", { name: "Vorschlag einreichen" }).click();
    await provider.getByRole("heading", { level: 1, name: "Vorschlag zur Änderung" }).waitFor();
    await provider.getByText("Offen", { exact: true }).first().waitFor();
    await expectAccessible(provider, "Eigener Vorschlag");
    // Nothing is published before the review.
    expect(await publicSearchFinds(session.platform.url, "Waldkauz", offerId)).toBe(false);

    const reviewer = await (await newContext(session.browser)).newPage();
    await signInAs(reviewer, session.platform.url, "townEditor");
    await reviewer.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Vorschläge" }).click();
    await reviewer.getByRole("heading", { level: 1, name: "Vorschläge" }).waitFor();
    const queued = reviewer.getByRole("row", { name: /Elterncafé Dülmen.*Demo Anbieter AWO.*Offen/ });
    await queued.waitFor();
    await expectAccessible(reviewer, "Prüfliste");
    await screenshot(reviewer, "proposals-queue-1280");

    await queued.getByRole("link", { name: "Elterncafé Dülmen" }).click();
    await reviewer.getByRole("heading", { level: 1, name: "Vorschlag zur Änderung" }).waitFor();
    const changed = reviewer.getByRole("row", { name: /^Kurztitel geändert/ });
    await changed.waitFor();
    expect(await changed.locator("ins").textContent()).toBe("Familienfrühstück Waldkauz");
    await reviewer.getByRole("row", { name: /^Titel Elterncafé Dülmen Elterncafé Dülmen$/ }).waitFor();
    const translation = reviewer.getByRole("row", { name: /^Übersetzungen geändert/ });
    expect(await translation.locator("ins").textContent()).toBe("Englisch: Family breakfast Tawny Owl");
    await reviewer.getByText("2 Felder sind geändert").waitFor();
    await expectAccessible(reviewer, "Vergleich des Vorschlags");
    await screenshot(reviewer, "proposals-diff-1280");

    await reviewer.getByRole("button", { name: "Freigeben" }).click();
    await reviewer.getByText("Freigegeben und veröffentlicht").first().waitFor();
    await reviewer.getByRole("link", { name: "Elterncafé Dülmen" }).waitFor();
    expect(await reviewer.getByRole("button", { name: "Freigeben" }).count()).toBe(0);
    await expectAccessible(reviewer, "Freigegebener Vorschlag");

    expect(await publicSearchFinds(session.platform.url, "Waldkauz", offerId)).toBe(true);
    // The published offer carries the approved translation for families reading English.
    const published = await fetch(`${session.platform.url}/trpc/offer.get?input=${encodeURIComponent(JSON.stringify({ id: offerId }))}`);
    const offer = ((await published.json()) as { result: { data: { translations: Record<string, { title: string }> } } }).result.data;
    expect(offer.translations.en?.title).toBe("Family breakfast Tawny Owl");
  }, 240_000);

  it("a rejection needs a reason, done by keyboard alone, and the provider reads it", async () => {
    const provider = await (await newContext(session.browser)).newPage();
    await signInAs(provider, session.platform.url, "providerEditor");
    const { proposalUrl } = await proposeChange(provider, session.platform.url, "Paulusschule", /Paulusschule/, "Kurztitel", "Ganztag Paulusschule Dülmen");

    const reviewer = await (await newContext(session.browser)).newPage();
    await signInAs(reviewer, session.platform.url, "coordinator");
    await reviewer.goto(`${session.platform.url}/admin/vorschlaege`);
    const link = reviewer.getByRole("link", { name: /Paulusschule/ });
    await link.waitFor();
    const focus = async (target: ReturnType<Page["getByRole"]>) => {
      for (let step = 0; step < 40 && !(await target.evaluate((element) => element === document.activeElement)); step++) await reviewer.keyboard.press("Tab");
      expect(await target.evaluate((element) => element === document.activeElement)).toBe(true);
    };
    await focus(link);
    await reviewer.keyboard.press("Enter");
    await reviewer.getByRole("heading", { level: 1, name: "Vorschlag zur Änderung" }).waitFor();
    await reviewer.getByRole("row", { name: /^Kurztitel geändert/ }).waitFor();
    await focus(reviewer.getByRole("button", { name: "Ablehnen" }));
    await reviewer.keyboard.press("Enter");
    const dialog = reviewer.getByRole("dialog", { name: "Vorschlag ablehnen" });
    await dialog.waitFor();
    // Focus starts in the reason; without one the rejection is refused at the field.
    await focus(dialog.getByRole("button", { name: "Vorschlag ablehnen" }));
    await reviewer.keyboard.press("Enter");
    await dialog.getByText("Bitte begründen Sie die Ablehnung").waitFor();
    await expectAccessible(reviewer, "Ablehnen ohne Begründung");
    await screenshot(reviewer, "proposals-reject-dialog-1280");
    await focus(dialog.getByLabel("Begründung"));
    await reviewer.keyboard.type("Der Kurztitel ist schon für ein anderes Angebot vergeben.");
    await focus(dialog.getByRole("button", { name: "Vorschlag ablehnen" }));
    await reviewer.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await reviewer.getByText("Abgelehnt", { exact: true }).first().waitFor();
    await reviewer.getByText("Der Kurztitel ist schon für ein anderes Angebot vergeben.").waitFor();

    await provider.goto(`${session.platform.url}/admin/vorschlaege`);
    await provider.getByRole("row", { name: /Paulusschule.*Abgelehnt/ }).waitFor();
    await expectAccessible(provider, "Vorschläge der Anbieter-Redaktion");
    await provider.goto(proposalUrl);
    await provider.getByText("Der Kurztitel ist schon für ein anderes Angebot vergeben.").waitFor();
    expect(await provider.getByRole("button", { name: "Vorschlag zurückziehen" }).count()).toBe(0);
  }, 180_000);

  it("shows the API's conflict when the proposal was withdrawn while the reviewer looked at it", async () => {
    const provider = await (await newContext(session.browser)).newPage();
    await signInAs(provider, session.platform.url, "providerEditor");
    const { proposalUrl } = await proposeChange(provider, session.platform.url, "Familienzentrum Vinnum", /Familienzentrum Vinnum/, "Kurztitel", "Kita Vinnum");

    const reviewer = await (await newContext(session.browser)).newPage();
    await signInAs(reviewer, session.platform.url, "coordinator");
    await reviewer.goto(proposalUrl);
    await reviewer.getByRole("button", { name: "Freigeben" }).waitFor();

    await provider.getByRole("button", { name: "Vorschlag zurückziehen" }).click();
    await provider.getByText("Zurückgezogen", { exact: true }).first().waitFor();

    await reviewer.getByRole("button", { name: "Freigeben" }).click();
    await reviewer.getByRole("alert").filter({ hasText: "wurde inzwischen bearbeitet" }).waitFor();
    await expectAccessible(reviewer, "Konflikt bei der Prüfung");
    await reviewer.getByRole("button", { name: "Neu laden" }).click();
    await reviewer.getByText("Zurückgezogen", { exact: true }).first().waitFor();
    expect(await reviewer.getByRole("button", { name: "Freigeben" }).count()).toBe(0);
  }, 180_000);

  it("looks right on a phone", async () => {
    const phone = await (await newContext(session.browser, { width: 390 })).newPage();
    await signInAs(phone, session.platform.url, "coordinator");
    await phone.goto(`${session.platform.url}/admin/vorschlaege?status=alle`);
    await phone.getByRole("link", { name: /Paulusschule/ }).click();
    await phone.getByRole("heading", { level: 1, name: "Vorschlag zur Änderung" }).waitFor();
    await phone.getByText("Der Kurztitel ist schon").waitFor();
    await phone.getByRole("row", { name: /^Kurztitel geändert/ }).waitFor();
    await expectAccessible(phone, "Vergleich am Telefon");
    await screenshot(phone, "proposals-diff-390");
    await phone.goto(`${session.platform.url}/admin/vorschlaege?status=alle`);
    await phone.getByRole("link", { name: "Elterncafé Dülmen" }).waitFor();
    await screenshot(phone, "proposals-queue-390");
  }, 180_000);
});
