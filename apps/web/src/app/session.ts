/**
 * The access token lives in sessionStorage: it survives a reload of the tab, dies with it,
 * and is never in a cookie a cross-site request could carry.
 */
const KEY = 'zhirong.session';

export interface Session {
  accessToken: string;
  expiresAt: number;
}

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function startSession(accessToken: string, expiresInSeconds: number): void {
  sessionStorage.setItem(KEY, JSON.stringify({ accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 }));
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
}
