export * from "./enums.js";
export * from "./coordinates.js";
export * from "./parts.js";
export * from "./translation.js";
export * from "./offer.js";
export * from "./logic.js";
export * from "./hsds.js";
export * from "./search.js";
