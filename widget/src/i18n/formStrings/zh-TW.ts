import type { FormStrings } from './formStrings.ts';

// Traditional Chinese (Taiwan usage). Same keys as en.ts.
export default {
  close: '關閉',
  send: '送出',
  sending: '正在送出…',
  thanks: '謝謝！',
  queued: '您似乎已離線。您的意見已儲存，將自動送出。',
  failed: '抱歉，您的意見無法送出。',
  dialogTitle: '您覺得這個頁面如何？',
  ratingLegend: '您的評分',
  ratingLabels: ['很差', '不好', '普通', '良好', '很好'],
  commentLabel: '還有什麼想說的嗎？（選填）',
  commentPlaceholder: '哪些地方好，哪些地方不好？',
  chooseRating: '請先選擇評分。',
  thanksBody: '您的意見將幫助我們改善這個頁面。',
  contactConsent: '就此事以電子郵件聯絡我',
  contactEmail: '您的電子郵件',
  contactInvalid: '請輸入有效的電子郵件地址。',
} satisfies FormStrings;
