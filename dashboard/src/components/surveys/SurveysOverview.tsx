import type { Survey, SurveyInput } from '../../../../shared/schemas/survey.ts';
import type { SurveyList as SurveyListData } from '../../../../shared/schemas/surveyAdmin.ts';
import { CooldownSetting } from './CooldownSetting.tsx';
import { SurveyList } from './SurveyList.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';

/** The site's surveys with their figures (or, before the first, what a survey does and the templates), the cooldown and how to report events. */
export function SurveysOverview(props: {
  data: SurveyListData;
  siteKey: string;
  picking: boolean;
  busyKey: string | null;
  hrefFor: (key: string) => string;
  onPick: (survey: SurveyInput) => void;
  onCancelPick: () => void;
  onResults: (key: string) => void;
  onEdit: (key: string) => void;
  onStatus: (key: string, status: Survey['status']) => void;
  onCooldown: () => void;
}) {
  const { data } = props;
  const takenKeys = data.surveys.map((s) => s.key);
  return (
    <>
      {data.surveys.length === 0 ? (
        <>
          <section class="empty-state card" aria-labelledby="no-surveys-title">
            <h2 id="no-surveys-title">Ask shoppers at the right moment</h2>
            <p>
              A survey asks one to five questions (NPS, CSAT, CES, thumbs, choices or open text) when something happens
              on the page: after an order, on a page view, after some time or scrolling, or when the shopper is about to
              leave. Answers count as they are given, so a survey left half-way still tells you something.
            </p>
            <p class="muted">Start from a template below: no code is needed, other than one <code>touchpoint('track', …)</code> call for event triggers.</p>
          </section>
          <TemplatePicker takenKeys={takenKeys} onPick={props.onPick} />
        </>
      ) : (
        <>
          {props.picking && <TemplatePicker takenKeys={takenKeys} onPick={props.onPick} onCancel={props.onCancelPick} />}
          <section class="panel card" aria-labelledby="surveys-title">
            <div class="panel-head">
              <h2 id="surveys-title">Your surveys</h2>
              <p class="muted panel-note">Figures for the range above; the score is the first score question's</p>
            </div>
            <SurveyList
              surveys={data.surveys}
              figures={data.figures}
              busyKey={props.busyKey}
              hrefFor={props.hrefFor}
              onResults={props.onResults}
              onEdit={props.onEdit}
              onStatus={props.onStatus}
            />
          </section>
        </>
      )}
      <div class="panel-grid">
        <CooldownSetting siteKey={props.siteKey} cooldownDays={data.cooldownDays} onSaved={props.onCooldown} />
        <section class="panel card" aria-labelledby="track-title">
          <div class="panel-head">
            <h2 id="track-title">Event triggers</h2>
          </div>
          <p class="track-help">
            A survey triggered by an event waits for the page to report it, for example on the order confirmation page:
          </p>
          <pre class="code-block">{"touchpoint('track', 'order_completed');"}</pre>
          <p class="muted track-help">Live surveys reach pages with the widget's configuration, within a minute of a change.</p>
        </section>
      </div>
    </>
  );
}
