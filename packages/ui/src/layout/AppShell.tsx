import type { ReactNode } from "react";
import "./shell.css";

/**
 * The frame of every page: a skip link, the header with the operator and the app, the
 * navigation (optional), the main content as the `main` landmark, and the footer with the
 * operator's imprint and privacy links.
 */
export function AppShell({
  operatorName, appName, homeHref, skipLinkLabel, navigation, navigationLabel, headerEnd, footer, children,
}: {
  operatorName: string;
  appName: string;
  homeHref: string;
  skipLinkLabel: string;
  navigation?: ReactNode;
  navigationLabel?: string;
  headerEnd?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="ui-shell">
      <a className="ui-skip-link" href="#main">{skipLinkLabel}</a>
      <header className="ui-shell__header">
        <div className="ui-shell__header-inner">
          <a className="ui-shell__brand" href={homeHref}>
            <strong>{appName}</strong>
            <span>{operatorName}</span>
          </a>
          {headerEnd && <div className="ui-shell__header-end">{headerEnd}</div>}
        </div>
      </header>
      <div className={navigation ? "ui-shell__body" : "ui-shell__body ui-shell__body--no-nav"}>
        {navigation && <nav className="ui-shell__nav" aria-label={navigationLabel}>{navigation}</nav>}
        <main id="main" className="ui-shell__main" tabIndex={-1}>{children}</main>
      </div>
      {footer && (
        <footer className="ui-shell__footer">
          <div className="ui-shell__footer-inner">{footer}</div>
        </footer>
      )}
    </div>
  );
}

/** A page's heading with an optional lead sentence and actions on the right. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ReactNode }) {
  return (
    <div className="ui-page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p>{lead}</p>}
      </div>
      {actions && <div>{actions}</div>}
    </div>
  );
}

/** A message in the page: information, a warning, a failure or a success; errors are announced at once. */
export function Notice({ tone = "info", children }: { tone?: "info" | "warning" | "error" | "success"; children: ReactNode }) {
  return (
    <div className={tone === "info" ? "ui-notice" : `ui-notice ui-notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
