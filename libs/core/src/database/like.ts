/** Escapes LIKE wildcards (backslash is Postgres's default escape) so a user's `%` or `_` matches itself. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}

/** The descendants of a region path (`310000/310112/…`), as a LIKE pattern; pair it with `= path` for the subtree. */
export function subtreePattern(path: string): string {
  return `${escapeLike(path)}/%`;
}
