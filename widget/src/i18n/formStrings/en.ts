// Every word a shopper sees in the feedback form, in English ("What stopped
// you?" has its own in abandonStrings/, surveys theirs in strings/, so each form
// loads only what it shows). zh-CN.ts and zh-TW.ts have the same keys; each
// language is a chunk of its own, so a page loads only its own.
export default {
  // Every form's sending words (ui/dialog/sendForm.ts)
  close: 'Close',
  send: 'Send',
  sending: 'Sending…',
  thanks: 'Thank you!',
  queued: 'You seem to be offline. We saved your feedback and will send it automatically.',
  failed: 'Sorry, your feedback could not be sent.',
  // The feedback tab's form
  dialogTitle: 'How was this page?',
  ratingLegend: 'Your rating',
  ratingLabels: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'],
  commentLabel: 'Anything to add? (optional)',
  commentPlaceholder: 'What worked, what did not?',
  chooseRating: 'Please choose a rating first.',
  thanksBody: 'Your feedback helps us make this page better.',
  contactConsent: 'E-mail me about this',
  contactEmail: 'Your e-mail',
  contactInvalid: 'Please enter a valid e-mail address.',
};
