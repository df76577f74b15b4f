import { leitbildAdoptingBodyKinds } from "@praeventionskette/domain";
import { Button, Dialog, DialogActions, fieldErrorsFromApi, Notice, Select, showToast } from "@praeventionskette/ui";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/format.js";
import { useTRPC } from "../../lib/trpc.js";
import type { StoredLeitbildVersion } from "./leitbild-data.js";

/**
 * "Beschließen": the person chooses the council decision that adopted the draft. Offered are the
 * adopted decisions of the territory's council and youth welfare committee that adopt no other
 * version; the API checks the rest (date, paper number) and its message shows at the choice.
 */
export function AdoptDialog({ version, onClose }: { version: StoredLeitbildVersion; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bodies = useQuery(trpc.body.list.queryOptions({ territoryId: version.territoryId, limit: 200 }));
  const adoptingBodies = (bodies.data?.items ?? []).filter((body) => leitbildAdoptingBodyKinds.includes(body.kind));
  const decisionLists = useQueries({ queries: adoptingBodies.map((body) => trpc.decision.list.queryOptions({ bodyId: body.id, limit: 200 })) });
  const loading = bodies.isPending || decisionLists.some((list) => list.isPending);
  const bodyName = new Map(adoptingBodies.map((body) => [body.id, body.name]));
  const decisions = decisionLists
    .flatMap((list) => list.data?.items ?? [])
    .filter((decision) => decision.outcome === "adopted" && !decision.subjects.some((subject) => subject.type === "leitbildVersion" && subject.id !== version.id))
    .sort((a, b) => b.date.localeCompare(a.date));
  const adopt = useMutation(trpc.leitbild.adopt.mutationOptions());

  const confirm = async () => {
    if (!decisionId) {
      setError(t("leitbild.decisionRequired"));
      return;
    }
    setError(null);
    try {
      const result = await adopt.mutateAsync({ id: version.id, expectedVersion: version.version, decisionId });
      queryClient.setQueryData(trpc.leitbild.get.queryKey({ id: result.adopted.id }), result.adopted);
      if (result.superseded) queryClient.setQueryData(trpc.leitbild.get.queryKey({ id: result.superseded.id }), result.superseded);
      await queryClient.invalidateQueries({ queryKey: trpc.leitbild.list.queryKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.decision.list.queryKey() });
      showToast({
        tone: "success",
        title: t("leitbild.adopted", { number: result.adopted.versionNumber }),
        description: result.superseded ? t("leitbild.adoptedSuperseded", { number: result.superseded.versionNumber }) : undefined,
      });
      onClose();
    } catch (failure) {
      const messages = fieldErrorsFromApi(failure);
      setError(messages.decisionId ?? messages["adoption.decisionId"] ?? Object.values(messages)[0] ?? t("errors.failed"));
    }
  };

  return (
    <Dialog title={t("leitbild.adoptTitle", { number: version.versionNumber })} isOpen isDismissable={!adopt.isPending} onOpenChange={(open) => !open && onClose()}>
      <p>{t("leitbild.adoptText")}</p>
      {loading ? (
        <p role="status">{t("app.loading")}</p>
      ) : decisions.length === 0 ? (
        <Notice tone="warning">{t("leitbild.noDecisions")}</Notice>
      ) : (
        <Select
          label={t("leitbild.decision")}
          description={t("leitbild.decisionHint")}
          isRequired
          value={decisionId}
          onChange={(id) => {
            setDecisionId(id);
            setError(null);
          }}
          errorMessage={error}
          options={decisions.map((decision) => ({
            id: decision.id,
            label: t("leitbild.decisionOption", {
              body: bodyName.get(decision.bodyId) ?? "",
              date: formatDate(decision.date, i18n.language),
              paperNumber: decision.paperNumber ?? t("leitbild.noPaperNumber"),
              title: decision.title,
            }),
          }))}
        />
      )}
      <DialogActions>
        <Button onPress={onClose} isDisabled={adopt.isPending}>{t("leitbild.cancel")}</Button>
        <Button variant="primary" onPress={() => void confirm()} isDisabled={adopt.isPending || decisions.length === 0}>
          {adopt.isPending ? t("leitbild.adopting") : t("leitbild.adoptConfirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
