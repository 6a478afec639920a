import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';

export function hasUsers(db: Db): boolean {
  return statement(db, 'SELECT EXISTS (SELECT 1 FROM users)').pluck().get() === 1;
}
