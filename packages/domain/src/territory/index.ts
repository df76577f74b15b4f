export * from "./territory-kind.js";
export * from "./territory.js";
export * from "./hierarchy.js";
export * from "./validity.js";
