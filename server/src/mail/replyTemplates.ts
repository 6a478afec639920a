import type { ReplyLang } from '../../../shared/schemas/cases.ts';

interface ReplyWords {
  subject: (site: string) => string;
  greeting: string;
  back: string;
  optOut: string;
}

/** The words around a member's reply, per language; the reply itself is the member's. */
const WORDS: Record<ReplyLang, ReplyWords> = {
  en: {
    subject: (site) => `About your feedback on ${site}`,
    greeting: 'Hello,',
    back: 'Come back to the shop:',
    optOut: 'To get no more e-mail about your feedback, open:',
  },
  'zh-CN': {
    subject: (site) => `关于您在 ${site} 的反馈`,
    greeting: '您好，',
    back: '欢迎回到商店：',
    optOut: '如不想再收到关于您反馈的邮件，请打开：',
  },
  'zh-TW': {
    subject: (site) => `關於您在 ${site} 的意見回饋`,
    greeting: '您好，',
    back: '歡迎回到商店：',
    optOut: '如不想再收到關於您意見回饋的郵件，請開啟：',
  },
};

/** The template for a shopper's language tag: Traditional Chinese for zh-TW/HK/MO/Hant, Simplified for other zh, else English. */
export function replyLangFor(tag: string | null): ReplyLang {
  const lang = (tag ?? '').toLowerCase().replace('_', '-');
  if (!lang.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)\b/.test(lang) ? 'zh-TW' : 'zh-CN';
}

/** The mail a reply becomes: the member's text between the greeting and the two links. */
export function composeReply(input: { lang: ReplyLang; siteName: string; text: string; backUrl: string; optOutUrl: string }): {
  subject: string;
  text: string;
} {
  const words = WORDS[input.lang];
  return {
    subject: words.subject(input.siteName),
    text: [words.greeting, '', input.text, '', `${words.back} ${input.backUrl}`, '', '--', `${words.optOut} ${input.optOutUrl}`, ''].join('\n'),
  };
}
