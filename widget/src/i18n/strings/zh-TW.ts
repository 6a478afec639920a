import type { SurveyWords } from './surveyWords.ts';

// Traditional Chinese (Taiwan usage). Same keys as en.ts.
export default {
  close: '關閉',
  send: '送出',
  thanks: '謝謝！',
  survey: '簡短問卷',
  next: '下一題',
  chooseAnswer: '請先選擇一個答案。',
  chooseAll: '可複選。',
  surveyThanks: '您的回答將幫助我們改善。',
  nps: '您有多大可能向朋友或同事推薦我們？',
  npsLow: '完全不可能',
  npsHigh: '非常可能',
  csat: '您對今天的體驗滿意嗎？',
  csatLow: '非常不滿意',
  csatHigh: '非常滿意',
  ces: '完成您要辦的事情有多容易？',
  cesLow: '非常困難',
  cesHigh: '非常容易',
  thumbs: '這個頁面對您有幫助嗎？',
  yes: '有',
  no: '沒有',
} satisfies SurveyWords;
