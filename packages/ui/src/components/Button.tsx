import type { ReactNode } from "react";
import { Button as AriaButton, type ButtonProps as AriaButtonProps, Link as AriaLink, type LinkProps as AriaLinkProps } from "react-aria-components";
import "./button.css";

/** How much a button stands out: one primary action per view. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

function buttonClass(variant: ButtonVariant): string {
  return variant === "secondary" ? "ui-button" : `ui-button ui-button--${variant}`;
}

/** A button on React Aria (keyboard, press and focus handled alike on every device). */
export function Button({ variant = "secondary", ...props }: AriaButtonProps & { variant?: ButtonVariant; children: ReactNode }) {
  return <AriaButton {...props} className={buttonClass(variant)} />;
}

/** A link that looks like a button, for navigation that reads as an action ("Neues Angebot"). */
export function ButtonLink({ variant = "secondary", ...props }: AriaLinkProps & { variant?: ButtonVariant; children: ReactNode }) {
  return <AriaLink {...props} className={buttonClass(variant)} />;
}
