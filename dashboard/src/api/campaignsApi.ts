import type {
  Campaign,
  CampaignInput,
  CampaignList,
  CampaignPreview,
  CampaignSendResult,
  RecipientUploadResult,
  SendLog,
  SuppressionList,
} from '../../../shared/schemas/campaigns.ts';
import type { SurveyList } from '../../../shared/schemas/surveyAdmin.ts';
import { apiRequest } from './client.ts';

// E-mail campaigns and the suppression list (issue 17, invitations).

const sitePath = (siteKey: string) => `/api/sites/${encodeURIComponent(siteKey)}`;
const campaignPath = (siteKey: string, slug: string) => `${sitePath(siteKey)}/campaigns/${encodeURIComponent(slug)}`;

export const listCampaigns = (siteKey: string, signal?: AbortSignal) => apiRequest<CampaignList>(`${sitePath(siteKey)}/campaigns`, { signal });

export const createCampaign = (siteKey: string, campaign: CampaignInput) =>
  apiRequest<Campaign>(`${sitePath(siteKey)}/campaigns`, { method: 'POST', body: campaign });

export const getCampaign = (siteKey: string, slug: string, signal?: AbortSignal) => apiRequest<Campaign>(campaignPath(siteKey, slug), { signal });

export const deleteCampaign = (siteKey: string, slug: string) => apiRequest<void>(campaignPath(siteKey, slug), { method: 'DELETE' });

export const uploadRecipients = (siteKey: string, slug: string, csv: string) =>
  apiRequest<RecipientUploadResult>(`${campaignPath(siteKey, slug)}/recipients`, { method: 'POST', body: { csv } });

export const previewCampaign = (siteKey: string, slug: string, lang: string, signal?: AbortSignal) =>
  apiRequest<CampaignPreview>(`${campaignPath(siteKey, slug)}/preview?${new URLSearchParams({ lang })}`, { signal });

export const sendCampaign = (siteKey: string, slug: string) => apiRequest<CampaignSendResult>(`${campaignPath(siteKey, slug)}/send`, { method: 'POST' });

export const remindCampaign = (siteKey: string, slug: string) => apiRequest<CampaignSendResult>(`${campaignPath(siteKey, slug)}/remind`, { method: 'POST' });

export const campaignLog = (siteKey: string, slug: string, limit: number, signal?: AbortSignal) =>
  apiRequest<SendLog>(`${campaignPath(siteKey, slug)}/log?${new URLSearchParams({ limit: String(limit) })}`, { signal });

/** The site's surveys, to pick the one a campaign asks. */
export const listSurveyChoices = (siteKey: string, signal?: AbortSignal) => apiRequest<SurveyList>(`${sitePath(siteKey)}/surveys`, { signal });

export const listSuppressions = (siteKey: string, signal?: AbortSignal) => apiRequest<SuppressionList>(`${sitePath(siteKey)}/suppressions`, { signal });

export const addSuppression = (siteKey: string, email: string) => apiRequest<void>(`${sitePath(siteKey)}/suppressions`, { method: 'POST', body: { email } });

export const removeSuppression = (siteKey: string, email: string) =>
  apiRequest<void>(`${sitePath(siteKey)}/suppressions/${encodeURIComponent(email)}`, { method: 'DELETE' });
