import type { EventPayload } from '../../../shared/schemas/webhook.ts';

/** Slack's mrkdwn treats these three as markup; everything shoppers wrote goes through here or into plain_text. */
function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function stars(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating));
}

interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

function feedbackMessage(payload: EventPayload, dashboardUrl?: string): SlackMessage {
  const d = payload.data;
  const rating = typeof d.rating === 'number' ? d.rating : typeof d.score === 'number' ? d.score : undefined;
  const page = str(d.path) ?? '(no page)';
  const reason = str(d.reasonLabel) ?? str(d.reason);
  const comment = str(d.comment) ?? str(d.otherText) ?? (d.questionType === 'open_text' ? str(d.value) : undefined);
  const score = rating === undefined ? 'no score' : d.type === 'page_rating' ? `${stars(rating)} ${rating}/5` : String(rating);
  const caseId = typeof d.caseId === 'number' || typeof d.caseId === 'string' ? String(d.caseId) : undefined;
  const caseLink = caseId && dashboardUrl ? `${dashboardUrl.replace(/\/$/, '')}/cases?site=${encodeURIComponent(payload.site)}&case=${encodeURIComponent(caseId)}` : undefined;
  const text = [`New feedback on ${page}: ${score}`, reason && `reason: ${reason}`, comment && `"${comment}"`].filter(Boolean).join(' · ');
  const fields = [
    { type: 'mrkdwn', text: `*Score*\n${escape(score)}` },
    { type: 'mrkdwn', text: `*Page*\n${escape(page)}` },
    ...(reason ? [{ type: 'mrkdwn', text: `*Reason*\n${escape(reason)}` }] : []),
  ];
  return {
    text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'New feedback' } },
      { type: 'section', fields },
      // plain_text: nothing a shopper writes can turn into a link or a mention.
      ...(comment ? [{ type: 'section', text: { type: 'plain_text', text: comment, emoji: false } }] : []),
      ...(caseLink ? [{ type: 'section', text: { type: 'mrkdwn', text: `<${caseLink}|Open case ${escape(caseId ?? '')}>` } }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `${escape(payload.site)} · ${escape(payload.createdAt)}` }] },
    ],
  };
}

function summaryText(payload: EventPayload): string {
  const d = payload.data;
  const name = str(d.label) ?? str(d.title) ?? str(d.key);
  const label = payload.type.replace('.', ' ').replace('_', ' ');
  return [label, name && `: ${name}`, str(d.flag) && ` (${d.flag})`, str(d.status) && ` → ${d.status}`].filter(Boolean).join('');
}

/** A Slack incoming-webhook message for an event: a readable text fallback and blocks. */
export function slackMessage(payload: EventPayload, dashboardUrl?: string): SlackMessage {
  if (payload.type === 'feedback.created') return feedbackMessage(payload, dashboardUrl);
  const text = `${summaryText(payload)} (${payload.site})`;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'plain_text', text, emoji: false } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `${escape(payload.site)} · ${escape(payload.createdAt)}` }] },
    ],
  };
}
