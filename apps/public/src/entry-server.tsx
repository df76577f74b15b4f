// The portal's server build: used by the API process (mounted at /) and by the standalone
// portal process (src/server/standalone.ts).
export { readPortalAssets } from "./server/assets.js";
export { type ClientState, createPortal, type PortalOptions } from "./server/render.js";
