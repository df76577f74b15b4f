import { useMutation } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useAreaTexts } from "../../lib/area-texts.js";
import { useTRPC } from "../../lib/trpc.js";
import { ConfigurationRecordEditor, namedDataOf, namedValuesOf } from "./ConfigurationRecordEditor.js";
import { configurationDe, configurationEn } from "./texts.js";

/** `/konfiguration/handlungsfelder/:id`: a youth office adapts one of its fields of action. */
export function FieldOfActionEditPage() {
  const { t } = useAreaTexts("configuration", configurationDe, configurationEn);
  const trpc = useTRPC();
  const { id } = useParams({ from: "/staff/konfiguration/handlungsfelder/$id" });
  const update = useMutation(trpc.fieldOfAction.update.mutationOptions());
  return (
    <ConfigurationRecordEditor
      title={t("configuration.editFieldTitle")}
      query={trpc.fieldOfAction.get.queryOptions({ id })}
      queryKey={trpc.fieldOfAction.pathKey()}
      update={update.mutateAsync}
      valuesOf={namedValuesOf}
      dataOf={(values, record) => ({ data: namedDataOf(values, record) })}
    />
  );
}
