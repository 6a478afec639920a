import { tokenizeComment } from '../../../../../shared/themes/tokenizeComment.ts';
import type { Db } from '../../openDatabase.ts';
import { statement } from '../../statement.ts';
import type { UnindexedComment } from './listUnindexedComments.ts';

/** Stores a comment's terms with its filter columns; call inside write(). */
export function insertCommentTerms(db: Db, comment: UnindexedComment, terms: readonly string[]): void {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO comment_terms (response_id, term, site_id, created_at, path, device, channel, lang)
     VALUES (@id, @term, @site_id, @created_at, @path, @device, @channel, @lang)`,
  );
  for (const term of terms) insert.run({ ...comment, text: undefined, term });
}

/** What a new response row carries that its terms need. */
export interface CommentedRow {
  id: string;
  siteId: number;
  createdAt: number;
  path: string;
  device?: string;
  channel?: string;
  lang?: string;
  comment?: string;
  otherText?: string;
}

/**
 * The terms of a response being stored, in its transaction: a theme view then
 * only reads (and answers on a full or read-only disk). The text is the one
 * listUnindexedComments reads: the comment, then the "other" reason.
 */
export function insertTermsOf(db: Db, row: CommentedRow): void {
  const text = [row.comment, row.otherText].filter(Boolean).join(' ').trim();
  if (!text) return;
  const comment: UnindexedComment = {
    id: row.id,
    site_id: row.siteId,
    created_at: row.createdAt,
    path: row.path,
    device: row.device ?? null,
    channel: row.channel ?? 'web',
    lang: row.lang ?? null,
    text,
  };
  insertCommentTerms(db, comment, tokenizeComment(text));
}
