import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, UnauthenticatedError } from "../errors.js";
import type { Context } from "./context.js";

// Validation messages reach people in the admin UI; German is the platform's first language.
z.config(z.locales.de());

/** One problem with a request, as the client receives it in `error.data.issues`. */
export interface InputIssue {
  path: string;
  message: string;
}

function issuesOf(cause: unknown): InputIssue[] | null {
  if (cause instanceof z.ZodError) {
    return cause.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  }
  if (cause instanceof RuleViolationError) return [{ path: cause.path.join("."), message: cause.message }];
  return null;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // The request body never reached a procedure: say so in the platform's language.
    const message = error.code === "PARSE_ERROR" ? "Die Anfrage ist kein gültiges JSON." : shape.message;
    return { ...shape, message, data: { ...shape.data, issues: issuesOf(error.cause), stack: undefined } };
  },
});

function describeIssues(issues: InputIssue[]): string {
  return `Eingabe ungültig: ${issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ")}`;
}

// PostgreSQL error classes that mean "the request was wrong", not "the server failed".
const badRequestSqlStates = /^(22|23502|23503|23514|2201|42804)/;

function toTrpcError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof z.ZodError) {
    return new TRPCError({ code: "BAD_REQUEST", message: describeIssues(issuesOf(cause) ?? []), cause });
  }
  if (cause instanceof UnauthenticatedError) return new TRPCError({ code: "UNAUTHORIZED", message: cause.message, cause });
  if (cause instanceof ForbiddenError) return new TRPCError({ code: "FORBIDDEN", message: cause.message, cause });
  if (cause instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
  if (cause instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: cause.message, cause });
  if (cause instanceof RuleViolationError) return new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  const sqlState = (cause as { code?: unknown } | undefined)?.code;
  if (sqlState === "23505") {
    return new TRPCError({ code: "CONFLICT", message: "Ein Datensatz mit diesem Schlüssel existiert bereits.", cause });
  }
  if (typeof sqlState === "string" && badRequestSqlStates.test(sqlState)) {
    return new TRPCError({ code: "BAD_REQUEST", message: "Die Eingabe passt nicht zu den gespeicherten Daten.", cause });
  }
  return error;
}

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTrpcError(result.error);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Open to everyone; what anonymous visitors see is narrowed by the repositories. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/**
 * Needs a signed-in person (or a system task). The first line of defence for every change;
 * the repositories then check the person's roles against the record's territories.
 */
export const authenticatedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.access.principal && !ctx.access.writable.all) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Bitte melden Sie sich an." });
  }
  return next();
});
