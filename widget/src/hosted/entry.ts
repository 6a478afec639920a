import type { HostedPageData } from '../../../shared/schemas/hostedSurvey.ts';
import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';
import { rightToLeftLanguage } from '../../../shared/widgetLanguage.ts';
import type { SurveyWords } from '../i18n/strings/surveyWords.ts';
import themeCss from '../launcher/theme.css?inline';
import { nextQuestion, shouldAsk, type Answers } from '../surveys/branching.ts';
import surveyCss from '../surveys/dialog/survey.css?inline';
import { surveyForm } from '../surveys/dialog/surveyForm.ts';
import { overrideLanguages, surveyStrings } from '../surveys/surveyStrings.ts';
import { newId } from '../transport/newId.ts';
import { applyAppearance } from '../ui/appearance.ts';
import dialogCss from '../ui/dialog/dialog.css?inline';
import { el } from '../ui/dialog/el.ts';
import hostedCss from './hosted.css?inline';
import { sendHostedInput, type PageInput } from './sendHostedInput.ts';

const WORDS: Record<WidgetLanguage, () => Promise<{ default: SurveyWords }>> = {
  en: () => import('../i18n/strings/en.ts'),
  'zh-CN': () => import('../i18n/strings/zh-CN.ts'),
  'zh-TW': () => import('../i18n/strings/zh-TW.ts'),
};

/**
 * Entry of the hosted survey page (`GET /s/:siteKey/:survey`), a build of its
 * own beside tp.js: the widget's survey form, styles and words, drawn in the
 * page instead of a dialog, from the data the collector put in the page. The
 * questions already answered through a one-click score link are skipped.
 */
async function start(): Promise<void> {
  const data = JSON.parse(document.getElementById('tp-survey-data')!.textContent!) as HostedPageData;
  const t = surveyStrings((await WORDS[data.widgetLang]()).default, data.strings, overrideLanguages(data.widgetLang, data.lang));
  const visitId = data.visitId ?? newId();
  const path = location.pathname;
  const send = (input: PageInput) =>
    sendHostedInput(data.site, data.survey, data.link, input).catch((error) => console.warn('[touchpoint]', error));
  const event = (name: 'shown' | 'completed') => void send({ type: 'survey_event', id: newId(), visitId, event: name, path });

  const host = document.createElement('touchpoint-survey');
  host.lang = data.widgetLang;
  if (rightToLeftLanguage(data.lang)) host.dir = 'rtl';
  applyAppearance(host, data.appearance);
  const root = host.attachShadow({ mode: 'open' });
  // Constructable stylesheets: the page's CSP allows no inline style.
  root.adoptedStyleSheets = [themeCss, dialogCss, surveyCss, hostedCss].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });

  const thanks = () => el('div', { class: 'thanks', role: 'status', tabindex: '-1' }, el('h2', { class: 'title' }, t.thanks), el('p', {}, t.surveyThanks));
  const answered: Answers = {};
  for (const question of data.questions) {
    const value = data.answered[question.id];
    if (value !== undefined) answered[question.id] = { type: question.type, value };
  }
  // The questions still to ask: the answered ones left out, and a follow-up
  // of an answered one kept or dropped as the stored answer says.
  const questions = data.questions
    .filter((q) => !answered[q.id] && (!q.showIf || !answered[q.showIf.question] || shouldAsk(q, answered)))
    .map((q) => (q.showIf && answered[q.showIf.question] ? { ...q, showIf: undefined } : q));
  const done = nextQuestion(questions, {}, -1) < 0;
  const content = done
    ? thanks()
    : surveyForm(
        {
          strings: t,
          questions,
          answer: (question, value) => void send({ type: 'survey_answer', id: newId(), visitId, question: question.id, value, path, lang: data.lang }),
          onComplete: () => event('completed'),
        },
        (form) => {
          const panel = thanks();
          form.replaceWith(panel);
          panel.focus();
        },
      );
  root.append(el('section', { class: 'dialog survey hosted', 'aria-label': t.survey }, content));
  document.getElementById('tp-main')!.append(host);
  // A signed link's events are stored once whatever the visits (their ids are the link's):
  // one whose score left nothing to ask completed the survey with that click.
  event('shown');
  if (done) event('completed');
}

start().catch((error) => console.warn('[touchpoint]', error));
