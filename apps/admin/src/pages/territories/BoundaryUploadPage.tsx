import { Button, Checkbox, ComboBox, errorMessage, fieldErrorsFromApi, Notice, PageHeader, Select, showToast, TextField } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { UnsavedChangesGuard } from "../../components/UnsavedChangesGuard.js";
import { TableScroll } from "../../layout/TableScroll.js";
import { type RouterInputs, type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { BoundaryMap, type MapShape } from "./BoundaryMap.js";
import "./territories.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { territoriesDe, territoriesEn } from "./texts.js";

type ImportInput = RouterInputs["territory"]["previewBoundaryImport"];
type Preview = RouterOutputs["territory"]["previewBoundaryImport"];
type Collection = ImportInput["collection"];
type MatchBy = NonNullable<ImportInput["matchBy"]>;

interface UploadValues {
  parentId: string | null;
  validFrom: string;
  source: string;
  schematic: boolean;
  matchBy: MatchBy;
  ignoreUnmatched: boolean;
}

/** Today in Berlin, as the default start of the new boundaries. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

/**
 * `/gebiete/grenzen?gebiet=…`: upload boundaries as GeoJSON, see which features match which
 * territories on a map drawn from the upload itself, then confirm the import (all or nothing).
 */
export function BoundaryUploadPage() {
  const { t } = useAreaTexts("territories", territoriesDe, territoriesEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const search = useSearch({ from: "/staff/gebiete/grenzen" });
  const towns = useQuery(trpc.territory.list.queryOptions({ kind: "town", limit: 200 }));
  const counties = useQuery(trpc.territory.list.queryOptions({ kind: "county", limit: 200 }));
  const parentsLoaded = towns.isSuccess && counties.isSuccess;
  const parents = [...(counties.data?.items ?? []), ...(towns.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, "de"));
  const [values, setValues] = useState<UploadValues>({ parentId: search.gebiet ?? null, validFrom: today(), source: "", schematic: false, matchBy: "keyOrName", ignoreUnmatched: false });
  const [file, setFile] = useState<{ name: string; collection: Collection } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<{ result: Preview; input: ImportInput } | null>(null);
  const previewMutation = useMutation(trpc.territory.previewBoundaryImport.mutationOptions());
  const importMutation = useMutation(trpc.territory.importBoundaries.mutationOptions());
  const set = (change: Partial<UploadValues>) => setValues({ ...values, ...change });

  const readFile = async (chosen: File | undefined) => {
    setPreview(null);
    if (!chosen) return setFile(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch {
      setFile(null);
      return setErrors({ collection: t("territories.fileNotJson") });
    }
    if (typeof parsed !== "object" || parsed === null || (parsed as { type?: unknown }).type !== "FeatureCollection" || !Array.isArray((parsed as { features?: unknown }).features)) {
      setFile(null);
      return setErrors({ collection: t("territories.fileNotCollection") });
    }
    setErrors({});
    setFile({ name: chosen.name, collection: parsed as Collection });
  };

  const inputOf = (): ImportInput | null => {
    const missing: Record<string, string> = {};
    if (!values.parentId) missing.parentId = t("territories.parentMissing");
    if (!file) missing.collection = errors.collection ?? t("territories.fileMissing");
    if (Object.keys(missing).length > 0 || !values.parentId || !file) {
      setErrors(missing);
      return null;
    }
    return { parentId: values.parentId, collection: file.collection, validFrom: values.validFrom, source: values.source, schematic: values.schematic, matchBy: values.matchBy, ignoreUnmatched: values.ignoreUnmatched };
  };

  const onPreview = async () => {
    const input = inputOf();
    if (!input) return;
    setErrors({});
    try {
      setPreview({ result: await previewMutation.mutateAsync(input), input });
    } catch (error) {
      setPreview(null);
      setErrors(fieldErrorsFromApi(error));
    }
  };

  const onConfirm = async () => {
    const input = inputOf();
    if (!input || !preview) return;
    // What is imported must be what was previewed.
    if (JSON.stringify({ ...input, ignoreUnmatched: false }) !== JSON.stringify({ ...preview.input, ignoreUnmatched: false })) {
      setErrors({ "": t("territories.changedSincePreview") });
      return;
    }
    try {
      const result = await importMutation.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.territory.boundaries.queryKey() });
      showToast({ tone: "success", title: t("territories.imported"), description: t("territories.importedText", { count: result.imported }) });
      setFile(null);
      await navigate({ to: "/gebiete", search: { gebiet: input.parentId } });
    } catch (error) {
      setErrors(fieldErrorsFromApi(error));
    }
  };

  const result = preview?.result;
  const blocked = Boolean(result && ((result.misses.length > 0 && !values.ignoreUnmatched) || result.invalid.length > 0 || result.matches.length === 0));
  const shapes: MapShape[] = result && file
    ? file.collection.features.map((feature, index) => {
        const match = result.matches.find((m) => m.index === index);
        const miss = result.misses.find((m) => m.index === index);
        const faulty = result.invalid.find((m) => m.index === index);
        return {
          key: String(index),
          geometry: feature.geometry,
          state: match ? "matched" : faulty ? "invalid" : "missed",
          label: match ? `${match.label} → ${match.territoryName}` : `${miss?.label ?? faulty?.label ?? index + 1}: ${miss?.reason ?? faulty?.issues.join(" ") ?? ""}`,
        };
      })
    : [];
  const generalError = errors[""] ?? (errors.collection && file ? errors.collection : undefined);
  return (
    <>
      <p className="back-link">
        <Link to="/gebiete" search={{ gebiet: values.parentId ?? undefined }}>{t("territories.back")}</Link>
      </p>
      <PageHeader title={t("territories.uploadTitle")} lead={t("territories.uploadLead")} />
      {generalError && <Notice tone="error"><p className="pre-line">{generalError}</p></Notice>}
      <form
        className="edit-form boundary-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onPreview();
        }}
      >
        {/* The combobox takes its options once, so it appears when they are loaded. */}
        {parentsLoaded ? (
        <ComboBox
          label={t("territories.parent")}
          description={t("territories.parentHint")}
          isRequired
          options={parents.map((territory) => ({ id: territory.id, label: territory.name }))}
          value={values.parentId}
          onChange={(parentId) => {
            set({ parentId });
            setPreview(null);
          }}
          errorMessage={errors.parentId ?? null}
        />
        ) : (
          <p role="status">{t("app.loading")}</p>
        )}
        <div className="ui-field">
          <label className="ui-field__label" htmlFor="boundary-file">{t("territories.file")}</label>
          <input
            id="boundary-file"
            className="boundary-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={errors.collection ? "boundary-file-hint boundary-file-error" : "boundary-file-hint"}
            aria-invalid={Boolean(errors.collection) || undefined}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
          <p id="boundary-file-hint" className="ui-field__description">{t("territories.fileHint")}</p>
          {file && <p className="muted">{t("territories.fileChosen", { name: file.name, count: file.collection.features.length })}</p>}
          {errors.collection && <p id="boundary-file-error" className="ui-field__error pre-line" role="alert">{errors.collection}</p>}
        </div>
        <div className="field-row">
          <TextField label={t("territories.validFrom")} description={t("territories.validFromHint")} type="date" isRequired validationBehavior="aria" value={values.validFrom} onChange={(validFrom) => set({ validFrom })} errorMessage={errors.validFrom ?? null} />
          <Select
            label={t("territories.matchBy")}
            options={[
              { id: "keyOrName", label: t("territories.matchByKeyOrName") },
              { id: "key", label: t("territories.matchByKey") },
              { id: "name", label: t("territories.matchByName") },
            ]}
            value={values.matchBy}
            onChange={(matchBy) => set({ matchBy: (matchBy ?? "keyOrName") as MatchBy })}
          />
        </div>
        <TextField label={t("territories.source")} description={t("territories.sourceHint")} isRequired validationBehavior="aria" value={values.source} onChange={(source) => set({ source })} errorMessage={errors.source ?? null} />
        <Checkbox isSelected={values.schematic} onChange={(schematic) => set({ schematic })}>{t("territories.schematic")}</Checkbox>
        <div className="form-actions">
          <Button type="submit" variant="secondary" isDisabled={previewMutation.isPending}>{previewMutation.isPending ? t("territories.previewing") : t("territories.preview")}</Button>
        </div>
      </form>

      {result && (
        <section aria-labelledby="preview-heading" className="boundary-preview">
          <h2 id="preview-heading">{t("territories.previewTitle")}</h2>
          <p role="status">{t("territories.previewSummary", { features: result.featureCount, matches: result.matches.length, misses: result.misses.length, invalid: result.invalid.length })}</p>
          <BoundaryMap
            title={t("territories.mapTitle")}
            shapes={shapes}
            legend={[
              { state: "matched", label: t("territories.legendMatched") },
              { state: "missed", label: t("territories.legendMissed") },
              ...(result.invalid.length > 0 ? [{ state: "invalid" as const, label: t("territories.legendInvalid") }] : []),
            ]}
            attribution={values.source ? [t("territories.sourceNote", { source: values.source })] : []}
          />
          <PreviewTables result={result} />
          {result.misses.length > 0 && (
            <Checkbox isSelected={values.ignoreUnmatched} onChange={(ignoreUnmatched) => set({ ignoreUnmatched })}>{t("territories.ignoreUnmatched")}</Checkbox>
          )}
          <div className="form-actions">
            <Button variant="primary" onPress={() => void onConfirm()} isDisabled={blocked || importMutation.isPending} aria-describedby={blocked ? "confirm-blocked" : undefined}>
              {importMutation.isPending ? t("territories.confirming") : t("territories.confirm")}
            </Button>
            {blocked && <p id="confirm-blocked" className="muted">{t("territories.confirmBlocked")}</p>}
          </div>
          {importMutation.isError && !errors[""] && <Notice tone="error">{errorMessage(importMutation.error, t("errors.failed"))}</Notice>}
        </section>
      )}
      <UnsavedChangesGuard when={file !== null && !importMutation.isPending && !importMutation.isSuccess} />
    </>
  );
}

