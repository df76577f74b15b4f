import { createContext, useContext } from "react";
import { localPath, type PortalLanguage } from "../i18n/languages.js";
import { EMBED_PREFIX } from "./routes.js";

/** A number of the youth office's own, from the operator's configuration (PORTAL_EMERGENCY_CONTACTS). */
export interface EmergencyContact {
  name: string;
  phone: string;
}

/** What every component of the portal may read: the language, the operator, the current URL. */
export interface PortalContextValue {
  language: PortalLanguage;
  operatorName: string;
  imprintUrl: string | null;
  privacyUrl: string | null;
  /** Path and query of the page, without the language prefix (for the language menu). */
  path: string;
  query: string;
  /** The embed view for a municipality's website: no header and footer, links stay in the view. */
  embedded: boolean;
  emergencyContacts: EmergencyContact[];
}

export const PortalContext = createContext<PortalContextValue | null>(null);

/** The portal's context; every page is rendered inside its provider. */
export function usePortal(): PortalContextValue {
  const value = useContext(PortalContext);
  if (!value) throw new Error("PortalContext fehlt");
  return value;
}

/** A page's address in the current language, inside the embed view when the page is embedded. */
export function usePagePath(): (path: string) => string {
  const { language, embedded } = usePortal();
  return (path) => localPath(language, embedded ? `${EMBED_PREFIX}${path === "/" ? "" : path}` : path);
}
