// Every string a shopper sees in tp.js and the feedback form, in one place so translations
// can replace them. "What stopped you?" keeps its own words in ui/abandon/abandonStrings.ts,
// out of tp.js; it shares these for Send, Close and the thank-you.
export const STRINGS = {
  tab: 'Feedback',
  dialogTitle: 'How was this page?',
  close: 'Close',
  ratingLegend: 'Your rating',
  ratingLabels: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'],
  commentLabel: 'Anything to add? (optional)',
  commentPlaceholder: 'What worked, what did not?',
  send: 'Send',
  sending: 'Sending…',
  chooseRating: 'Please choose a rating first.',
  thanks: 'Thank you!',
  thanksBody: 'Your feedback helps us make this page better.',
  queued: 'You seem to be offline. We saved your feedback and will send it automatically.',
  failed: 'Sorry, your feedback could not be sent.',
  loadFailed: 'The feedback form could not be loaded. Please try again later.',
};

export type Strings = typeof STRINGS;
