import type { WidgetLanguage } from '../../shared/schemas/survey.ts';
import type { ResponseInput } from '../../shared/schemas/response.ts';
import type { SendResult } from './transport/postResponse.ts';

/** What tp.js hands every lazily loaded chunk that sends or draws: the site, where to draw, how to send. */
export interface ChunkContext {
  api: string;
  site: string;
  /** The visit (tab session); undefined when sessionStorage is blocked. */
  visitId?: string;
  /** The page's language as recorded with answers: data-lang, else <html lang>. */
  lang?: string;
  /** The language of the bundled strings the forms show. */
  widgetLang: WidgetLanguage;
  root: ShadowRoot;
  addStyles(css: string): void;
  /** Through the outbox (`deliver`), so it survives a failure. */
  send(payload: ResponseInput): Promise<SendResult>;
  newId(): string;
}
