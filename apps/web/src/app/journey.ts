import type { RouteObject } from 'react-router';

/** A navigation entry: the shell shows a user only the entries their roles may use. */
export interface NavItem {
  path: string;
  /** An i18n key. */
  label: string;
  roles: readonly string[] | 'all';
}

/** Texts of one journey in both languages; `en` has the shape of `zh-CN`. */
export interface JourneyTexts<T extends object = object> {
  'zh-CN': T;
  en: T;
}

/**
 * One journey of the web app (firm, bank, office, valuer, public), laid out like the API: its
 * folder holds its pages, queries, texts and tests. Its journey.ts (navigation, routes and
 * their labels) is loaded eagerly and stays small; its pages.ts exports every page, imports
 * the journey's texts.ts and is loaded by one dynamic import, so the journey is one chunk
 * that loads when its first page opens.
 */
export interface Journey {
  name: string;
  navigation: NavItem[];
  /** Pages inside the signed-in shell, paths relative to `/`. */
  routes: RouteObject[];
  /** Pages anyone may open without signing in. */
  publicRoutes?: RouteObject[];
  /** The journey's navigation labels only; page texts load with its chunk (see `addTexts` in i18n). */
  texts: JourneyTexts;
}

/** `lazy` for a route whose module's default export is the page. */
export function page(load: () => Promise<{ default: React.ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}

/** `lazy` for a route shown by one of the pages a journey's pages.ts exports. */
export function pageOf<P extends Record<string, React.ComponentType>>(load: () => Promise<P>, name: keyof P): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] });
}
