/**
 * The domain model of municipal prevention chains (Kommunale Präventionsketten): zod schemas,
 * the types inferred from them, German and English labels, and pure functions.
 *
 * @packageDocumentation
 */
export * from "./shared/index.js";
export * from "./territory/index.js";
export * from "./youth-office/index.js";
export * from "./life-phase/index.js";
export * from "./field-of-action/index.js";
export * from "./actor/index.js";
export * from "./offer/index.js";
export * from "./coverage/index.js";
export * from "./leitbild/index.js";
export * from "./goal/index.js";
export * from "./indicator/index.js";
export * from "./governance/index.js";
export * from "./funding/index.js";
export * from "./quality/index.js";
export * from "./boundary/index.js";
