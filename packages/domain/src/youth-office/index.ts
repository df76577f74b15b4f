export * from "./youth-office.js";
export * from "./in-force.js";
