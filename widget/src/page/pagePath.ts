/** The page as recorded: path only; query strings and fragments often carry personal data. */
export function pagePath(loc: Location = location): string {
  return loc.pathname || '/';
}
