import type { SurveyWords } from './surveyWords.ts';

// Simplified Chinese. Same keys as en.ts.
export default {
  close: '关闭',
  send: '提交',
  thanks: '谢谢！',
  survey: '简短调查',
  next: '下一题',
  chooseAnswer: '请先选择一个答案。',
  chooseAll: '可多选。',
  surveyThanks: '您的回答将帮助我们改进。',
  nps: '您有多大可能向朋友或同事推荐我们？',
  npsLow: '完全不可能',
  npsHigh: '非常可能',
  csat: '您对今天的体验满意吗？',
  csatLow: '非常不满意',
  csatHigh: '非常满意',
  ces: '完成您要办的事情有多容易？',
  cesLow: '非常困难',
  cesHigh: '非常容易',
  thumbs: '这个页面对您有帮助吗？',
  yes: '有',
  no: '没有',
} satisfies SurveyWords;
