export * from "./financing-type.js";
export * from "./programme.js";
export * from "./application-status.js";
export * from "./application.js";
export * from "./grant.js";
export * from "./application-rules.js";
export * from "./workflow.js";
