import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';

/**
 * The only words tp.js shows itself: the tab's. Everything else is in the core
 * chunk (i18n/loadFailed.ts) or in the forms' words, a chunk per language.
 */
export const TAB_LABELS: Record<WidgetLanguage, string> = {
  en: 'Feedback',
  'zh-CN': '意见反馈',
  'zh-TW': '意見回饋',
};
