import type { Migration } from './Migration.ts';

// Migration 13: which sites each account may see. Released SQL: change it only
// through a new migration.

/**
 * Admins see every site whatever this table says; members and viewers see only
 * the sites listed here for them (server/src/auth/siteAccess.ts). Before this
 * table every role saw every site, so an upgrade gives each existing member and
 * viewer every existing site: nobody is locked out by upgrading, and an admin
 * narrows access afterwards on the Team page.
 */
export const SITE_MEMBERS_SQL = `
  CREATE TABLE site_members (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, site_id)
  ) STRICT, WITHOUT ROWID;
  -- Deleting a site finds its grants by this index, not by a scan.
  CREATE INDEX site_members_site ON site_members(site_id);

  INSERT INTO site_members (user_id, site_id)
    SELECT users.id, sites.id FROM users CROSS JOIN sites WHERE users.role <> 'admin';
`;

export const siteMembers: Migration = {
  version: 13,
  name: 'site access: the sites each member and viewer may see',
  sql: SITE_MEMBERS_SQL,
};
