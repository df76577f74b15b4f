export * from "./geometry.js";
export * from "./validate-geometry.js";
export * from "./feature-collection.js";
export * from "./simplify.js";
export * from "./clip.js";
export * from "./boundary.js";
export * from "./point.js";
