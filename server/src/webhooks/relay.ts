import type { MailKick } from '../appContext.ts';
import type { Db } from '../db/openDatabase.ts';
import type { Endpoint } from '../db/queries/webhooks/endpointRow.ts';
import { dueDeliveries, nextAttemptAt, type DueDelivery } from '../db/queries/webhooks/dueDeliveries.ts';
import { endpointById } from '../db/queries/webhooks/findEndpoint.ts';
import { recordAttempt } from '../db/queries/webhooks/recordAttempt.ts';
import { disableEndpoint } from '../db/queries/webhooks/updateEndpoint.ts';
import { aloneOrSkip } from '../db/shared/aloneOrSkip.ts';
import { write } from '../db/write.ts';
import { drainCaseEvents, sendOverdueCaseEvents } from './caseEvents.ts';
import { deliveryBody } from './deliveryBody.ts';
import { queueDisabledMail } from './disabledMail.ts';
import { drainFeedbackEvents } from './feedbackEvents.ts';
import { onOutboxChanged } from './outboxSignal.ts';
import { postEvent, type PostResult } from './postEvent.ts';
import { retryAfterMs } from './retryAfter.ts';
import { RETRY_DELAYS_MS, retryDelay } from './retrySchedule.ts';
import { signatureHeaders } from './signatureHeaders.ts';
import { checkTarget } from './targetGuard.ts';

export interface RelayOptions {
  /** The collector's clock: when attempts are due, what they are stamped with. */
  now: () => number;
  /** TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS=1. */
  allowPrivate: boolean;
  /** Picks the jitter; Math.random unless a test fixes it. */
  random?: () => number;
  timeoutMs?: number;
  /** The dashboard's public address, for links in Slack messages. */
  dashboardUrl?: string;
  /** When the relay disables a destination (410, or the last attempt failed), admins are e-mailed from this address… */
  mailFrom?: string;
  /** …and the mail relay is kicked after the commit. */
  mail?: MailKick;
}

export interface WebhookRelay {
  /** Drains new feedback and case changes, queues newly overdue cases, then makes every attempt that is due, until none is; resolves with how many were made. */
  runDue(): Promise<number>;
}

const isSuccess = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

/**
 * The outbox's relay: each destination's oldest pending delivery, when due, is
 * sent; 2xx delivers it, anything else (3xx too: redirects are not followed)
 * schedules the next attempt (RETRY_DELAYS_MS, or the receiver's Retry-After
 * on 429 and 503), 410 disables the destination, and so does the failure of
 * the last attempt. Every step is stored before the next, so a process killed
 * at any point resumes where it was: an attempt in flight when it died is made
 * again (at least once), with the same webhook-id.
 */
export function createWebhookRelay(db: Db, options: RelayOptions): WebhookRelay {
  const random = options.random ?? Math.random;

  async function send(endpoint: Endpoint, delivery: DueDelivery, at: number): Promise<PostResult> {
    const refused = await checkTarget(endpoint.url, options.allowPrivate);
    if (refused) return { latencyMs: 0, error: `refused: the address ${refused}` };
    const body = deliveryBody(endpoint, delivery.payload, options.dashboardUrl);
    const rotating = endpoint.previousSecret && (endpoint.previousSecretUntil ?? 0) > at;
    const secrets = rotating && endpoint.previousSecret ? [endpoint.secret, endpoint.previousSecret] : [endpoint.secret];
    return postEvent({
      url: endpoint.url,
      body,
      headers: signatureHeaders(delivery.eventId, Math.floor(at / 1000), body, secrets),
      allowPrivate: options.allowPrivate,
      timeoutMs: options.timeoutMs,
    });
  }

  function disable(endpoint: Endpoint, reason: string) {
    const now = options.now();
    const { mailFrom } = options;
    write(db, () => {
      disableEndpoint(db, endpoint.id, reason, now);
      if (mailFrom) queueDisabledMail(db, endpoint, reason, { from: mailFrom, dashboardUrl: options.dashboardUrl, now });
    });
    options.mail?.kick();
  }

  async function attempt(delivery: DueDelivery): Promise<void> {
    const endpoint = endpointById(db, delivery.endpointId);
    if (!endpoint || endpoint.disabled) return;
    const at = options.now();
    const result = await send(endpoint, delivery, at);
    const logged = { deliveryId: delivery.id, at, httpStatus: result.httpStatus, latencyMs: result.latencyMs, error: result.error, responseExcerpt: result.responseExcerpt };
    if (!db.open) return;
    if (isSuccess(result.httpStatus)) {
      recordAttempt(db, { ...logged, outcome: 'delivered' });
      return;
    }
    if (result.httpStatus === 410) {
      recordAttempt(db, { ...logged, outcome: 'failed' });
      disable(endpoint, 'the receiver answered 410 Gone');
      return;
    }
    let delay = retryDelay(delivery.tries + 1, random);
    if (delay !== undefined && (result.httpStatus === 429 || result.httpStatus === 503)) {
      delay = retryAfterMs(result.retryAfter, options.now()) ?? delay;
    }
    recordAttempt(db, { ...logged, outcome: 'failed', nextAttemptAt: delay === undefined ? undefined : options.now() + delay });
    if (delay === undefined) disable(endpoint, `all ${RETRY_DELAYS_MS.length} attempts of a delivery failed`);
  }

  async function runDueAlone(): Promise<number> {
    drainFeedbackEvents(db, options.now());
    drainCaseEvents(db, options.now());
    const overdue = sendOverdueCaseEvents(db, options.now(), options.mailFrom ? { from: options.mailFrom, dashboardUrl: options.dashboardUrl } : undefined);
    if (overdue.mails > 0) options.mail?.kick();
    let made = 0;
    for (;;) {
      if (!db.open) return made;
      const due = dueDeliveries(db, options.now());
      if (due.length === 0) return made;
      // Destinations in parallel, each one's deliveries in order.
      await Promise.all(due.map(attempt));
      made += due.length;
    }
  }

  return {
    // One collector attempts at a time, or two would post the same due delivery; the other's next tick finds it done.
    runDue: async () => (await aloneOrSkip(db, 'webhook relay', runDueAlone)) ?? 0,
  };
}

export interface RunningRelay {
  stop(): Promise<void>;
}

/** Longest sleep between two looks at the outbox: the clock may be moved, and another process may queue deliveries. */
const POLL_MS = 1000;

/**
 * Runs the relay for the collector: at start (pending deliveries resume after a
 * restart), whenever deliveries are queued, and when the next retry is due.
 */
export function startWebhookRelay(db: Db, options: RelayOptions): RunningRelay {
  const relay = createWebhookRelay(db, options);
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = () => {
    if (stopped || !db.open) return;
    const next = nextAttemptAt(db);
    const wait = next === undefined ? POLL_MS : Math.min(POLL_MS, Math.max(0, next - options.now()));
    clearTimeout(timer);
    timer = setTimeout(run, wait);
    timer.unref();
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = relay
      .runDue()
      .then(() => undefined)
      .catch((err) => console.error('[touchpoint] webhook relay: a run failed; will retry', err))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        } else schedule();
      });
  };
  const unsubscribe = onOutboxChanged(db, run);
  run();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}
