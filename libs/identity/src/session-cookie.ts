import type { Request, Response } from 'express';

/**
 * The web app's refresh token rides in an httpOnly cookie: page scripts never see it, so a
 * script injected into a page cannot carry the session away, and the access token stays in
 * the tab's memory. SameSite=Strict keeps other sites' requests from sending it; its path
 * limits it to the GraphQL endpoint.
 */
export const SESSION_COOKIE = 'zhirong_session';
const PATH = '/graphql';

export function readSessionCookie(req: Request | undefined): string | undefined {
  const header = req?.headers?.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function setSessionCookie(req: Request | undefined, res: Response | undefined, refreshToken: string, maxAgeSeconds: number): void {
  res?.cookie?.(SESSION_COOKIE, refreshToken, { httpOnly: true, sameSite: 'strict', secure: Boolean(req?.secure), path: PATH, maxAge: maxAgeSeconds * 1000 });
}

export function clearSessionCookie(req: Request | undefined, res: Response | undefined): void {
  res?.clearCookie?.(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: Boolean(req?.secure), path: PATH });
}
