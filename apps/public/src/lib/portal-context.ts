import { createContext, useContext } from "react";
import type { PortalLanguage } from "../i18n/languages.js";

/** What every component of the portal may read: the language, the operator, the current URL. */
export interface PortalContextValue {
  language: PortalLanguage;
  operatorName: string;
  imprintUrl: string | null;
  privacyUrl: string | null;
  /** Path and query of the page, without the language prefix (for the language menu). */
  path: string;
  query: string;
}

export const PortalContext = createContext<PortalContextValue | null>(null);

/** The portal's context; every page is rendered inside its provider. */
export function usePortal(): PortalContextValue {
  const value = useContext(PortalContext);
  if (!value) throw new Error("PortalContext fehlt");
  return value;
}
