import { Button, errorMessage, Notice, PageHeader, Select, showToast } from "@praeventionskette/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useLabels } from "../../lib/labels.js";
import { TableScroll } from "../../layout/TableScroll.js";
import { useTRPC } from "../../lib/trpc.js";
import { formatAge } from "./age.js";
import { useConfiguration } from "./configuration-data.js";
import { LifePhaseTimeline } from "./LifePhaseTimeline.js";
import "./configuration.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { configurationDe, configurationEn } from "./texts.js";

/**
 * `/konfiguration?jugendamt=…`: a youth office's life phases with their timeline, transitions,
 * fields of action and local indicators; without its own, the platform defaults it may adopt.
 */
export function ConfigurationPage() {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/konfiguration" });
  const search = useSearch({ from: "/staff/konfiguration" });
  const { me } = useRouteContext({ from: "/staff" });
  const offices = useQuery(trpc.youthOffice.list.queryOptions({ limit: 200 }));
  const items = [...(offices.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, "de"));
  // Without a choice in the URL: the office seated where the person has a role, else the first.
  const mine = items.find((office) => me.assignments.some((assignment) => assignment.territoryId === office.territoryId));
  const officeId = search.jugendamt ?? mine?.id ?? items[0]?.id ?? null;
  return (
    <>
      <PageHeader title={t("configuration.title")} lead={t("configuration.lead")} />
      {offices.isError && <Notice tone="error">{offices.error.message}</Notice>}
      {offices.isPending && <p role="status">{t("app.loading")}</p>}
      {items.length > 0 && (
        <div className="configuration-office">
          <Select
            label={t("configuration.youthOffice")}
            options={items.map((office) => ({ id: office.id, label: office.name }))}
            value={officeId}
            onChange={(id) => void navigate({ search: { jugendamt: id ?? undefined } })}
          />
        </div>
      )}
      {officeId && <OfficeConfiguration key={officeId} officeId={officeId} />}
    </>
  );
}

