// Every word a shopper sees in a survey, in English; zh-CN.ts and zh-TW.ts
// have the same keys, and each language is a chunk of its own. Apart from the
// feedback form's and "What stopped you?"'s words (formStrings/), so a survey
// loads only what it shows. The keys are public: a survey's `strings` can
// override any of them per language (see surveys/surveyStrings.ts).
export default {
  close: 'Close',
  send: 'Send',
  thanks: 'Thank you!',
  survey: 'Quick survey',
  next: 'Next',
  chooseAnswer: 'Please choose an answer first.',
  chooseAll: 'Choose all that apply.',
  surveyThanks: 'Your answers help us improve.',
  nps: 'How likely are you to recommend us to a friend or colleague?',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csat: 'How satisfied are you with your experience today?',
  csatLow: 'Very dissatisfied',
  csatHigh: 'Very satisfied',
  ces: 'How easy was it to do what you came here to do?',
  cesLow: 'Very difficult',
  cesHigh: 'Very easy',
  thumbs: 'Was this page helpful?',
  yes: 'Yes',
  no: 'No',
};
