import { rmSync } from "node:fs";
import { prepareDemoTemplate } from "@praeventionskette/browser";

// The demo data is seeded once for all browser test files; each copies it.
export default function setup() {
  const template = prepareDemoTemplate();
  return () => rmSync(template, { recursive: true, force: true });
}
