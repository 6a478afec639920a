import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';

/**
 * The only words tp.js shows itself: the tab, and its tooltip when a form could
 * not be loaded. Everything else is in strings/, one chunk per language, loaded
 * with the first form.
 */
export const TAB_STRINGS: Record<WidgetLanguage, [tab: string, loadFailed: string]> = {
  en: ['Feedback', 'Could not load. Please try again later.'],
  'zh-CN': ['意见反馈', '加载失败，请稍后再试。'],
  'zh-TW': ['意見回饋', '載入失敗，請稍後再試。'],
};
