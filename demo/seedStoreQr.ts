import type { HostedInput } from '../shared/schemas/hostedSurvey.ts';
import type { AdminApi } from './collectorApi.ts';
import { ORDER_SURVEY } from './orderSurvey.ts';
import { mulberry32, weighted } from './random.ts';

/** The QR code printed on the shops' till receipts: the after-order survey's hosted page, channel `store`. */
export const RECEIPT_QR = { channel: 'store', campaign: 'receipt-qr' } as const;

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export interface StoreQrSeed {
  /** Shoppers who scanned the receipt's code and answered both questions (fewer when the collector's rate limit held the rest back). */
  answered: number;
}

/**
 * Some shoppers scan the receipt's QR code and answer on their phone: the
 * requests the hosted page makes (`POST /v1/surveys/:siteKey/:survey/answers`,
 * from the collector's own origin), so the answers are stored, rate limited
 * and counted as a real scan's are. Ids are fixed by the seed, so seeding
 * again stores nothing twice.
 */
export async function seedStoreQrAnswers(api: AdminApi, siteKey: string, shoppers = 10, seed = 29): Promise<StoreQrSeed> {
  const rng = mulberry32(seed);
  const url = `${api.collectorUrl}/v1/surveys/${encodeURIComponent(siteKey)}/${ORDER_SURVEY.key}/answers`;
  const path = `/s/${siteKey}/${ORDER_SURVEY.key}`;
  const send = async (input: HostedInput, attempt = 1): Promise<boolean> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.collectorUrl, 'user-agent': PHONE },
      body: JSON.stringify({ ...input, ...RECEIPT_QR }),
      signal: AbortSignal.timeout(10_000),
    });
    // The seed shares one address with the campaign's clicks: past the per-address limit it waits, as the hosted page
    // does, and then gives up on the rest (a collector whose clock stands still, as in the suites, never lets more in).
    if (res.status === 429) {
      if (attempt === 3) return false;
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get('retry-after') ?? 1)));
      return send(input, attempt + 1);
    }
    if (res.status !== 202) throw new Error(`The receipt QR answer was refused (${res.status}): ${await res.text()}`);
    return true;
  };
  let answered = 0;
  for (let i = 0; i < shoppers; i++) {
    const visitId = `demo_${siteKey}_qr_${String(i).padStart(3, '0')}`;
    // At the till the order was easy; it is the shop visit around it that splits opinion.
    const effort = weighted(rng, [[7, 4], [6, 4], [5, 2], [4, 1]] as const);
    const recommend = weighted(rng, [[10, 3], [9, 3], [8, 2], [7, 2], [5, 1], [3, 1]] as const);
    const stored =
      (await send({ type: 'survey_event', id: `${visitId}_shown`, visitId, event: 'shown', path })) &&
      (await send({ type: 'survey_answer', id: `${visitId}_effort`, visitId, question: 'effort', value: effort, path, lang: 'en' })) &&
      (await send({ type: 'survey_answer', id: `${visitId}_recommend`, visitId, question: 'recommend', value: recommend, path, lang: 'en' })) &&
      (await send({ type: 'survey_event', id: `${visitId}_completed`, visitId, event: 'completed', path }));
    if (!stored) break;
    answered++;
  }
  return { answered };
}
