import type { ErrorIssue } from './schemas/error.ts';
import type { Survey } from './schemas/survey.ts';
import { isScoreQuestionType, SCORE_SCALES } from './surveyScales.ts';

/**
 * What the survey schema cannot say about one field alone: question and option
 * ids are unique, and a `showIf` names an earlier score question with bands its
 * scale has. The server refuses a survey with any of these (400, same paths as
 * the schema's); the editor can show them before saving.
 */
export function surveyIssues(survey: Pick<Survey, 'questions'>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const seen = new Map<string, number>();
  survey.questions.forEach((question, i) => {
    const at = `questions.${i}`;
    if (seen.has(question.id)) issues.push({ path: `${at}.id`, message: `question ${seen.get(question.id)! + 1} has the id ${question.id} too` });
    else seen.set(question.id, i);

    if ('options' in question) {
      const optionIds = new Set<string>();
      question.options.forEach((option, j) => {
        if (optionIds.has(option.id)) issues.push({ path: `${at}.options.${j}.id`, message: `another option has the id ${option.id}` });
        optionIds.add(option.id);
      });
    }

    if (!question.showIf) return;
    const target = survey.questions.findIndex((q) => q.id === question.showIf!.question);
    const asked = survey.questions[target];
    if (target < 0 || target >= i || !asked) {
      issues.push({ path: `${at}.showIf.question`, message: 'must be the id of an earlier question' });
    } else if (!isScoreQuestionType(asked.type)) {
      issues.push({ path: `${at}.showIf.question`, message: 'must be an NPS, CSAT, CES or thumbs question: only scores have bands' });
    } else {
      const bands = SCORE_SCALES[asked.type].bands;
      question.showIf.bands.forEach((band, j) => {
        if (!bands.includes(band)) issues.push({ path: `${at}.showIf.bands.${j}`, message: `a ${asked.type} answer is ${bands.join(', ')}` });
      });
    }
  });
  return issues;
}
