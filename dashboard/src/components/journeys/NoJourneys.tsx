import '../EmptyState.css';

/** A site without journeys: say what one is and offer to declare the usual one. */
export function NoJourneys({ onCreate }: { onCreate: () => void }) {
  return (
    <section class="empty-state card" aria-labelledby="no-journeys-title">
      <h2 id="no-journeys-title">Declare a journey to see where shoppers drop out</h2>
      <p>
        A journey is a series of steps, such as cart → shipping → payment, completed by a thank-you page. Each step is
        a set of pages (an exact path, a path prefix, or a pattern with <code>*</code>). The widget then records how far
        every visit gets, and asks shoppers who leave mid-way what stopped them.
      </p>
      <p class="muted">Journeys can also be declared in the pages' markup or by script; those appear here once used.</p>
      <div>
        <button type="button" class="button button-primary needs-member" onClick={onCreate}>
          Declare a checkout journey
        </button>
      </div>
    </section>
  );
}

/** A journey with nothing in the chosen range. */
export function NoJourneyVisits({ name }: { name: string }) {
  return (
    <section class="empty-state card" aria-labelledby="no-visits-title">
      <h2 id="no-visits-title">No visits went through “{name}” in this range</h2>
      <p>
        Pick a longer range, or check that the widget is on the journey's pages and that its page rules match their
        paths.
      </p>
    </section>
  );
}
