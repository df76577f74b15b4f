import { Button, Notice, Select, TextField } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { useOfferTexts } from "./use-offer-texts.js";
import { useTRPC } from "../../lib/trpc.js";
import { EMPTY_LOCATION, type LocationFormValues } from "./offer-form-values.js";
import { TownMap } from "./TownMap.js";
import type { BoundaryGeometry, GeoPoint } from "./town-map-projection.js";

/** The territory whose boundary the map draws: the offer's first territory. */
export interface MapTerritory {
  id: string;
  name: string;
  parentId: string | null;
}

const degrees = (text: string) => Number(text.trim().replace(",", "."));

/** The location's point, when both coordinates are numbers. */
function pointOf(location: LocationFormValues): GeoPoint | null {
  const latitude = degrees(location.latitude);
  const longitude = degrees(location.longitude);
  return location.latitude.trim() !== "" && location.longitude.trim() !== "" && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

/** The territory's boundary and its siblings', from the boundaries of its parent's children. */
function useTownBoundary(territory: MapTerritory | null) {
  const trpc = useTRPC();
  const boundaries = useQuery({ ...trpc.territory.boundaries.queryOptions({ parentId: territory?.parentId ?? "" }), enabled: Boolean(territory?.parentId), staleTime: Infinity });
  const features = boundaries.data?.features ?? [];
  const town = features.find((feature) => feature.id === territory?.id);
  return {
    isPending: boundaries.isPending && Boolean(territory?.parentId),
    town: town ? (town.geometry as BoundaryGeometry) : null,
    neighbours: features.filter((feature) => feature !== town).map((feature) => feature.geometry as BoundaryGeometry),
  };
}

/**
 * The places of an offer: address, accessibility and the point on the town's map, each place in
 * its own group; places can be added and removed. An offer without a place (outreach) is fine.
 */
export function LocationsEditor({
  locations, onChange, errors, territory,
}: {
  locations: LocationFormValues[];
  onChange: (locations: LocationFormValues[]) => void;
  errors: Record<string, string>;
  territory: MapTerritory | null;
}) {
  const { t } = useOfferTexts();
  const boundary = useTownBoundary(territory);
  const update = (index: number, patch: Partial<LocationFormValues>) => onChange(locations.map((location, at) => (at === index ? { ...location, ...patch } : location)));

  return (
    <>
      {locations.length === 0 && <p className="muted">{t("offerArea.noLocations")}</p>}
      {locations.map((location, index) => {
        const number = index + 1;
        const error = (field: keyof LocationFormValues) => errors[`locations.${index}.${field}`] ?? null;
        const field = (name: "name" | "street" | "postalCode" | "city" | "accessibilityDescription" | "latitude" | "longitude", label: string, options: { isRequired?: boolean; description?: string; inputMode?: "decimal" | "numeric" } = {}) => (
          <TextField
            label={label}
            value={location[name]}
            onChange={(value) => update(index, name === "latitude" || name === "longitude" ? { [name]: value, coordinateSource: "entered" } : { [name]: value })}
            errorMessage={error(name)}
            isRequired={options.isRequired}
            description={options.description}
            inputMode={options.inputMode}
          />
        );
        return (
          <fieldset key={index} className="repeat-group">
            <legend>{t("offerArea.location", { number })}</legend>
            {field("name", t("offerArea.locationName"))}
            {field("street", t("offerArea.street"), { isRequired: true })}
            <div className="field-row">
              {field("postalCode", t("offerArea.postalCode"), { isRequired: true, inputMode: "numeric" })}
              {field("city", t("offerArea.city"), { isRequired: true })}
            </div>
            <div className="field-row">
              <Select
                label={t("offerArea.wheelchair")}
                value={location.wheelchairAccessible}
                onChange={(value) => value && update(index, { wheelchairAccessible: value as LocationFormValues["wheelchairAccessible"] })}
                options={[{ id: "yes", label: t("offerArea.wheelchairYes") }, { id: "no", label: t("offerArea.wheelchairNo") }, { id: "unknown", label: t("offerArea.wheelchairUnknown") }]}
              />
              {field("accessibilityDescription", t("offerArea.accessibilityDescription"))}
            </div>
            {!territory ? (
              <p className="muted">{t("offerArea.mapChooseTerritory")}</p>
            ) : boundary.town ? (
              <TownMap
                townName={territory.name}
                town={boundary.town}
                neighbours={boundary.neighbours}
                point={pointOf(location)}
                label={t("offerArea.map", { town: territory.name, number })}
                onPlace={(point) => update(index, { latitude: String(point.latitude).replace(".", ","), longitude: String(point.longitude).replace(".", ","), coordinateSource: "map" })}
              />
            ) : (
              !boundary.isPending && <Notice>{t("offerArea.mapUnavailable")}</Notice>
            )}
            <div className="field-row">
              {field("latitude", t("offerArea.latitude"), { inputMode: "decimal", description: t("offerArea.coordinatesHint") })}
              {field("longitude", t("offerArea.longitude"), { inputMode: "decimal" })}
            </div>
            <div className="repeat-group__actions">
              {pointOf(location) && <Button variant="quiet" onPress={() => update(index, { latitude: "", longitude: "" })}>{t("offerArea.clearPoint")}</Button>}
              <Button variant="quiet" onPress={() => onChange(locations.filter((_, at) => at !== index))}>{t("offerArea.removeLocation", { number })}</Button>
            </div>
          </fieldset>
        );
      })}
      <Button onPress={() => onChange([...locations, { ...EMPTY_LOCATION, city: territory?.name ?? "" }])}>{t("offerArea.addLocation")}</Button>
    </>
  );
}
