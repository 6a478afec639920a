import type { AbandonStrings } from './abandonStrings.ts';

// Simplified Chinese. Same keys as en.ts.
export default {
  close: '关闭',
  send: '提交',
  sending: '正在提交…',
  thanks: '谢谢！',
  queued: '您似乎处于离线状态。您的反馈已保存，将自动提交。',
  failed: '抱歉，您的反馈未能提交。',
  abandonTitle: '是什么让您停下了？',
  other: '其他',
  otherLabel: '请告诉我们',
  chooseReason: '请先选择一个原因。',
  noThanks: '不用了，谢谢',
  abandonThanks: '这能帮助我们解决您遇到的问题。',
  commentLabel: '还有什么想说的吗？（选填）',
  reasons: {
    unexpected_costs: '意外的费用（运费、税费）',
    payment_failed: '付款失败或超时',
    missing_information: '找不到我需要的信息',
    form_confusing: '表单太长或令人困惑',
    technical_problem: '技术问题或错误',
    just_looking: '只是看看，稍后再来',
  },
} satisfies AbandonStrings;
