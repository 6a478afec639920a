import { Hono, type Context } from 'hono';
import {
  campaignInputSchema,
  campaignPreviewQuerySchema,
  recipientUploadSchema,
  sendLogQuerySchema,
  type CampaignSendResult,
} from '../../../shared/schemas/campaigns.ts';
import type { AppDeps } from '../appContext.ts';
import { principalOf } from '../auth/principal.ts';
import { DEFAULT_MAIL_FROM } from '../cases/assignmentMail.ts';
import { addRecipients } from '../channels/addRecipients.ts';
import { previewCampaign } from '../channels/previewCampaign.ts';
import { remindCampaign, requireCampaign, sendCampaign, type CampaignMailContext, type QueueResult } from '../channels/queueCampaignMail.ts';
import { deleteCampaign } from '../db/queries/campaigns/findCampaign.ts';
import { insertCampaign } from '../db/queries/campaigns/insertCampaign.ts';
import { campaignWithCounts, listCampaigns } from '../db/queries/campaigns/listCampaigns.ts';
import { campaignSendLog } from '../db/queries/campaigns/sendLog.ts';
import { findSurvey } from '../db/queries/surveys/findSurvey.ts';
import { write } from '../db/write.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireSite } from '../http/params/requireSite.ts';
import { publicOrigin } from '../http/publicOrigin.ts';
import { readJsonBody } from '../http/readJsonBody.ts';
import { validate } from '../http/validate.ts';

const sendAnswer = (r: QueueResult): CampaignSendResult => ({ queued: r.queued, skipped: r.skipped, lastAt: r.lastAt === null ? null : new Date(r.lastAt).toISOString() });

/**
 * E-mail survey campaigns: `GET|POST …/campaigns`, `GET|DELETE …/campaigns/:campaign`,
 * `POST …/recipients` (a CSV, each unused row reported with its line), `GET …/preview?lang`,
 * `POST …/send` and `…/remind` (queued in the outbox at the campaign's pace; the relay sends them),
 * `GET …/log` (each recipient's state).
 */
export function campaignRoutes({ db, config }: AppDeps) {
  const mailContext = (c: Context): CampaignMailContext => ({
    publicUrl: publicOrigin(c, config),
    defaultFrom: config.mailFrom ?? DEFAULT_MAIL_FROM,
    now: config.now(),
  });
  const siteOf = (c: Context) => requireSite(db, c.req.param('siteKey')!);
  return new Hono()
    .get('/:siteKey/campaigns', (c) => c.json({ campaigns: listCampaigns(db, siteOf(c).id) }))
    .post('/:siteKey/campaigns', async (c) => {
      const site = siteOf(c);
      const input = validate(campaignInputSchema, await readJsonBody(c));
      if (!findSurvey(db, site.id, input.survey)) {
        throw new ApiError(409, 'conflict', `The site has no survey ${input.survey}.`);
      }
      const created = write(db, () => insertCampaign(db, site.id, input, principalOf(c).email, config.now()));
      if (!created) throw new ApiError(409, 'conflict', `The site already has a campaign ${input.slug}.`);
      return c.json(campaignWithCounts(db, requireCampaign(db, site.id, input.slug)), 201);
    })
    .get('/:siteKey/campaigns/:campaign', (c) => c.json(campaignWithCounts(db, requireCampaign(db, siteOf(c).id, c.req.param('campaign')))))
    .delete('/:siteKey/campaigns/:campaign', (c) => {
      const campaign = requireCampaign(db, siteOf(c).id, c.req.param('campaign'));
      write(db, () => deleteCampaign(db, campaign.id));
      return c.body(null, 204);
    })
    .post('/:siteKey/campaigns/:campaign/recipients', async (c) => {
      const site = siteOf(c);
      const { csv } = validate(recipientUploadSchema, await readJsonBody(c));
      return c.json(addRecipients(db, site.id, c.req.param('campaign'), csv, config.now()));
    })
    .get('/:siteKey/campaigns/:campaign/preview', (c) => {
      const { lang } = validate(campaignPreviewQuerySchema, c.req.query());
      return c.json(previewCampaign(db, siteOf(c), c.req.param('campaign'), lang, publicOrigin(c, config)));
    })
    .post('/:siteKey/campaigns/:campaign/send', (c) => {
      const result = sendCampaign(db, siteOf(c), c.req.param('campaign'), mailContext(c));
      config.mail?.kick();
      return c.json(sendAnswer(result));
    })
    .post('/:siteKey/campaigns/:campaign/remind', (c) => {
      const result = remindCampaign(db, siteOf(c), c.req.param('campaign'), mailContext(c));
      config.mail?.kick();
      return c.json(sendAnswer(result));
    })
    .get('/:siteKey/campaigns/:campaign/log', (c) => {
      const campaign = requireCampaign(db, siteOf(c).id, c.req.param('campaign'));
      return c.json(campaignSendLog(db, campaign.id, validate(sendLogQuerySchema, c.req.query())));
    });
}
