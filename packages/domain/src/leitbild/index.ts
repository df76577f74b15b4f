export * from "./change.js";
export * from "./council-decision.js";
export * from "./current.js";
export * from "./leitbild-version.js";
export * from "./status.js";
export * from "./adoption-rules.js";
