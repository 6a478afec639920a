import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import { write } from '../../write.ts';

export function updateUserPassword(db: Db, id: number, passwordHash: string): void {
  write(db, () => statement(db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id));
}
