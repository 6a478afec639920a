import type { SurveyAnswerInput } from '../../../shared/schemas/response.ts';
import type { Question, Survey } from '../../../shared/schemas/survey.ts';
import { isOnScale, isScoreQuestionType, SCORE_SCALES } from '../../../shared/surveyScales.ts';
import type { NewSurveyAnswer } from '../db/queries/surveys/insertSurveyAnswer.ts';
import { invalidField } from '../http/invalidField.ts';
import { scrubPersonalData } from '../privacy/scrubPersonalData.ts';
import type { StoreMeta } from './storeMeta.ts';
import { visitorColumns } from './visitorColumns.ts';

/**
 * The `survey_answers` row of one answered question, checked against the
 * survey as defined now: the question exists and the value fits its type
 * (a score on its scale, option ids it offers, some text). Open text and
 * attribute values are scrubbed of contact details, as comments are.
 * `survey` undefined: no such survey on the site (a 400 naming `survey`).
 */
export function surveyAnswerRow(survey: Survey | undefined, input: Omit<SurveyAnswerInput, 'site'>, meta: StoreMeta): NewSurveyAnswer {
  if (!survey) throw invalidField(`${meta.at}survey`, `${input.survey} is not a survey of this site`);
  const question = survey.questions.find((q) => q.id === input.question);
  if (!question) throw invalidField(`${meta.at}question`, `${input.question} is not a question of the survey ${survey.key}`);
  return {
    id: input.id,
    siteId: meta.siteId,
    visitId: input.visitId,
    survey: survey.key,
    question: question.id,
    questionType: question.type,
    ...storedValue(question, input.value, `${meta.at}value`),
    path: input.path,
    lang: input.lang,
    device: meta.device,
    ...visitorColumns(input),
    createdAt: meta.createdAt,
    receivedAt: meta.receivedAt,
  };
}

function storedValue(question: Question, value: SurveyAnswerInput['value'], at: string): { score?: number; value?: string } {
  if (isScoreQuestionType(question.type)) {
    const { min, max } = SCORE_SCALES[question.type];
    if (typeof value !== 'number' || !isOnScale(question.type, value)) {
      throw invalidField(at, `a ${question.type} answer is a whole number from ${min} to ${max}`);
    }
    return { score: value };
  }
  switch (question.type) {
    case 'single_choice': {
      if (typeof value !== 'string') throw invalidField(at, 'a single choice answer is one option id');
      checkOptions(question.options, [value], at);
      return { value: JSON.stringify([value]) };
    }
    case 'multiple_choice': {
      if (!Array.isArray(value) || value.length === 0) throw invalidField(at, 'a multiple choice answer is a list of option ids');
      if (new Set(value).size !== value.length) throw invalidField(at, 'list each option once');
      checkOptions(question.options, value, at);
      return { value: JSON.stringify(value) };
    }
    case 'open_text': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (!text) throw invalidField(at, 'an open text answer is some text');
      return { value: scrubPersonalData(text) };
    }
  }
  throw invalidField(at, `answers to ${question.type} questions are not accepted`);
}

function checkOptions(options: readonly { id: string }[], chosen: readonly string[], at: string): void {
  const unknown = chosen.find((id) => !options.some((option) => option.id === id));
  if (unknown !== undefined) throw invalidField(at, `${unknown} is not one of this question's options`);
}
