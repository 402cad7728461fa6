/**
 * The access token lives in this tab's memory only: no script can read it from storage,
 * and a reload renews it from the httpOnly session cookie the API set at sign-in
 * (`restoreSession` in apollo.ts), which page scripts cannot read either.
 */
export interface Session {
  accessToken: string;
  expiresAt: number;
}

let session: Session | null = null;

export function currentSession(): Session | null {
  if (session && session.expiresAt <= Date.now()) session = null;
  return session;
}

export function startSession(accessToken: string, expiresInSeconds: number): void {
  session = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
}

export function endSession(): void {
  session = null;
}
