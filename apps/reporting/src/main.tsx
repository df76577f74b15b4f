import "@praeventionskette/ui/base.css";
import "./reporting.css";
import { createI18n, createQueryClient, loadRuntimeConfig } from "@praeventionskette/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { de } from "./i18n/de.js";
import { en } from "./i18n/en.js";
import { createApi } from "./lib/trpc.js";
import { createReportingRouter } from "./router.js";

async function start(root: HTMLElement) {
  const config = await loadRuntimeConfig(new URL("config.json", document.baseURI));
  const i18n = await createI18n({ de: { translation: de }, en: { translation: en } });
  const queryClient = createQueryClient();
  const api = createApi(config.apiUrl, queryClient);
  const router = createReportingRouter({ queryClient, api, config });
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} queryClient={queryClient} api={api} router={router} />
    </StrictMode>,
  );
}

const root = document.getElementById("root");
if (root) {
  start(root).catch((error: unknown) => {
    // Before React runs there is no other way to tell the user; the text is German on purpose.
    root.textContent = `Die Berichte konnten nicht starten: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute("role", "alert");
  });
}
