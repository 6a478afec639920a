import {
  campaignInputSchema,
  campaignListSchema,
  campaignPreviewQuerySchema,
  campaignPreviewSchema,
  campaignSchema,
  campaignSendResultSchema,
  recipientUploadResultSchema,
  recipientUploadSchema,
  sendLogQuerySchema,
  sendLogSchema,
  suppressionInputSchema,
  suppressionListSchema,
} from '../../../../shared/schemas/campaigns.ts';
import type { ApiOperation } from '../apiOperation.ts';

const CAMPAIGN = {
  slug: 'post-purchase',
  name: 'After an order',
  survey: 'quarterly-nps',
  messages: {
    en: { subject: 'How was your order, {{name}}?', intro: 'Thank you for order {{order_id}}. One click tells us how we did.' },
    'zh-CN': { subject: '{{name}}，您的订单体验如何？', intro: '感谢您的订单 {{order_id}}。点一下告诉我们做得怎么样。' },
  },
  defaultLang: 'en',
  throttlePerMinute: 60,
  reminderAfterDays: 3,
};
const PATH = '/api/sites/:siteKey/campaigns/:campaign';

/** routes/campaigns.ts, routes/suppressions.ts */
export const campaignOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/sites/:siteKey/campaigns',
    tag: 'Campaigns',
    summary: 'The site’s e-mail campaigns, newest first, each with its counts (sent, answered, unsubscribed, failed…)',
    answer: { status: 200, description: 'The campaigns.', schema: campaignListSchema },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/campaigns',
    tag: 'Campaigns',
    summary: 'Create a draft campaign: the survey, the subject and introduction per language, the pace, the reminder',
    body: { schema: campaignInputSchema, example: CAMPAIGN },
    answer: { status: 201, description: 'The campaign.', schema: campaignSchema },
    errors: { 409: 'The slug is taken, or the site has no such survey.' },
  },
  { method: 'get', path: PATH, tag: 'Campaigns', summary: 'One campaign with its counts', answer: { status: 200, description: 'The campaign.', schema: campaignSchema } },
  {
    method: 'delete',
    path: PATH,
    tag: 'Campaigns',
    summary: 'Delete a campaign with its recipients’ addresses and its mail, sent or waiting',
    answer: { status: 204, description: 'Deleted.' },
  },
  {
    method: 'post',
    path: `${PATH}/recipients`,
    tag: 'Campaigns',
    summary: 'Add recipients from a CSV (email, name, language; other columns become attributes); unused rows come back with their line',
    body: { schema: recipientUploadSchema, example: { csv: 'email,name,language,order_id\nmei@example.com,Mei,zh-CN,1042\n' } },
    answer: { status: 200, description: 'How many were added, and each row that was not (invalid, duplicate, suppressed).', schema: recipientUploadResultSchema },
  },
  {
    method: 'get',
    path: `${PATH}/preview`,
    tag: 'Campaigns',
    summary: 'The invitation as a recipient in a language gets it: subject, text and HTML with the first question’s score buttons',
    query: { schema: campaignPreviewQuerySchema, example: { lang: 'zh-CN' } },
    answer: { status: 200, description: 'The mail.', schema: campaignPreviewSchema },
  },
  {
    method: 'post',
    path: `${PATH}/send`,
    tag: 'Campaigns',
    summary: 'Queue an invitation for every recipient not invited yet, released at the campaign’s pace; suppressed addresses skipped',
    answer: { status: 200, description: 'How many were queued and skipped, and when the last is released.', schema: campaignSendResultSchema },
    errors: { 409: 'Nobody is left to invite, or the survey was deleted.' },
  },
  {
    method: 'post',
    path: `${PATH}/remind`,
    tag: 'Campaigns',
    summary: 'The one reminder: to recipients who were sent the invitation and neither answered nor unsubscribed',
    answer: { status: 200, description: 'How many were queued.', schema: campaignSendResultSchema },
    errors: { 409: 'Not sent yet, or the reminder was already sent.' },
  },
  {
    method: 'get',
    path: `${PATH}/log`,
    tag: 'Campaigns',
    summary: 'The send log: each recipient in list order with their state (queued, sending, sent, failed, suppressed, answered, unsubscribed)',
    query: { schema: sendLogQuerySchema, example: { limit: '100', offset: '0' } },
    answer: { status: 200, description: 'One page of recipients.', schema: sendLogSchema },
  },
  {
    method: 'get',
    path: '/api/sites/:siteKey/suppressions',
    tag: 'Campaigns',
    summary: 'The suppression list: addresses no campaign, reminder or reply goes to',
    answer: { status: 200, description: 'The addresses, newest first.', schema: suppressionListSchema },
  },
  {
    method: 'post',
    path: '/api/sites/:siteKey/suppressions',
    tag: 'Campaigns',
    summary: 'Add an address to the suppression list (its waiting campaign mail is dropped)',
    body: { schema: suppressionInputSchema, example: { email: 'jo@example.com' } },
    answer: { status: 204, description: 'On the list.' },
  },
  {
    method: 'delete',
    path: '/api/sites/:siteKey/suppressions/:email',
    tag: 'Campaigns',
    summary: 'Take an address off the suppression list',
    answer: { status: 204, description: 'Off the list.' },
  },
];
