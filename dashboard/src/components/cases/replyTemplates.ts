import type { ReplyLang } from '../../../../shared/schemas/cases.ts';

/** The reply's languages (the schema's list, without zod) with their names in the dashboard's language. */
export const REPLY_LANG_NAMES: Record<ReplyLang, string> = {
  en: 'English',
  'zh-CN': 'Chinese (Simplified)',
  'zh-TW': 'Chinese (Traditional)',
};

export interface ReplyTemplate {
  key: string;
  label: string;
  text: Record<ReplyLang, string>;
}

// Starting points a member edits before sending; the collector adds the greeting, the link back and the opt-out.
export const REPLY_TEMPLATES: readonly ReplyTemplate[] = [
  {
    key: 'fixed',
    label: 'We fixed it',
    text: {
      en: 'Thank you for telling us about this. We found the problem and fixed it, so it should work now. We are sorry for the trouble.',
      'zh-CN': '感谢您告诉我们这个问题。我们已经找到并修复了它，现在应该可以正常使用了。给您带来不便，我们深表歉意。',
      'zh-TW': '感謝您告訴我們這個問題。我們已經找到並修復了它，現在應該可以正常使用了。造成您的不便，我們深表歉意。',
    },
  },
  {
    key: 'looking',
    label: 'We are looking into it',
    text: {
      en: 'Thank you for your feedback. We are looking into what happened and will write again as soon as it is fixed.',
      'zh-CN': '感谢您的反馈。我们正在调查发生了什么，修复后会第一时间再联系您。',
      'zh-TW': '感謝您的回饋。我們正在調查發生了什麼，修復後會第一時間再聯繫您。',
    },
  },
  {
    key: 'more',
    label: 'Ask for details',
    text: {
      en: 'Thank you for your feedback. Could you tell us a little more about what happened, so we can put it right?',
      'zh-CN': '感谢您的反馈。能否再告诉我们一些具体情况，以便我们尽快解决？',
      'zh-TW': '感謝您的回饋。能否再告訴我們一些具體情況，以便我們盡快解決？',
    },
  },
];
