import { useState } from 'preact/hooks';
import { hostedSurveyUrl } from '../../../../shared/hostedSurveyUrl.ts';
import { campaignSchema, LINK_CHANNELS, type LinkChannel } from '../../../../shared/schemas/hostedSurvey.ts';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import { surveyQrPath } from '../../api/surveysApi.ts';
import { Field } from '../form/Field.tsx';
import { SnippetBox } from '../SnippetBox.tsx';
import './SurveySharePanel.css';

const CHANNEL_LABELS: Record<LinkChannel, string> = {
  web: 'Web link (shared anywhere)',
  store: 'In store (receipt, poster, counter)',
  sms: 'Text message',
  email: 'E-mail',
};

interface Props {
  siteKey: string;
  survey: string;
  status: Survey['status'];
}

/**
 * "Share outside the website": the survey's own page for a channel and
 * campaign, as a link to copy and a printable QR code; answers arrive with
 * that channel and campaign (e-mail invitations sign their own links).
 */
export function SurveySharePanel({ siteKey, survey, status }: Props) {
  const [channel, setChannel] = useState<LinkChannel>('store');
  const [campaign, setCampaign] = useState('');
  const checked = campaign === '' ? undefined : campaignSchema.safeParse(campaign);
  const link = { channel, campaign: checked?.success ? checked.data : undefined };
  const url = hostedSurveyUrl(location.origin, siteKey, survey, link);

  return (
    <section class="panel card share-panel" aria-labelledby="share-title">
      <div class="panel-head">
        <div>
          <h2 id="share-title">Share outside the website</h2>
          <p class="muted">
            The survey on a page of its own, for a link or a QR code. Answers count here with their channel and campaign.
            {status !== 'live' && ' The page opens once the survey is live.'}
          </p>
        </div>
      </div>
      <div class="share-grid">
        <div class="share-fields">
          <Field id="share-channel" label="Channel">
            <select id="share-channel" class="input" value={channel} onChange={(e) => setChannel(e.currentTarget.value as LinkChannel)}>
              {LINK_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="share-campaign"
            label="Campaign (optional)"
            help={checked && !checked.success ? 'Use lowercase letters, digits, - and _ (up to 40).' : 'A short name, e.g. spring-receipts.'}
          >
            <input
              id="share-campaign"
              class="input"
              value={campaign}
              maxLength={40}
              aria-invalid={checked ? !checked.success : undefined}
              aria-describedby="share-campaign-help"
              onInput={(e) => setCampaign(e.currentTarget.value.trim())}
            />
          </Field>
          <SnippetBox label="Survey link" code={url} />
        </div>
        <figure class="share-qr">
          <img src={surveyQrPath(siteKey, survey, link)} width={176} height={176} alt={`QR code of ${url}`} />
          <figcaption class="share-qr-links">
            <a href={surveyQrPath(siteKey, survey, link, true)} download>
              Download SVG
            </a>
            <a href={surveyQrPath(siteKey, survey, link)} target="_blank" rel="noopener">
              Open to print
            </a>
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
