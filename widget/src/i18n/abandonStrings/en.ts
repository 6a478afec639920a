// Every word a shopper sees in "What stopped you?", in English. zh-CN.ts
// and zh-TW.ts have the same keys; each language is a chunk of its own,
// loaded only when the question is about to be asked.
export default {
  close: 'Close',
  send: 'Send',
  sending: 'Sending…',
  thanks: 'Thank you!',
  queued: 'You seem to be offline. We saved your feedback and will send it automatically.',
  failed: 'Sorry, your feedback could not be sent.',
  abandonTitle: 'What stopped you?',
  other: 'Other',
  otherLabel: 'Please tell us',
  chooseReason: 'Please choose a reason first.',
  noThanks: 'No thanks',
  abandonThanks: 'This helps us fix what got in your way.',
  commentLabel: 'Anything to add? (optional)',
  // DEFAULT_ABANDON_REASONS' labels (shared/abandonReasons.ts), kept in step by widget/test/defaultReasons.test.ts.
  reasons: {
    unexpected_costs: 'Unexpected costs (shipping, taxes)',
    payment_failed: 'Payment failed or timed out',
    missing_information: "Couldn't find information I needed",
    form_confusing: 'The form was too long or confusing',
    technical_problem: 'Technical problem or error',
    just_looking: 'Just looking / will come back later',
  } as Record<string, string>,
};
