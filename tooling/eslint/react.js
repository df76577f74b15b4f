// The lint configuration for the React apps and packages/ui: the shared rules plus React hooks,
// jsx-a11y, browser globals, and the rule that keeps server code out of the apps.
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import base from "./index.js";

export default tseslint.config(
  ...base,
  jsxA11y.flatConfigs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; this rule only reports what it would skip.
      "react-hooks/incompatible-library": "off",
      // The API's router types reach an app through its one client file, so no component can
      // import server code by accident.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@praeventionskette/api", message: "Apps use the API's types only, through src/lib/trpc.ts." },
            { name: "@praeventionskette/api/client", message: "Only src/lib/trpc.ts imports the API's types." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/src/lib/trpc.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests and build configuration run in Node.
    files: ["**/*.test.{ts,tsx}", "**/e2e/**", "*.config.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
);
