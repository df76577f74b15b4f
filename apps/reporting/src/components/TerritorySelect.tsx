import { useTranslation } from "react-i18next";
import type { Territory, TerritoryTree } from "../lib/territories.js";

/**
 * Chooses the territory a page reports on: counties with their towns (and social areas when
 * `withSocialAreas`), as a native select, which every phone and screen reader knows.
 */
export function TerritorySelect({ tree, value, onChange, withSocialAreas = false, label }: { tree: TerritoryTree; value: string; onChange: (id: string) => void; withSocialAreas?: boolean; label?: string }) {
  const { t } = useTranslation();
  const counties = tree.all.filter((territory) => territory.kind === "county");
  const option = (territory: Territory, depth: number) => (
    <option key={territory.id} value={territory.id}>{`${"\u2003".repeat(depth)}${territory.name}`}</option>
  );
  return (
    <label className="control">
      <span className="control__label">{label ?? t("controls.territory")}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {counties.map((county) => (
          <optgroup key={county.id} label={county.name}>
            {option(county, 0)}
            {tree.childrenOf(county.id).flatMap((town) => [option(town, 1), ...(withSocialAreas ? tree.childrenOf(town.id).map((area) => option(area, 2)) : [])])}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
