import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { RecipientRowIssue } from '../../../shared/schemas/campaigns.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { NewRecipient } from '../db/queries/campaigns/recipients.ts';

/** Most recipients one list may hold: one send is one transaction. */
export const MAX_RECIPIENTS = 50_000;

const emailSchema = z.email().max(LIMITS.email);
const NAME_COLUMNS = new Set(['email', 'e-mail', 'name', 'language', 'lang']);

export interface ParsedRecipient extends NewRecipient {
  line: number;
}

/**
 * A recipient list: a header row naming `email` (required), `name`,
 * `language` (or `lang`), and any other columns, kept as attributes (order id,
 * store…) to fill the message with. Rows that cannot be used are reported with
 * their line (the header is line 1), never silently dropped.
 */
export function parseRecipientCsv(csv: string): { rows: ParsedRecipient[]; issues: RecipientRowIssue[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], issues: [{ line, email: null, problem: 'invalid', message: `The file is not valid CSV: ${(err as Error).message}` }] };
  }
  const header = Object.keys(records[0]?.record ?? {});
  if (records.length && !header.includes('email') && !header.includes('e-mail')) {
    return { rows: [], issues: [{ line: 1, email: null, problem: 'invalid', message: 'The first row must name the columns, one of them "email".' }] };
  }
  const rows: ParsedRecipient[] = [];
  const issues: RecipientRowIssue[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const email = (record.email ?? record['e-mail'] ?? '').trim();
    if (rows.length >= MAX_RECIPIENTS) {
      issues.push({ line, email: email || null, problem: 'invalid', message: `A list holds at most ${MAX_RECIPIENTS} recipients.` });
      break;
    }
    if (!emailSchema.safeParse(email).success) {
      issues.push({ line, email: email || null, problem: 'invalid', message: email ? `"${email.slice(0, 80)}" is not an e-mail address.` : 'No e-mail address.' });
      continue;
    }
    const lang = (record.language ?? record.lang ?? '').trim();
    if (lang && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
      issues.push({ line, email, problem: 'invalid', message: `"${lang.slice(0, 40)}" is not a language tag (such as en or zh-CN).` });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(record)) {
      if (NAME_COLUMNS.has(key) || !key || !value) continue;
      if (Object.keys(attributes).length >= LIMITS.attributes) break;
      attributes[key.slice(0, LIMITS.attributeKey)] = value.slice(0, LIMITS.attributeValue);
    }
    rows.push({ line, email, name: record.name?.trim().slice(0, 120) || null, lang: lang || null, attributes });
  }
  return { rows, issues };
}
