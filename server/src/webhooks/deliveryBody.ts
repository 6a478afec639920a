import type { EventPayload } from '../../../shared/schemas/webhook.ts';
import type { Endpoint } from '../db/queries/webhooks/endpointRow.ts';
import { slackMessage } from './slackMessage.ts';

/** Fields that hold what a shopper wrote (or their address): left out for destinations that do not take shopper text. */
const SHOPPER_TEXT = ['comment', 'otherText', 'contactEmail', 'value', 'examples'] as const;

function withoutShopperText(payload: EventPayload): EventPayload {
  const data = { ...payload.data };
  for (const field of SHOPPER_TEXT) {
    // A survey answer's value is shopper text only for open questions; otherwise it is option ids.
    if (field === 'value' && data.questionType !== 'open_text') continue;
    if (field in data) data[field] = field === 'examples' ? [] : null;
  }
  return { ...payload, data };
}

/** The bytes sent to a destination: the same for every attempt of one event. */
export function deliveryBody(endpoint: Pick<Endpoint, 'kind' | 'includeText'>, payload: EventPayload, dashboardUrl?: string): string {
  const shown = endpoint.includeText ? payload : withoutShopperText(payload);
  return JSON.stringify(endpoint.kind === 'slack' ? slackMessage(shown, dashboardUrl) : shown);
}
