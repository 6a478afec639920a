import type { MailKick } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import { listDueMail, markMailAttemptFailed, markMailDone, nextMailDue } from '../db/queries/mail/outbox.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';
import { write } from '../db/write.ts';
import type { MailTransport } from './mailTransport.ts';

const MINUTE = 60_000;
/** Tries per mail before it is marked failed: 1, 2, 4, 8, 16 minutes apart (about half an hour). */
const MAX_ATTEMPTS = 6;
const BATCH = 20;
/**
 * Longest wait between two looks at the outbox: mail is also queued where no
 * kick reaches this relay (cases opened, and their assignment mail, on the
 * ingest writer's thread; the CLI; another process).
 */
const POLL_MS = 5_000;

export interface MailRelay extends MailKick {
  /** Resolves when no send is in progress (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Sends the outbox after commit: `kick()` after a write that queued mail, and
 * once at start, so mail committed before a crash goes out on the next start.
 * A mail is marked sent only after the server took it, so a crash in between
 * sends it again (at least once, never lost). Failures are retried with
 * backoff, then marked failed and shown in the Sent mail log.
 */
export function startMailRelay(db: Db, transport: MailTransport, now: () => number, pollMs = POLL_MS): MailRelay {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = () => {
    if (stopped || !db.open) return;
    const due = nextMailDue(db);
    if (timer) clearTimeout(timer);
    timer = undefined;
    timer = setTimeout(kick, due === undefined ? pollMs : Math.min(pollMs, Math.max(0, due - now())));
    timer.unref();
  };

  const drain = async () => {
    for (;;) {
      if (stopped || !db.open) return;
      const due = listDueMail(db, now(), BATCH);
      if (!due.length) return;
      for (const mail of due) {
        if (stopped || !db.open) return;
        try {
          const outcome = await transport.send(mail);
          write(db, () => markMailDone(db, mail.id, outcome, now()));
        } catch (err) {
          const retryAt = mail.attempts + 1 >= MAX_ATTEMPTS ? null : now() + MINUTE * 2 ** mail.attempts;
          if (db.open) write(db, () => markMailAttemptFailed(db, mail.id, err instanceof Error ? err.message : String(err), retryAt));
        }
      }
    }
  };

  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        // One collector sends at a time, or two would send the same due mail; the other looks again at its next poll.
        await aloneOrSkip(db, 'mail relay', drain);
      } while (again);
    })()
      .catch((err) => console.error('[touchpoint] mail relay failed; will retry', err))
      .finally(() => {
        running = undefined;
        schedule();
      });
  }

  kick();
  return {
    kick,
    idle: async () => {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
