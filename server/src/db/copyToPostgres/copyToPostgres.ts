import { openPostgres } from '../postgres/openPostgres.ts';
import { createProgressTable, dropProgressTable, readProgress } from './copyProgress.ts';
import { copyTable, type CopyHooks, type TableCopyProgress } from './copyTable.ts';
import { refuseForeignRows, refuseSourceVersions, refuseTargetVersions, refuseUnequalVersions } from './refuseTarget.ts';
import { setIdentitySequences } from './setIdentitySequences.ts';
import { openSourceSnapshot } from './sourceSnapshot.ts';
import { sourceTally, targetTally, type Tally } from './tableChecksums.ts';
import { planTable } from './tablePlan.ts';
import { connectTarget, turnTriggersOff } from './targetClient.ts';
import { readTargetTables, readTargetVersions } from './targetSchema.ts';

export interface CopyOptions {
  /** The SQLite file. */
  from: string;
  /** The PostgreSQL connection string. */
  to: string;
  now: () => number;
  /** Rows per batch and transaction (default 2 000). */
  batchRows?: number;
  hooks?: CopyHooks;
  onStart?: (info: { tables: number; resumed: boolean }) => void;
  onProgress?: (progress: TableCopyProgress & { rowsPerSecond: number }) => void;
}

interface VerifiedTable {
  table: string;
  source: Tally;
  target: Tally;
  ok: boolean;
}

export interface CopyResult {
  tables: VerifiedTable[];
  ok: boolean;
  /** An earlier run had started: this one went on from its progress. */
  resumed: boolean;
  /** Another connection wrote to the SQLite file during the copy: what it wrote is not in PostgreSQL. */
  sourceChanged: boolean;
}

const BATCH_ROWS = 2000;

/**
 * Copies a Touchpoint SQLite file's whole history into PostgreSQL (see
 * ARCHITECTURE.md, "Moving from SQLite to PostgreSQL"): one snapshot of the
 * source, the target migrated to the source's schema version, every table in
 * key order and batches with its progress in the target (resumable), then
 * counts and checksums compared table by table. Refusals throw CopyRefused
 * before any row is written; a mismatch is in the result (`ok: false`).
 */
export async function copyToPostgres(options: CopyOptions): Promise<CopyResult> {
  const source = openSourceSnapshot(options.from);
  try {
    refuseSourceVersions(options.from, source.versions);
    const client = await connectTarget(options.to);
    try {
      refuseTargetVersions(source.versions, await readTargetVersions(client));
      const progress = await readProgress(client);
      await refuseForeignRows(client, source.versions, progress);
      openPostgres(options.to, options.now(), Math.max(...source.versions)).close();
      refuseUnequalVersions(source.versions, await readTargetVersions(client));
      await createProgressTable(client);
      await turnTriggersOff(client);
      const targetTables = await readTargetTables(client);
      const plans = source.tables.map((table) => planTable(table, targetTables.get(table.name)));
      options.onStart?.({ tables: plans.length, resumed: progress.size > 0 });

      const copied = new Map<string, Tally>();
      for (const plan of plans) {
        const started = options.now();
        const end = await copyTable(source.db, client, plan, progress.get(plan.source.name), {
          batchRows: options.batchRows ?? BATCH_ROWS,
          hooks: options.hooks ?? {},
          onBatch: (p) => options.onProgress?.({ ...p, rowsPerSecond: p.copiedNow / Math.max(0.001, (options.now() - started) / 1000) }),
        });
        // Copied whole from this snapshot: its running checksum is the source's.
        if (!progress.has(plan.source.name)) copied.set(plan.source.name, { rows: end.rows, checksum: end.checksum });
      }
      await setIdentitySequences(client, plans);
      await options.hooks?.beforeVerify?.();

      const tables: VerifiedTable[] = [];
      for (const plan of plans) {
        const sourceSide = copied.get(plan.source.name) ?? sourceTally(source.db, plan);
        const targetSide = await targetTally(client, plan);
        const ok = sourceSide.rows === targetSide.rows && sourceSide.checksum === targetSide.checksum;
        tables.push({ table: plan.source.name, source: sourceSide, target: targetSide, ok });
      }
      const ok = tables.every((t) => t.ok);
      if (ok) await dropProgressTable(client);
      return { tables, ok, resumed: progress.size > 0, sourceChanged: source.changedSince() };
    } finally {
      await client.end().catch(() => {});
    }
  } finally {
    source.close();
  }
}

