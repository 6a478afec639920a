import { hostedInputSchema, surveyQrQuerySchema } from '../../../../shared/schemas/hostedSurvey.ts';
import { acceptedSchema } from '../../../../shared/schemas/response.ts';
import type { ApiOperation } from '../apiOperation.ts';

/** routes/hostedAnswers.ts, routes/surveyQr.ts: surveys outside the website (the pages `/s/…` and `/r/…` are HTML, described in the README). */
export const hostedSurveyOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/v1/surveys/:siteKey/:survey/answers',
    tag: 'Surveys outside the website',
    summary: "An answer or a shown / completed event from a live survey's hosted page (`GET /s/:siteKey/:survey`), from the collector's own origin",
    description:
      'Shared links and QR codes say their `channel` (`web`, `store`, `sms`, `email`) and `campaign`; a signed link sends its token `t` instead, and then the token alone says them, and its answer to each question is one row however often it is sent (a later one replaces it). `text/plain` is accepted too.',
    body: {
      schema: hostedInputSchema,
      example: { type: 'survey_answer', id: 'ans_7Hq2mXc9Lp', visitId: 'visit_4kT8sW2nQe', question: 'recommend', value: 9, path: '/s/shop/quarterly-nps', lang: 'en', channel: 'store', campaign: 'receipts' },
    },
    answer: { status: 202, description: 'Stored (or dropped as a bot, answered the same).', schema: acceptedSchema },
    errors: {
      403: "The Origin is not the collector's, or the token is forged or signed for another survey.",
      404: 'No live survey at this address.',
      410: 'The signed link has expired.',
    },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/surveys/:survey/qr.svg',
    tag: 'Surveys outside the website',
    summary: "A printable QR code (SVG) of the survey's hosted page for a channel and campaign; `download` to save it as a file",
    query: { schema: surveyQrQuerySchema, example: { channel: 'store', campaign: 'receipts' } },
    answer: { status: 200, description: 'The QR code of `/s/:siteKey/:survey?channel=…&campaign=…` at the public URL.', contentType: 'image/svg+xml' },
    errors: { 404: 'No such survey.' },
  },
];
