export * from "./field-of-action.js";
export * from "./defaults.js";
