import type { AbandonStrings } from './abandonStrings.ts';

// Traditional Chinese. Same keys as en.ts.
export default {
  close: '關閉',
  send: '送出',
  sending: '正在送出…',
  thanks: '謝謝！',
  queued: '您似乎已離線。您的意見已儲存，將自動送出。',
  failed: '抱歉，您的意見無法送出。',
  abandonTitle: '是什麼讓您停下來？',
  other: '其他',
  otherLabel: '請告訴我們',
  chooseReason: '請先選擇一個原因。',
  noThanks: '不用了，謝謝',
  abandonThanks: '這能幫助我們解決您遇到的問題。',
  commentLabel: '還有什麼想說的嗎？（選填）',
  reasons: {
    unexpected_costs: '意料之外的費用（運費、稅金）',
    payment_failed: '付款失敗或逾時',
    missing_information: '找不到我需要的資訊',
    form_confusing: '表單太長或令人困惑',
    technical_problem: '技術問題或錯誤',
    just_looking: '只是看看，之後再來',
  },
} satisfies AbandonStrings;
