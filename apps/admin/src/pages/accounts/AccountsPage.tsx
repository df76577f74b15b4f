import { type Role, roleLabels } from "@praeventionskette/domain";
import { Notice, PageHeader, Select } from "@praeventionskette/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useRouteContext, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useLabels } from "../../lib/labels.js";
import { TableScroll } from "../../layout/TableScroll.js";
import { useTRPC } from "../../lib/trpc.js";
import { useGrantablePlaces } from "./places.js";
import { roleText } from "./role-text.js";
import "./accounts.css";
import { useAreaTexts } from "../../lib/area-texts.js";
import { accountsDe, accountsEn } from "./texts.js";

const ROLES: Role[] = ["admin", "coordinator", "townEditor", "providerEditor", "viewer"];

/** `/konten?suche=…&rolle=…`: the accounts the person manages, filtered in the URL. */
export function AccountsPage() {
  const { t } = useAreaTexts("accounts", accountsDe, accountsEn);
  const trpc = useTRPC();
  const { label } = useLabels();
  const { me } = useRouteContext({ from: "/staff" });
  const search = useSearch({ from: "/staff/konten" });
  const navigate = useNavigate({ from: "/konten" });
  const accounts = useQuery(trpc.account.list.queryOptions());
  const places = useGrantablePlaces();
  const [typed, setTyped] = useState(search.suche ?? "");
  const needle = (search.suche ?? "").trim().toLocaleLowerCase("de");
  const shown = (accounts.data ?? []).filter(
    (account) =>
      (!needle || account.name.toLocaleLowerCase("de").includes(needle) || account.email.includes(needle)) &&
      (!search.rolle || account.assignments.some((assignment) => assignment.role === search.rolle)),
  );
  const isAdmin = me.assignments.some((assignment) => assignment.role === "admin");
  return (
    <>
      <PageHeader
        title={t("accounts.title")}
        lead={isAdmin ? t("accounts.lead") : t("accounts.leadCoordinator")}
        actions={<Link className="ui-button ui-button--primary" to="/konten/neu">{t("accounts.newAccount")}</Link>}
      />
      <div className="filters" role="search">
        <form
          className="filters__search"
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ search: (previous) => ({ ...previous, suche: typed.trim() || undefined }) });
          }}
        >
          <label htmlFor="accounts-search">{t("accounts.search")}</label>
          <div className="filters__search-row">
            <input id="accounts-search" className="ui-input" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
            <button type="submit" className="ui-button ui-button--secondary">{t("accounts.searchButton")}</button>
          </div>
        </form>
        <Select
          label={t("accounts.role")}
          options={[{ id: "", label: t("accounts.allRoles") }, ...ROLES.map((role) => ({ id: role, label: label(roleLabels, role) }))]}
          value={search.rolle ?? ""}
          onChange={(role) => void navigate({ search: (previous) => ({ ...previous, rolle: (role || undefined) as Role | undefined }) })}
        />
        {(search.suche || search.rolle) && (
          <Link
            to="/konten"
            className="accounts-reset"
            onClick={() => setTyped("")}
          >
            {t("accounts.resetFilters")}
          </Link>
        )}
      </div>
      {accounts.isPending && <p role="status">{t("app.loading")}</p>}
      {accounts.isError && <Notice tone="error">{accounts.error.message}</Notice>}
      {accounts.data && (
        <>
          <p role="status" className="muted">{t("accounts.count", { count: shown.length })}</p>
          {shown.length === 0 ? (
            <p>{t("accounts.none")}</p>
          ) : (
            <TableScroll label={t("accounts.title")}>
              <table className="ui-table accounts-table">
                <caption className="visually-hidden">{t("accounts.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("accounts.columns.name")}</th>
                    <th scope="col">{t("accounts.columns.email")}</th>
                    <th scope="col">{t("accounts.columns.roles")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((account) => (
                    <tr key={account.id}>
                      <th scope="row">
                        <Link to="/konten/$userId" params={{ userId: account.id }}>{account.name}</Link>
                      </th>
                      <td className="accounts-email">{account.email}</td>
                      <td>
                        {account.assignments.length === 0 ? (
                          <span className="muted">{t("accounts.noRole")}</span>
                        ) : (
                          <ul className="accounts-roles">
                            {account.assignments.map((assignment) => (
                              <li key={assignment.id}>{roleText(t, label, places.placeName, assignment)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
