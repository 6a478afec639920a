import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

/** Their sessions and API tokens go with them (ON DELETE CASCADE). True when there was such a user. */
export function deleteUser(db: Db, id: number): boolean {
  return write(db, () => statement(db, 'DELETE FROM users WHERE id = ?').run(id).changes > 0);
}
