import type { FormStrings } from './formStrings.ts';

// Simplified Chinese. Same keys as en.ts.
export default {
  close: '关闭',
  send: '提交',
  sending: '正在提交…',
  thanks: '谢谢！',
  queued: '您似乎处于离线状态。您的反馈已保存，将自动提交。',
  failed: '抱歉，您的反馈未能提交。',
  dialogTitle: '您觉得这个页面怎么样？',
  ratingLegend: '您的评分',
  ratingLabels: ['很差', '较差', '一般', '良好', '很好'],
  commentLabel: '还有什么想说的吗？（选填）',
  commentPlaceholder: '哪些地方好，哪些地方不好？',
  chooseRating: '请先选择评分。',
  thanksBody: '您的反馈将帮助我们改进这个页面。',
  contactConsent: '就此事通过电子邮件联系我',
  contactEmail: '您的电子邮箱',
  contactInvalid: '请输入有效的电子邮箱地址。',
} satisfies FormStrings;
