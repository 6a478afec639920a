/** The migrated database every test app's database is a copy of. */
export const TEMPLATE_DATABASE = 'touchpoint_template';
