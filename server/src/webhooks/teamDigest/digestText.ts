import type { DigestDocument } from './digestDocument.ts';

/** The plain-text part: readable on its own, every link written out. */
export function digestText(doc: DigestDocument): string {
  const lines = [doc.intro];
  for (const section of doc.sections) {
    lines.push('', section.heading, '-'.repeat(Math.min(60, [...section.heading].length * 2)));
    for (const item of section.items) {
      lines.push(`- ${item.text}`);
      if (item.href) lines.push(`  ${item.href}`);
      for (const q of item.quotes ?? []) lines.push(`  “${q}”`);
    }
    lines.push(`${section.link.label}${doc.colon}${section.link.href}`);
  }
  lines.push('', '--', doc.footer, `${doc.footerLink.label}${doc.colon}${doc.footerLink.href}`, '');
  return lines.join('\n');
}
