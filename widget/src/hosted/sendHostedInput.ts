import type { HostedInput, HostedLink } from '../../../shared/schemas/hostedSurvey.ts';

/** An answer or an event as the page makes it: the link's fields are added on sending. */
export type PageInput = HostedInput extends infer T ? (T extends unknown ? Omit<T, keyof HostedLink> : never) : never;

/** Waits before each new try: a phone between cells is back within seconds. */
const RETRY_MS = [1_000, 4_000, 15_000];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts one answer or event of a hosted survey page to its collector (the
 * page's own origin), with how the page was reached. keepalive: the last
 * answer still arrives when the shopper closes the tab at once. A network
 * failure, a 5xx or a 429 is tried again (the answer's id makes a repeat
 * harmless); any other refusal is final.
 */
export async function sendHostedInput(site: string, survey: string, link: HostedLink, input: PageInput, wait = sleep): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let status = 0;
    try {
      const response = await fetch(`/v1/surveys/${encodeURIComponent(site)}/${encodeURIComponent(survey)}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...input, ...link }),
        keepalive: true,
      });
      status = response.status;
    } catch {
      // Offline, or the connection dropped: try again.
    }
    if (status >= 200 && status < 300) return;
    if (status !== 0 && status < 500 && status !== 429) throw new Error(`answer refused: ${status}`);
    if (attempt >= RETRY_MS.length) throw new Error(`answer not sent: ${status || 'network error'}`);
    await wait(RETRY_MS[attempt]!);
  }
}