function PreviewTables({ result }: { result: Preview }) {
  const { t } = useAreaTexts("territories", territoriesDe, territoriesEn);
  return (
    <>
      {result.matches.length > 0 && (
        <>
          <h3>{t("territories.matches")}</h3>
          <TableScroll label={t("territories.matches")}>
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">{t("territories.columns.feature")}</th>
                  <th scope="col">{t("territories.columns.territory")}</th>
                  <th scope="col">{t("territories.columns.by")}</th>
                  <th scope="col">{t("territories.columns.replaces")}</th>
                </tr>
              </thead>
              <tbody>
                {result.matches.map((match) => (
                  <tr key={match.index}>
                    <td>{match.label}</td>
                    <th scope="row">{match.territoryName}{match.territoryCode ? ` (${match.territoryCode})` : ""}</th>
                    <td>{match.by === "key" ? t("territories.byKey") : t("territories.byName")}</td>
                    <td>{match.replacesBoundary ? t("territories.replaces") : t("territories.isNew")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {result.misses.length + result.invalid.length > 0 && (
        <>
          <h3>{t("territories.misses")}</h3>
          <TableScroll label={t("territories.misses")}>
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">{t("territories.columns.feature")}</th>
                  <th scope="col">{t("territories.columns.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {result.misses.map((miss) => (
                  <tr key={miss.index}>
                    <th scope="row">{miss.label}</th>
                    <td>{miss.reason}</td>
                  </tr>
                ))}
                {result.invalid.map((faulty) => (
                  <tr key={faulty.index}>
                    <th scope="row">{faulty.label}</th>
                    <td>{faulty.issues.join(" ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {result.territoriesWithoutFeature.length > 0 && (
        <p className="muted">{t("territories.territoriesWithoutFeature", { names: result.territoriesWithoutFeature.map((territory) => territory.name).join(", ") })}</p>
      )}
    </>
  );
}
