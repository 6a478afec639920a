// Who may do what. Plain data (no zod) so the dashboard can import it to hide
// what a role cannot do; the server enforces the same order in
// server/src/auth/routeRoles.ts.

/** Least to most: each role may do everything the ones before it may. */
export const ROLES = ['viewer', 'member', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** True when `have` is `need` or above it. */
export function hasRole(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'reads every view and export of the sites given to them',
  member: 'also edits journeys, touchpoints, surveys and comment tags there',
  admin: 'sees every site; also manages sites, settings, imports, deletion and the team',
};