function OfficeConfiguration({ officeId }: { officeId: string }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const own = useConfiguration(officeId);
  const defaults = useConfiguration(null);
  const adopt = useMutation(trpc.youthOffice.adoptDefaults.mutationOptions());
  const indicators = useQuery(trpc.indicator.list.queryOptions({ youthOfficeId: officeId, limit: 200 }));
  if (own.isPending || defaults.isPending) return <p role="status">{t("app.loading")}</p>;
  if (own.error || defaults.error) return <Notice tone="error">{(own.error ?? defaults.error)?.message}</Notice>;
  const hasOwn = own.phases.length + own.transitions.length + own.fields.length > 0;
  const shown = hasOwn ? own : defaults;
  const missingDefaults =
    hasOwn &&
    (defaults.phases.some((phase) => !own.phases.some((o) => o.code === phase.code)) || defaults.fields.some((field) => !own.fields.some((o) => o.code === field.code)));

  const onAdopt = async () => {
    try {
      const result = await adopt.mutateAsync({ id: officeId });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.lifePhase.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.transition.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.fieldOfAction.list.queryKey() }),
      ]);
      showToast({
        tone: "success",
        title: t("configuration.adopted"),
        description: t("configuration.adoptedText", { phases: result.lifePhases, transitions: result.transitions, fields: result.fieldsOfAction }),
      });
    } catch {
      // The error is shown below the button from the mutation's state.
    }
  };
  const adoptButton = (label: string) => (
    <Button variant={hasOwn ? "secondary" : "primary"} onPress={() => void onAdopt()} isDisabled={adopt.isPending}>
      {adopt.isPending ? t("configuration.adopting") : label}
    </Button>
  );

  return (
    <>
      {hasOwn ? (
        <div className="configuration-source">
          <p>{t("configuration.ownConfiguration")}</p>
          {missingDefaults && adoptButton(t("configuration.adoptMissing"))}
        </div>
      ) : (
        <Notice>
          <p>{t("configuration.usesDefaults")}</p>
          {adoptButton(t("configuration.adopt"))}
        </Notice>
      )}
      {adopt.isError && <Notice tone="error">{errorMessage(adopt.error, t("errors.failed"))}</Notice>}
      {!hasOwn && <h2 className="configuration-defaults-heading">{t("configuration.platformDefaults")}</h2>}

      <section aria-labelledby="phases-heading" className="configuration-section">
        <h2 id="phases-heading">{t("configuration.lifePhases")}</h2>
        <LifePhaseTimeline phases={shown.phases} transitions={shown.transitions} />
        <PhaseTable phases={shown.phases} editable={hasOwn} />
        <h3>{t("configuration.transitions")}</h3>
        <TransitionTable phases={shown.phases} transitions={shown.transitions} />
      </section>

      <section aria-labelledby="fields-heading" className="configuration-section">
        <h2 id="fields-heading">{t("configuration.fieldsOfAction")}</h2>
        <FieldTable fields={shown.fields} editable={hasOwn} />
      </section>

      <section aria-labelledby="indicators-heading" className="configuration-section">
        <h2 id="indicators-heading">{t("configuration.indicators")}</h2>
        {indicators.data && indicators.data.items.length === 0 && <p className="muted">{t("configuration.noIndicators")}</p>}
        {indicators.data && indicators.data.items.length > 0 && (
          <ul className="configuration-indicators">
            {indicators.data.items.map((indicator) => (
              <li key={indicator.id}>
                <strong>{indicator.code}</strong> {indicator.name.de}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/indikatoren">{t("configuration.toIndicators")}</Link>
        </p>
      </section>
    </>
  );
}

type Shown = ReturnType<typeof useConfiguration>;

function PhaseTable({ phases, editable }: { phases: Shown["phases"]; editable: boolean }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const { name } = useLabels();
  if (phases.length === 0) return <p className="muted">{t("configuration.none")}</p>;
  return (
    <TableScroll label={t("configuration.lifePhases")}>
      <table className="ui-table configuration-table">
        <caption className="visually-hidden">{t("configuration.lifePhases")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("configuration.columns.name")}</th>
            <th scope="col">{t("configuration.columns.ages")}</th>
            <th scope="col" className="hide-narrow">{t("configuration.columns.code")}</th>
            {editable && <th scope="col"><span className="visually-hidden">{t("configuration.columns.actions")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{name(phase.name)}</th>
              <td>{t("configuration.ageRange", { from: formatAge(t, phase.minAgeMonths), to: formatAge(t, phase.maxAgeMonths) })}</td>
              <td className="hide-narrow"><code>{phase.code}</code></td>
              {editable && (
                <td>
                  <Link to="/konfiguration/lebensphasen/$id" params={{ id: phase.id }} aria-label={t("configuration.editLabel", { name: name(phase.name) })}>
                    {t("configuration.edit")}
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TransitionTable({ phases, transitions }: { phases: Shown["phases"]; transitions: Shown["transitions"] }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const { name } = useLabels();
  if (transitions.length === 0) return <p className="muted">{t("configuration.none")}</p>;
  const phaseName = (id: string) => {
    const phase = phases.find((p) => p.id === id);
    return phase ? name(phase.name) : "–";
  };
  return (
    <TableScroll label={t("configuration.transitions")}>
      <table className="ui-table configuration-table">
        <caption className="visually-hidden">{t("configuration.transitions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("configuration.columns.name")}</th>
            <th scope="col">{t("configuration.columns.from")}</th>
            <th scope="col">{t("configuration.columns.to")}</th>
          </tr>
        </thead>
        <tbody>
          {transitions.map((transition) => (
            <tr key={transition.id}>
              <th scope="row">{name(transition.name)}</th>
              <td>{phaseName(transition.fromLifePhaseId)}</td>
              <td>{phaseName(transition.toLifePhaseId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FieldTable({ fields, editable }: { fields: Shown["fields"]; editable: boolean }) {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const { name } = useLabels();
  if (fields.length === 0) return <p className="muted">{t("configuration.none")}</p>;
  return (
    <TableScroll label={t("configuration.fieldsOfAction")}>
      <table className="ui-table configuration-table">
        <caption className="visually-hidden">{t("configuration.fieldsOfAction")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("configuration.columns.name")}</th>
            <th scope="col">{t("configuration.columns.description")}</th>
            {editable && <th scope="col"><span className="visually-hidden">{t("configuration.columns.actions")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.id}>
              <th scope="row">{name(field.name)}</th>
              <td>{field.description || "–"}</td>
              {editable && (
                <td>
                  <Link to="/konfiguration/handlungsfelder/$id" params={{ id: field.id }} aria-label={t("configuration.editLabel", { name: name(field.name) })}>
                    {t("configuration.edit")}
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
