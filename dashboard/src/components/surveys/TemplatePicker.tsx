import type { SurveyInput } from '../../../../shared/schemas/survey.ts';
import { SURVEY_TEMPLATES } from './surveyTemplates.ts';
import './TemplatePicker.css';

interface Props {
  /** Keys already taken: a template whose key is taken says so. */
  takenKeys: string[];
  onPick: (survey: SurveyInput) => void;
  onCancel?: () => void;
}

/** What a new survey starts from: the two most shops need, or a blank one. */
export function TemplatePicker({ takenKeys, onPick, onCancel }: Props) {
  return (
    <section class="panel card template-picker" aria-labelledby="template-title">
      <div class="panel-head">
        <h2 id="template-title">Start a survey</h2>
        {onCancel && (
          <button type="button" class="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <ul class="template-list">
        {SURVEY_TEMPLATES.map((template) => {
          const survey = template.survey();
          const taken = survey.key !== '' && takenKeys.includes(survey.key);
          return (
            <li key={template.name} class="template-card">
              <h3>{template.name}</h3>
              <p class="muted">{template.description}</p>
              {taken && <p class="template-taken">This site has it already; starting from it makes a copy.</p>}
              <button
                type="button"
                class="button"
                onClick={() => onPick(taken ? { ...survey, key: `${survey.key}-2`, name: `${survey.name} (copy)` } : survey)}
              >
                Use<span class="visually-hidden"> the {template.name} template</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
