import type { ReplyLang } from '../../../shared/schemas/cases.ts';
import { escapeHtml } from './escapeHtml.ts';

// The pages behind a mail's unsubscribe link, in the language of the mail it
// came in: a customer invited in Chinese must not meet an English page.

interface OptOutWords {
  title: string;
  question: (site: string) => string;
  button: string;
  doneTitle: string;
  done: (site: string) => string;
}

const WORDS: Record<ReplyLang, OptOutWords> = {
  en: {
    title: 'Unsubscribe',
    question: (site) => `Get no more e-mail from ${site}: no survey invitations, reminders or replies to your feedback?`,
    button: 'Unsubscribe',
    doneTitle: 'Unsubscribed',
    done: (site) => `You will get no more e-mail from ${site}.`,
  },
  'zh-CN': {
    title: '退订',
    question: (site) => `不再接收来自${site}的任何邮件（问卷邀请、提醒或对您反馈的回复）？`,
    button: '退订',
    doneTitle: '已退订',
    done: (site) => `您将不会再收到来自${site}的邮件。`,
  },
  'zh-TW': {
    title: '取消訂閱',
    question: (site) => `不再接收來自${site}的任何郵件（問卷邀請、提醒或對您意見的回覆）？`,
    button: '取消訂閱',
    doneTitle: '已取消訂閱',
    done: (site) => `您將不會再收到來自${site}的郵件。`,
  },
};

function page(lang: ReplyLang, title: string, body: string): string {
  // No script and no outside resource: the page works under any policy.
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><body style="font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;
}

/** The confirmation a GET shows (mail scanners open links: only the button's POST unsubscribes). */
export function optOutConfirmPage(lang: ReplyLang, siteName: string): string {
  const w = WORDS[lang];
  return page(
    lang,
    w.title,
    `<h1>${escapeHtml(w.title)}</h1><p>${escapeHtml(w.question(siteName))}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(w.button)}</button></form>`,
  );
}

/** What the POST answers, the one-click request of a mail client or the page's button. */
export function optOutDonePage(lang: ReplyLang, siteName: string): string {
  const w = WORDS[lang];
  return page(lang, w.doneTitle, `<h1>${escapeHtml(w.doneTitle)}</h1><p>${escapeHtml(w.done(siteName))}</p>`);
}
