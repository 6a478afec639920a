/** A connection string fit for a log or an error message: the same address with its password taken out. */
export function urlWithoutPassword(url: string): string {
  if (!URL.canParse(url)) return '(an address that is not a URL)';
  const shown = new URL(url);
  shown.password = '';
  return shown.href;
}
