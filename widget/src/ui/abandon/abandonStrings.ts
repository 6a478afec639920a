// The words of "What stopped you?". Kept beside the dialog rather than in
// ui/strings.ts so tp.js, which every page loads, does not carry them; the
// words both dialogs use (Send, Close, Thank you!) come from ui/strings.ts.
export const ABANDON_STRINGS = {
  title: 'What stopped you?',
  other: 'Other',
  otherLabel: 'Please tell us',
  chooseReason: 'Please choose a reason first.',
  noThanks: 'No thanks',
  thanksBody: 'This helps us fix what got in your way.',
};
