export * from "./body-kind.js";
export * from "./body.js";
export * from "./decision.js";
export * from "./meeting.js";
export * from "./queries.js";
