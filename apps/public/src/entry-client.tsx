import "./portal.css";
import { StrictMode, startTransition, useCallback, useEffect, useRef, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadTranslate } from "./i18n/load-texts.js";
import { portalLanguage } from "./i18n/languages.js";
import { type Translate, TranslateContext } from "./i18n/translate.js";
import { PortalContext, type PortalContextValue } from "./lib/portal-context.js";
import { Portal } from "./Portal.js";
import type { ClientState } from "./server/render.js";

/** Waits this long after the last keystroke before searching: fewer requests on slow networks. */
const TYPING_PAUSE_MS = 350;

/** The query a search form would send, empty fields left out. */
function queryOfForm(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") query.set(name, value);
  const string = query.toString();
  return string ? `?${string}` : "";
}

/**
 * The hydrated portal: the same page as the server's, plus searching in place. A changed
 * search fetches the page's data as JSON and updates results and address bar, without a reload;
 * a failure falls back to the plain form submission.
 */
function EnhancedPortal({ initial, t }: { initial: ClientState; t: Translate }) {
  const [state, setState] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  const onSearch = useCallback((form: HTMLFormElement) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const request = ++latest.current;
      const url = `${form.action}${queryOfForm(form)}`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as ClientState;
        if (request !== latest.current) return;
        history.replaceState(null, "", url);
        // New results render in the background: typing stays responsive on a slow phone.
        startTransition(() => setState(next));
      } catch {
        form.submit();
      }
    }, TYPING_PAUSE_MS);
  }, []);
  // Marks the page as live, so that scripts and browser tests know when typing searches in place
  // (keystrokes before hydration only fill the field).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  const context: PortalContextValue = { ...state.context, language: portalLanguage(state.context.languageTag) };
  return (
    <StrictMode>
      <TranslateContext.Provider value={t}>
        <PortalContext.Provider value={context}>
          <Portal data={state.data} onSearch={onSearch} />
        </PortalContext.Provider>
      </TranslateContext.Provider>
    </StrictMode>
  );
}

async function start() {
  const root = document.getElementById("app");
  const dataElement = document.getElementById("page-data");
  if (!root || !dataElement?.textContent) return;
  const initial = JSON.parse(dataElement.textContent) as ClientState;
  const t = await loadTranslate(portalLanguage(initial.context.languageTag), { legal: initial.data.page === "legal" });
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking
  // the main thread for the whole page (a result list on a cheap phone: several hundred ms).
  startTransition(() => {
    hydrateRoot(root, <EnhancedPortal initial={initial} t={t} />);
  });
}

void start();
