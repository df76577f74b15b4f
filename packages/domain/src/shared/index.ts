export * from "./date.js";
export * from "./id.js";
export * from "./label.js";
export * from "./diff.js";
export * from "./owner.js";
export * from "./page.js";
export * from "./role.js";
