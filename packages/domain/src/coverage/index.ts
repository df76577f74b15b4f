export * from "./coverage.js";
export * from "./duplicates.js";
