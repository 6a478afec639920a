import type { WidgetLanguage } from '../../../shared/schemas/survey.ts';

/** Why a hosted survey page or a one-click link could not be shown. */
export type LinkProblem = 'not_found' | 'malformed' | 'forged' | 'expired' | 'elsewhere' | 'bad_score' | 'busy';

interface PageWords {
  noScript: string;
  problems: Record<LinkProblem, { title: string; body: string }>;
}

// The collector's own words on hosted survey pages, in the widget's three
// languages: the survey's words come with the widget's chunk.
export const HOSTED_PAGE_WORDS: Record<WidgetLanguage, PageWords> = {
  en: {
    noScript: 'This survey needs JavaScript. Please turn it on and reload the page.',
    problems: {
      not_found: { title: 'This survey is not open', body: 'It may have ended or not started yet. Thank you for wanting to answer.' },
      malformed: { title: 'This link is incomplete', body: 'Part of the link seems to be missing. Please open it again from the message you received, or copy all of it.' },
      forged: { title: 'This link is not valid', body: 'It was changed after it was sent, or it is no longer in use. Please use the link from the message you received.' },
      expired: { title: 'This link has expired', body: 'The survey it was sent for is closed to this link. Thank you for wanting to answer.' },
      elsewhere: { title: 'This link is for another survey', body: 'Please open the link exactly as you received it.' },
      bad_score: { title: 'That score is not on the scale', body: 'Please choose one of the scores in the message you received.' },
      busy: { title: 'Your score was not saved yet', body: 'We could not store it just now. Please click it again in a minute.' },
    },
  },
  'zh-CN': {
    noScript: '本问卷需要 JavaScript。请启用后重新加载页面。',
    problems: {
      not_found: { title: '此问卷未开放', body: '它可能已经结束或尚未开始。感谢您愿意作答。' },
      malformed: { title: '此链接不完整', body: '链接似乎缺少了一部分。请从您收到的消息中重新打开，或完整复制链接。' },
      forged: { title: '此链接无效', body: '链接在发送后被修改过，或已停止使用。请使用您收到的消息中的链接。' },
      expired: { title: '此链接已过期', body: '此链接对应的问卷已关闭。感谢您愿意作答。' },
      elsewhere: { title: '此链接属于另一份问卷', body: '请按收到时的原样打开链接。' },
      bad_score: { title: '该分数不在量表范围内', body: '请选择您收到的消息中的一个分数。' },
      busy: { title: '您的评分尚未保存', body: '我们暂时无法保存。请一分钟后再点击一次。' },
    },
  },
  'zh-TW': {
    noScript: '本問卷需要 JavaScript。請啟用後重新載入頁面。',
    problems: {
      not_found: { title: '此問卷未開放', body: '它可能已經結束或尚未開始。感謝您願意作答。' },
      malformed: { title: '此連結不完整', body: '連結似乎缺少了一部分。請從您收到的訊息中重新開啟，或完整複製連結。' },
      forged: { title: '此連結無效', body: '連結在傳送後被修改過，或已停止使用。請使用您收到的訊息中的連結。' },
      expired: { title: '此連結已過期', body: '此連結對應的問卷已關閉。感謝您願意作答。' },
      elsewhere: { title: '此連結屬於另一份問卷', body: '請按收到時的原樣開啟連結。' },
      bad_score: { title: '該分數不在量表範圍內', body: '請選擇您收到的訊息中的一個分數。' },
      busy: { title: '您的評分尚未儲存', body: '我們暫時無法儲存。請一分鐘後再點擊一次。' },
    },
  },
};

/** What each problem answers: gone for an expired link, refused for a forged or misplaced one. */
export const PROBLEM_STATUS: Record<LinkProblem, 400 | 403 | 404 | 410 | 429> = {
  not_found: 404,
  malformed: 400,
  forged: 403,
  expired: 410,
  elsewhere: 403,
  bad_score: 400,
  busy: 429,
};
