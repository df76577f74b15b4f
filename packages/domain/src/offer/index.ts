export * from "./enums.js";
export * from "./parts.js";
export * from "./offer.js";
export * from "./logic.js";
export * from "./hsds.js";
