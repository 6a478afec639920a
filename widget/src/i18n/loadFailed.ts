import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';

/** The tab's tooltip when a form could not be loaded; part of the core chunk, so tp.js stays small. */
export const LOAD_FAILED: Record<WidgetLanguage, string> = {
  en: 'Could not load. Please try again later.',
  'zh-CN': '加载失败，请稍后再试。',
  'zh-TW': '載入失敗，請稍後再試。',
};
