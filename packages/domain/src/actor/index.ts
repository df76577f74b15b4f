export * from "./actor-kind.js";
export * from "./contact.js";
export * from "./actor.js";
