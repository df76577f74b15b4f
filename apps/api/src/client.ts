// The API as the apps see it: types only. Imported through "@praeventionskette/api/client",
// whose export map has a `types` condition and nothing else, so no app can pull server code
// into its bundle; each app imports it in one place, its own src/lib/trpc.ts.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./trpc/router.js";

export type { AppRouter };
/** The input of every procedure, e.g. `RouterInputs["offer"]["search"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** The answer of every procedure, e.g. `RouterOutputs["territory"]["boundaries"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
