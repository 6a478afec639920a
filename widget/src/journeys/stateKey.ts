/** sessionStorage key of the visit's journeys; tp.js loads the journeys chunk on any page while it is set. */
export const JOURNEY_STATE_KEY = 'touchpoint:journeys';
