import type { CampaignMessage } from '../../../shared/schemas/campaigns.ts';
import type { Question } from '../../../shared/schemas/survey.ts';
import { isScoreQuestionType } from '../../../shared/surveyScales.ts';
import { escapeHtml } from '../mail/escapeHtml.ts';
import type { InvitationWords } from './invitationWords.ts';

export interface InvitationContent {
  siteName: string;
  message: CampaignMessage;
  words: InvitationWords;
  /** What `{{name}}` and `{{column}}` in the subject and introduction become. */
  fields: Record<string, string>;
  /** What a field the recipient lacks becomes: nothing in a mail; in a preview, its name in brackets. */
  missingField?: (key: string) => string;
  /** The survey's first question, and its text in the message's language if the survey sets one. */
  question: Question | undefined;
  questionText: string | undefined;
  links: { surveyUrl: string; scores: { score: number; url: string }[] };
  unsubscribeUrl: string;
  reminder: boolean;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

/** `{{name}}`, `{{order_id}}`: the recipient's columns; one the row lacks becomes nothing. */
function fill(template: string, fields: Record<string, string>, missing: (key: string) => string = () => ''): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_all, key: string) => fields[key] ?? missing(key));
}

function questionLine(c: InvitationContent): string | undefined {
  const q = c.question;
  if (!q || !isScoreQuestionType(q.type)) return undefined;
  return c.questionText ?? q.text ?? c.words.question[q.type];
}

/** The label of a score button: thumbs read as words, the rest as numbers. */
function scoreLabel(c: InvitationContent, score: number): string {
  return c.question?.type === 'thumbs' ? c.words.thumbs[score]! : String(score);
}

/**
 * The invitation in text and HTML. The HTML is a table with legacy attributes
 * (bgcolor, cellpadding) beside inline styles: mail clients drop style sheets,
 * and the dashboard's preview (a sandboxed srcdoc frame under its CSP) drops
 * inline styles, so each still shows buttons. The buttons share the width in
 * equal cells, so eleven still fit a phone's screen. Every value is escaped: names
 * and columns come from an uploaded list.
 */
export function composeInvitation(c: InvitationContent): ComposedMail {
  const subject = fill(c.message.subject, c.fields, c.missingField).replace(/[\r\n]+/g, ' ').trim();
  const intro = fill(c.message.intro, c.fields, c.missingField);
  const question = questionLine(c);
  const type = c.question?.type;
  const low = type && isScoreQuestionType(type) ? c.words.low[type] : undefined;
  const high = type && isScoreQuestionType(type) ? c.words.high[type] : undefined;

  const text = [
    ...(c.reminder ? [c.words.reminder, ''] : []),
    intro,
    '',
    ...(question && c.links.scores.length
      ? [question, c.words.clickScore, ...c.links.scores.map((s) => `  ${scoreLabel(c, s.score)}: ${s.url}`), '']
      : []),
    `${c.words.openSurvey} ${c.links.surveyUrl}`,
    '',
    '--',
    c.siteName,
    `${c.words.unsubscribe} ${c.unsubscribeUrl}`,
    '',
  ].join('\n');

  const buttons = c.links.scores
    .map(
      (s) =>
        `<td align="center" height="40" bgcolor="#1f4fd1" style="background:#1f4fd1;border-radius:6px"><a href="${escapeHtml(s.url)}" style="display:block;padding:10px 0;color:#ffffff;font-weight:bold;text-decoration:none"><font color="#ffffff">${escapeHtml(scoreLabel(c, s.score))}</font></a></td>`,
    )
    .join('');
  const scale =
    question && buttons
      ? `<p style="font-weight:bold;margin:24px 0 8px">${escapeHtml(question)}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="3" border="0" style="table-layout:fixed;max-width:520px"><tr>${buttons}</tr></table>
${low || high ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="left" style="color:#555;font-size:13px"><font size="2">${escapeHtml(low ?? '')}</font></td><td align="right" style="color:#555;font-size:13px"><font size="2">${escapeHtml(high ?? '')}</font></td></tr></table>` : ''}`
      : '';
  const paragraphs = intro
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table role="presentation" width="100%" cellpadding="16" cellspacing="0" border="0" bgcolor="#f4f5f7"><tr><td align="center">
<table role="presentation" width="100%" cellpadding="24" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:560px;background:#ffffff;border-radius:8px;font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f"><tr><td align="left">
${c.reminder ? `<p style="color:#555;margin:0 0 12px"><i>${escapeHtml(c.words.reminder)}</i></p>\n` : ''}${paragraphs}
${scale}
<p style="margin:24px 0 0"><a href="${escapeHtml(c.links.surveyUrl)}" style="color:#1f4fd1">${escapeHtml(c.words.openSurvey.replace(/[:：]$/, ''))}</a></p>
<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 12px">
<p style="color:#666;font-size:13px;margin:0"><font size="2">${escapeHtml(c.siteName)} · <a href="${escapeHtml(c.unsubscribeUrl)}" style="color:#666">${escapeHtml(c.words.unsubscribeLink)}</a></font></p>
</td></tr></table>
</td></tr></table>
</body></html>`;
  return { subject, text, html };
}
