import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real filesystem of `sizeMb` (a tmpfs mounted in a temp dir; the tests run
 * as root, in CI too) that can be filled to the last byte, so SQLite meets the
 * ENOSPC a full disk gives, at commit time, where `PRAGMA max_page_count`
 * would refuse the statement earlier and hide the bugs that only a failed
 * commit shows.
 */
export function mountSmallDisk(sizeMb: number) {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    rmdirSync(dir);
    throw new Error(`the full-disk tests mount a tmpfs and need root, as in CI: ${(err as Error).message}`);
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    /** Takes every free block: the next byte any file needs fails with ENOSPC. */
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (let size = block.length; size > 0; size = size >> 1) {
          try {
            for (;;) writeSync(fd, block, 0, size);
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    unmount() {
      execFileSync('umount', [dir]);
      rmdirSync(dir);
    },
  };
}
