import { escapeHtml } from '../../mail/escapeHtml.ts';
import type { DigestDocument, DigestItem } from './digestDocument.ts';

// Mail clients drop <style> blocks and ignore classes: the little styling there is goes inline.
const FONT = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,'PingFang SC','Microsoft YaHei',sans-serif;";
const link = (href: string, label: string) => `<a href="${escapeHtml(href)}" style="color:#1d4ed8">${escapeHtml(label)}</a>`;

function item(entry: DigestItem): string {
  const text = entry.href ? link(entry.href, entry.text) : escapeHtml(entry.text);
  const quotes = (entry.quotes ?? [])
    .map((q) => `<blockquote style="margin:4px 0 0 0;padding-left:8px;border-left:3px solid #d1d5db;color:#4b5563">${escapeHtml(q)}</blockquote>`)
    .join('');
  return `<li style="margin:0 0 8px 0">${text}${quotes}</li>`;
}

/** The HTML part: the same words as the text part, every one of them escaped (labels, paths and comments come from shoppers and members). */
export function digestHtml(doc: DigestDocument): string {
  const sections = doc.sections
    .map(
      (s) =>
        `<h2 style="font-size:16px;margin:24px 0 8px 0">${escapeHtml(s.heading)}</h2>` +
        `<ul style="padding-left:20px;margin:0">${s.items.map(item).join('')}</ul>` +
        `<p style="margin:8px 0 0 0">${link(s.link.href, s.link.label)}</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(doc.subject)}</title></head>
<body style="${FONT}font-size:14px;line-height:1.5;color:#111827;max-width:640px;margin:0 auto;padding:16px">
<p>${escapeHtml(doc.intro)}</p>
${sections}
<hr style="border:0;border-top:1px solid #e5e7eb;margin:24px 0 8px 0">
<p style="color:#6b7280;font-size:12px">${escapeHtml(doc.footer)} ${link(doc.footerLink.href, doc.footerLink.label)}</p>
</body></html>
`;
}
