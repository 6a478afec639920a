import { useState } from 'preact/hooks';
import type { Campaign } from '../../../../shared/schemas/campaigns.ts';
import { previewCampaign } from '../../api/campaignsApi.ts';
import { useRequest } from '../../hooks/useRequest.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';

/**
 * The mail as a recipient in each language gets it. The HTML is drawn in a
 * frame with `sandbox=""` (no script, no forms, its own origin) from `srcdoc`:
 * names in it came from an uploaded list.
 */
export function CampaignPreviewPane({ siteKey, campaign }: { siteKey: string; campaign: Campaign }) {
  const langs = Object.keys(campaign.messages);
  const [lang, setLang] = useState(campaign.defaultLang);
  const preview = useRequest((signal) => previewCampaign(siteKey, campaign.slug, lang, signal), [siteKey, campaign.slug, lang]);
  return (
    <section class="panel card" aria-labelledby="preview-title">
      <div class="panel-head">
        <h2 id="preview-title">Preview</h2>
        <div class="campaign-lang-tabs" role="group" aria-label="Language">
          {langs.map((tag) => (
            <button key={tag} type="button" class="button button-quiet" aria-pressed={tag === lang} onClick={() => setLang(tag)}>
              {tag}
            </button>
          ))}
        </div>
      </div>
      {preview.error && <ErrorNotice title="Could not draw the preview" error={preview.error} onRetry={preview.retry} />}
      {preview.data && (
        <>
          <p class="campaign-preview-subject">
            <span class="muted">Subject:</span> <strong>{preview.data.subject}</strong>
          </p>
          <iframe class="campaign-preview-frame" title={`The invitation in ${preview.data.lang}`} sandbox="" srcdoc={preview.data.html} />
          <details>
            <summary>Text version</summary>
            <pre class="campaign-preview-text">{preview.data.text}</pre>
          </details>
        </>
      )}
    </section>
  );
}
