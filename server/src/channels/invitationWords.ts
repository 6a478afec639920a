import type { ScoreQuestionType } from '../../../shared/surveyScales.ts';

// The fixed words of an invitation, per language; the campaign gives the
// subject and the introduction. The score questions' default texts are the
// widget's (widget/src/i18n/strings/), which the server may not import.

export type InvitationLang = 'en' | 'zh-CN' | 'zh-TW';

export interface InvitationWords {
  question: Record<ScoreQuestionType, string>;
  low: Partial<Record<ScoreQuestionType, string>>;
  high: Partial<Record<ScoreQuestionType, string>>;
  thumbs: [string, string];
  clickScore: string;
  openSurvey: string;
  reminder: string;
  unsubscribe: string;
  unsubscribeLink: string;
}

export const INVITATION_WORDS: Record<InvitationLang, InvitationWords> = {
  en: {
    question: {
      nps: 'How likely are you to recommend us to a friend or colleague?',
      csat: 'How satisfied are you with your experience?',
      ces: 'How easy was it to do what you came to do?',
      thumbs: 'Were you happy with your experience?',
    },
    low: { nps: 'Not at all likely', csat: 'Very dissatisfied', ces: 'Very difficult' },
    high: { nps: 'Extremely likely', csat: 'Very satisfied', ces: 'Very easy' },
    thumbs: ['No', 'Yes'],
    clickScore: 'Click a score to answer:',
    openSurvey: 'Or answer the whole survey:',
    reminder: 'A gentle reminder, in case our first message was missed.',
    unsubscribe: 'To get no more survey invitations from us, open:',
    unsubscribeLink: 'Unsubscribe',
  },
  'zh-CN': {
    question: {
      nps: '您有多大可能向朋友或同事推荐我们？',
      csat: '您对这次的体验满意吗？',
      ces: '完成您要办的事情有多容易？',
      thumbs: '您对这次的体验满意吗？',
    },
    low: { nps: '完全不可能', csat: '非常不满意', ces: '非常困难' },
    high: { nps: '非常可能', csat: '非常满意', ces: '非常容易' },
    thumbs: ['不满意', '满意'],
    clickScore: '点击一个分数即可作答：',
    openSurvey: '或填写完整问卷：',
    reminder: '温馨提醒：以防您错过了我们上一封邮件。',
    unsubscribe: '如不想再收到我们的问卷邀请，请打开：',
    unsubscribeLink: '退订',
  },
  'zh-TW': {
    question: {
      nps: '您有多大可能向朋友或同事推薦我們？',
      csat: '您對這次的體驗滿意嗎？',
      ces: '完成您要辦的事情有多容易？',
      thumbs: '您對這次的體驗滿意嗎？',
    },
    low: { nps: '完全不可能', csat: '非常不滿意', ces: '非常困難' },
    high: { nps: '非常可能', csat: '非常滿意', ces: '非常容易' },
    thumbs: ['不滿意', '滿意'],
    clickScore: '點選一個分數即可作答：',
    openSurvey: '或填寫完整問卷：',
    reminder: '溫馨提醒：以防您錯過了我們上一封郵件。',
    unsubscribe: '如不想再收到我們的問卷邀請，請開啟：',
    unsubscribeLink: '取消訂閱',
  },
};

/** The fixed words for a language tag: zh-TW for Traditional Chinese (TW, HK, MO, Hant), zh-CN for other Chinese, else English. */
export function invitationLangFor(lang: string): InvitationLang {
  const tag = lang.toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /-(tw|hk|mo|hant)\b/.test(tag) ? 'zh-TW' : 'zh-CN';
}

/** The campaign's message language for a recipient: the same tag, else the same primary language, else the default. */
export function messageLangFor(recipientLang: string | null, messageLangs: string[], defaultLang: string): string {
  if (!recipientLang) return defaultLang;
  const wanted = recipientLang.toLowerCase();
  const exact = messageLangs.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return messageLangs.find((l) => l.toLowerCase().split('-')[0] === primary) ?? defaultLang;
}
