import type { CaseVisit } from '../../../../shared/schemas/cases.ts';
import { deviceLabel, formatDateTime } from '../../format.ts';
import { PagePath } from '../PagePath.tsx';

/** Everything the visit did, oldest first; every value is the shopper's and shown as text. */
export function VisitStory({ visit }: { visit: CaseVisit }) {
  const attributes = Object.entries(visit.attributes);
  const moments = [
    ...visit.ratings.map((r) => ({ at: r.at, key: `r${r.id}`, what: <RatingMoment rating={r} /> })),
    ...visit.steps.map((s, i) => ({
      at: s.at,
      key: `s${i}`,
      what: (
        <>
          Journey <strong>{s.journey}</strong>: {stepEvent(s.event)} {s.step && <strong>{s.step}</strong>} on <PagePath path={s.path} />
        </>
      ),
    })),
    ...visit.answers.map((a, i) => ({
      at: a.at,
      key: `a${i}`,
      what: (
        <>
          Survey <strong>{a.survey}</strong>, {a.question}: <span class="shopper-text">{a.value ?? (a.score === null ? '—' : String(a.score))}</span>
        </>
      ),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section class="panel card" aria-labelledby="visit-title">
      <div class="panel-head">
        <h2 id="visit-title">The visit</h2>
      </div>
      <dl class="visit-facts">
        <div>
          <dt>Device</dt>
          <dd>{visit.device ? deviceLabel(visit.device) : 'Unknown'}</dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>{visit.lang ?? 'Unknown'}</dd>
        </div>
        <div>
          <dt>Visitor</dt>
          <dd>{visit.returning === null ? 'Unknown' : visit.returning ? 'Returning' : 'New'}</dd>
        </div>
        <div>
          <dt>Left from</dt>
          <dd>{visit.lastPath ? <PagePath path={visit.lastPath} /> : 'Unknown'}</dd>
        </div>
        {attributes.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {moments.length === 0 ? (
        <p class="empty-note muted">Nothing else was recorded for this visit.</p>
      ) : (
        <ol class="visit-moments" aria-label="What the visit did">
          {moments.map((m) => (
            <li key={m.key}>
              <time dateTime={m.at} class="muted">
                {formatDateTime(m.at)}
              </time>
              <span>{m.what}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RatingMoment({ rating }: { rating: CaseVisit['ratings'][number] }) {
  return (
    <>
      Rated <PagePath path={rating.path} /> <strong>{rating.rating ?? '—'}</strong>/5
      {rating.comment && (
        <>
          : <q class="shopper-text">{rating.comment}</q>
        </>
      )}
    </>
  );
}

function stepEvent(event: string): string {
  if (event === 'reached') return 'reached';
  if (event === 'abandoned') return 'left at';
  if (event === 'completed') return 'completed';
  return event;
}
