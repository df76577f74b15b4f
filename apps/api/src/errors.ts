/**
 * Errors the repositories raise in domain terms; the tRPC layer turns them into NOT_FOUND,
 * CONFLICT and BAD_REQUEST answers. Messages are German because people read them in the UI.
 */
export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} mit der ID ${id} wurde nicht gefunden.`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A rule of the domain was broken; `path` names the offending field where there is one. */
export class RuleViolationError extends Error {
  constructor(
    message: string,
    readonly path: readonly (string | number)[] = [],
  ) {
    super(message);
    this.name = "RuleViolationError";
  }
}

/** Nobody is signed in, but the request needs a person. */
export class UnauthenticatedError extends Error {
  constructor(message = "Bitte melden Sie sich an.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

/** The signed-in person's roles do not cover the request. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}
