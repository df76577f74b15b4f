// Sign-in, sign-out and password reset against the platform's better-auth endpoints. Three
// POST requests do not justify better-auth's client library in the bundle.

/** Why a sign-in failed, in words a person can act on. */
export class SignInError extends Error {}

async function post(apiUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${apiUrl}/api/auth${path}`, {
    method: "POST",
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Signs in with e-mail and password; throws SignInError with the reason. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<void> {
  const response = await post(apiUrl, "/sign-in/email", { email, password });
  if (response.ok) return;
  if (response.status === 429) throw new SignInError("rateLimited");
  if (response.status === 401 || response.status === 400 || response.status === 403) throw new SignInError("wrongCredentials");
  throw new SignInError("unavailable");
}

/** Ends the session on the server, so the cookie is worthless even if copied. */
export async function signOut(apiUrl: string): Promise<void> {
  await post(apiUrl, "/sign-out", {});
}

/** Asks for a reset link by e-mail; the answer never says whether the address exists. */
export async function requestPasswordReset(apiUrl: string, email: string): Promise<void> {
  const response = await post(apiUrl, "/request-password-reset", { email, redirectTo: `${location.origin}${import.meta.env.BASE_URL}passwort-neu` });
  if (!response.ok && response.status !== 404) throw new SignInError(response.status === 429 ? "rateLimited" : "unavailable");
}

/** Sets a new password with the token from the reset link. */
export async function resetPassword(apiUrl: string, token: string, newPassword: string): Promise<void> {
  const response = await post(apiUrl, "/reset-password", { token, newPassword });
  if (!response.ok) throw new SignInError(response.status === 400 ? "resetLinkInvalid" : "unavailable");
}
