import type { Role } from '../../../../../shared/roles.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export interface StaffMember {
  id: number;
  email: string;
  role: Role;
}

/** Enabled accounts that see the site: every admin, and the members and viewers it was given to. */
export function listSiteStaff(db: Db, siteId: number): StaffMember[] {
  return statement(
    db,
    `SELECT id, email, role FROM users
      WHERE disabled = 0 AND (role = 'admin' OR id IN (SELECT user_id FROM site_members WHERE site_id = ?))
      ORDER BY email`,
  ).all(siteId) as StaffMember[];
}
