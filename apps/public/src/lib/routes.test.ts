import { describe, expect, it } from "vitest";
import { queryOf, routeOf, searchParamsOf } from "./routes.js";

const id = "0b7e7c1e-2f7a-4c53-9d0e-6f1b3a2c4d5e";

describe("portal routes", () => {
  it("reads the language from the prefix and the page from the rest", () => {
    expect(routeOf(new URL("http://x/"))).toMatchObject({ language: { tag: "de" }, route: { page: "home" } });
    expect(routeOf(new URL("http://x/tr/angebote?q=Hebamme"))).toMatchObject({ language: { tag: "tr" }, route: { page: "search", params: { q: "Hebamme" } } });
    expect(routeOf(new URL("http://x/leichte-sprache/hilfe"))).toMatchObject({ language: { tag: "de-x-ls" }, route: { page: "help" } });
    expect(routeOf(new URL(`http://x/ar/angebote/${id}`))).toMatchObject({ language: { tag: "ar", dir: "rtl" }, route: { page: "offer", id } });
    expect(routeOf(new URL("http://x/angebote/keine-id")).route).toEqual({ page: "notFound" });
    expect(routeOf(new URL("http://x/trick")).route).toEqual({ page: "notFound" });
  });

  it("drops malformed search values instead of failing", () => {
    const params = searchParamsOf(new URLSearchParams("ort=robert'); drop table&geburtsdatum=gestern&seite=-3&kostenlos=1&sprache=türkisch"));
    expect(params).toEqual({ q: undefined, alter: undefined, geburtsdatum: undefined, ort: undefined, thema: undefined, phase: undefined, uebergang: undefined, sprache: undefined, kostenlos: true, rollstuhl: undefined, seite: undefined });
  });

  it("reads the distance, the picked point, the map view and the embed prefix, dropping what does not fit", () => {
    expect(searchParamsOf(new URLSearchParams("umkreis=5&punkt=51.8307,7.2836&ansicht=karte"))).toMatchObject({ umkreis: 5, punkt: "51.8307,7.2836", ansicht: "karte" });
    expect(searchParamsOf(new URLSearchParams("umkreis=7&punkt=91,7&ansicht=satellit"))).toMatchObject({ umkreis: undefined, punkt: undefined, ansicht: undefined });
    expect(routeOf(new URL("http://x/ar/einbetten/angebote?q=Hebamme"))).toMatchObject({ language: { tag: "ar" }, embedded: true, route: { page: "search", params: { q: "Hebamme" } } });
    expect(routeOf(new URL("http://x/einbetten"))).toMatchObject({ embedded: true, route: { page: "home" } });
    expect(routeOf(new URL("http://x/merkliste"))).toMatchObject({ embedded: false, route: { page: "shortlist" } });
  });

  it("writes a search back into the same query string", () => {
    const params = searchParamsOf(new URLSearchParams(`q=Eltern&alter=2&ort=${id}&rollstuhl=1&seite=2`));
    expect(queryOf(params)).toBe(`?q=Eltern&alter=2&ort=${id}&rollstuhl=1&seite=2`);
    expect(queryOf({})).toBe("");
  });
});
