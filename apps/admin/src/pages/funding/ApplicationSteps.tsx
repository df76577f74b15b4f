import { fundingRepayment, grantForNotice, totalSpending } from "@praeventionskette/domain";
import { Notice } from "@praeventionskette/ui";
import { useMutation } from "@tanstack/react-query";
import { type RouterOutputs, useTRPC } from "../../lib/trpc.js";
import { centsOf, euroText, formatEuro } from "../../forms/money.js";
import { StepForm, type StepValues, today } from "./StepForm.js";
import { useAreaTexts } from "../../lib/area-texts.js";
import { fundingDe, fundingEn } from "./texts.js";

type Application = RouterOutputs["fundingApplication"]["get"];
type Programme = RouterOutputs["fundingProgramme"]["get"];

const dateOf = (values: StepValues, name: string) => (values[name] as string | null) ?? undefined;
const centsOrNull = (values: StepValues, name: string) => (values[name] as number | null) ?? null;

/**
 * The next steps of an application's lifecycle, as forms: submit; record the notice (with the
 * grant the programme's rules give) or the rejection; record spending; submit the proof of use;
 * close (with the repayment the financing type gives).
 */
export function ApplicationSteps({ application, programme, onAdvanced, onConflict }: { application: Application; programme: Programme; onAdvanced: (saved: Application, what: string) => void; onConflict: () => void }) {
  const { t, i18n } = useAreaTexts("funding", fundingDe, fundingEn);
  const trpc = useTRPC();
  const submit = useMutation(trpc.fundingApplication.submit.mutationOptions());
  const recordNotice = useMutation(trpc.fundingApplication.recordNotice.mutationOptions());
  const reject = useMutation(trpc.fundingApplication.reject.mutationOptions());
  const recordSpending = useMutation(trpc.fundingApplication.recordSpending.mutationOptions());
  const submitProof = useMutation(trpc.fundingApplication.submitProofOfUse.mutationOptions());
  const close = useMutation(trpc.fundingApplication.close.mutationOptions());
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  const versioned = { id: application.id, expectedVersion: application.version };
  const common = { onConflict };
  const spent = totalSpending(application);

  switch (application.status) {
    case "draft":
      return (
        <StepForm
          {...common}
          title={t("funding.steps.submit")}
          fields={[{ name: "submittedOn", label: t("funding.steps.submittedOn"), kind: "date", isRequired: true }]}
          initial={{ submittedOn: today() }}
          submitLabel={t("funding.steps.submitAction")}
          run={async (values) => onAdvanced(await submit.mutateAsync({ ...versioned, submittedOn: dateOf(values, "submittedOn") }), t("funding.steps.submitted"))}
        />
      );
    case "submitted":
      return (
        <>
          <StepForm
            {...common}
            title={t("funding.steps.notice")}
            fields={[
              { name: "noticeDate", label: t("funding.steps.noticeDate"), kind: "date", isRequired: true },
              { name: "recognisedCostsCents", label: t("funding.steps.recognisedCosts"), kind: "money", description: t("funding.steps.recognisedCostsHint") },
              { name: "grantCents", label: t("funding.steps.grant"), kind: "money", isRequired: true },
              { name: "noticeReference", label: t("funding.steps.reference"), kind: "text" },
              { name: "proofOfUseDueOn", label: t("funding.steps.proofDue"), kind: "date", isRequired: true },
            ]}
            initial={{ noticeDate: today(), recognisedCostsCents: "", grantCents: euroText(grantForNotice({ eligibleCostsCents: application.eligibleCostsCents, approval: null }, programme)), noticeReference: "", proofOfUseDueOn: null }}
            submitLabel={t("funding.steps.noticeAction")}
            run={async (values) =>
              onAdvanced(
                await recordNotice.mutateAsync({ ...versioned, noticeDate: dateOf(values, "noticeDate") ?? "", grantCents: centsOrNull(values, "grantCents") ?? 0, recognisedCostsCents: centsOrNull(values, "recognisedCostsCents"), noticeReference: (values.noticeReference as string | null) ?? null, proofOfUseDueOn: dateOf(values, "proofOfUseDueOn") ?? "" }),
                t("funding.steps.noticeRecorded"),
              )
            }
          >
            {(values) => {
              const recognised = values.recognisedCostsCents ? centsOf(values.recognisedCostsCents) : null;
              const computed = Number.isNaN(recognised) ? null : grantForNotice({ eligibleCostsCents: application.eligibleCostsCents, approval: { recognisedCostsCents: recognised } }, programme);
              return (
                <p className="computed" aria-live="polite">
                  {computed === null ? t("funding.steps.computedUnknown") : t("funding.steps.computedGrant", { amount: euro(computed), costs: euro(recognised ?? application.eligibleCostsCents) })}
                </p>
              );
            }}
          </StepForm>
          <StepForm
            {...common}
            title={t("funding.steps.reject")}
            fields={[
              { name: "noticeDate", label: t("funding.steps.noticeDate"), kind: "date", isRequired: true },
              { name: "reason", label: t("funding.steps.reason"), kind: "multiline" },
            ]}
            initial={{ noticeDate: today(), reason: "" }}
            submitLabel={t("funding.steps.rejectAction")}
            run={async (values) => onAdvanced(await reject.mutateAsync({ ...versioned, noticeDate: dateOf(values, "noticeDate") ?? "", reason: (values.reason as string | null) ?? "" }), t("funding.steps.rejected"))}
          />
        </>
      );
    case "approved":
    case "inProgress":
      return (
        <>
          <StepForm
            {...common}
            title={t("funding.steps.spending")}
            fields={[
              { name: "spentOn", label: t("funding.steps.spentOn"), kind: "date", isRequired: true },
              { name: "amountCents", label: t("funding.steps.amount"), kind: "money", isRequired: true },
              { name: "description", label: t("funding.steps.spendingDescription"), kind: "text" },
            ]}
            initial={{ spentOn: today(), amountCents: "", description: "" }}
            submitLabel={t("funding.steps.spendingAction")}
            run={async (values) => onAdvanced(await recordSpending.mutateAsync({ ...versioned, spentOn: dateOf(values, "spentOn") ?? "", amountCents: centsOrNull(values, "amountCents") ?? 0, description: (values.description as string | null) ?? "" }), t("funding.steps.spendingRecorded"))}
          />
          {application.status === "inProgress" && (
            <StepForm
              {...common}
              title={t("funding.steps.proof")}
              fields={[
                { name: "submittedOn", label: t("funding.steps.proofOn"), kind: "date", isRequired: true },
                { name: "spentCents", label: t("funding.steps.proofSpent"), kind: "money", description: t("funding.steps.proofSpentHint", { amount: euro(spent) }) },
              ]}
              initial={{ submittedOn: today(), spentCents: "" }}
              submitLabel={t("funding.steps.proofAction")}
              run={async (values) => onAdvanced(await submitProof.mutateAsync({ ...versioned, submittedOn: dateOf(values, "submittedOn"), spentCents: centsOrNull(values, "spentCents") ?? undefined }), t("funding.steps.proofSubmitted"))}
            />
          )}
        </>
      );
    case "proofSubmitted":
      return (
        <StepForm
          {...common}
          title={t("funding.steps.close")}
          fields={[{ name: "closedOn", label: t("funding.steps.closedOn"), kind: "date", isRequired: true }]}
          initial={{ closedOn: today() }}
          submitLabel={t("funding.steps.closeAction")}
          run={async (values) => onAdvanced(await close.mutateAsync({ ...versioned, closedOn: dateOf(values, "closedOn") }), t("funding.steps.closed"))}
        >
          {() => <p className="computed">{t("funding.steps.repayment", { amount: euro(fundingRepayment(application, programme)) })}</p>}
        </StepForm>
      );
    case "rejected":
    case "closed":
      return <Notice>{t("funding.steps.final")}</Notice>;
  }
}
