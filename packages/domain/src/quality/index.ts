export * from "./prerequisite.js";
export * from "./station.js";
export * from "./fulfilment.js";
export * from "./assessment.js";
export * from "./maturity.js";
export * from "./compare.js";
