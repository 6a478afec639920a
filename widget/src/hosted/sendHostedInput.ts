import type { HostedInput, HostedLink } from '../../../shared/schemas/hostedSurvey.ts';

/** An answer or an event as the page makes it: the link's fields are added on sending. */
export type PageInput = HostedInput extends infer T ? (T extends unknown ? Omit<T, keyof HostedLink> : never) : never;

/**
 * Posts one answer or event of a hosted survey page to its collector (the
 * page's own origin), with how the page was reached. keepalive: the last
 * answer still arrives when the shopper closes the tab at once.
 */
export function sendHostedInput(site: string, survey: string, link: HostedLink, input: PageInput): Promise<void> {
  return fetch(`/v1/surveys/${encodeURIComponent(site)}/${encodeURIComponent(survey)}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...input, ...link }),
    keepalive: true,
  }).then((response) => {
    if (!response.ok) throw new Error(`answer refused: ${response.status}`);
  });
}
