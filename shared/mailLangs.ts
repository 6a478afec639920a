/** The languages Touchpoint writes e-mail in: to shoppers (replies) and to teams (alerts, the weekly digest). */
export const MAIL_LANGS = ['en', 'zh-CN', 'zh-TW'] as const;

export type MailLang = (typeof MAIL_LANGS)[number];
