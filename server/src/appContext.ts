import type { Db } from './db/openDatabase.ts';

export interface AppConfig {
  adminToken: string;
  /** Where the built widget (tp.js and its chunks) lives. */
  widgetDir: string;
  /** Where the built dashboard lives. */
  dashboardDir: string;
  /** Mark cookies Secure; on whenever the dashboard is served over https. */
  secureCookies: boolean;
}

export interface AppDeps {
  db: Db;
  config: AppConfig;
}
