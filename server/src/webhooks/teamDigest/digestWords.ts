import type { CaseStatus } from '../../../../shared/schemas/cases.ts';
import type { MailLang } from '../../../../shared/mailLangs.ts';

type Flag = 'new' | 'growing';

export interface DigestWords {
  subject: (team: string, site: string, from: string, to: string) => string;
  intro: (team: string, site: string, from: string, to: string) => string;
  casesHeading: string;
  openSummary: (open: number, overdue: number) => string;
  caseLine: (id: number, status: string, opened: string, overdue: boolean) => string;
  status: Record<CaseStatus, string>;
  noOpen: string;
  inbox: string;
  problemsHeading: string;
  problem: (label: string, context: string | null, flag: Flag, impact: number, before: number) => string;
  noProblems: string;
  fixFirst: string;
  journeyMap: string;
  scoresHeading: string;
  names: { avgRating: string; csat: string; netExperience: string; negativeRatings: string; abandonments: string };
  withRatings: (value: string, n: number) => string;
  colon: string;
  noRatings: string;
  score: (name: string, now: string, before: string) => string;
  change: (delta: string, low: string, high: string, significant: boolean) => string;
  tooFew: string;
  count: (name: string, now: number, before: number, significant: boolean) => string;
  points: string;
  loopHeading: string;
  loopOpened: (cases: number, actedOn: number, rate: string) => string;
  loopRate: (told: number, closed: number, rate: string) => string;
  noneClosed: string;
  loopPage: string;
  footer: (hour: string, timeZone: string) => string;
  routing: string;
}

/** The digest's words per team language; every number and name is filled in by the caller. */
export const DIGEST_WORDS: Record<MailLang, DigestWords> = {
  en: {
    subject: (team, site, from, to) => `Weekly digest for ${team}, ${site}: ${from} to ${to}`,
    intro: (team, site, from, to) => `${team} on ${site}, the week of ${from} to ${to}.`,
    casesHeading: 'Open cases',
    openSummary: (open, overdue) => `${open} open, ${overdue} of them overdue.`,
    caseLine: (id, status, opened, overdue) => `Case #${id}, ${status}, opened ${opened}${overdue ? ', overdue' : ''}`,
    status: { new: 'new', in_progress: 'in progress', waiting_on_customer: 'waiting on the customer', resolved: 'resolved', wont_fix: "won't fix" },
    noOpen: 'No open cases.',
    inbox: 'The inbox',
    problemsHeading: 'New and growing problems',
    problem: (label, context, flag, impact, before) =>
      `${label}${context ? ` (${context})` : ''}: ${flag === 'new' ? 'new' : 'growing'}, ${impact} customers hurt this week, ${before} the week before.`,
    noProblems: 'None routed to the team this week.',
    fixFirst: 'Fix first',
    journeyMap: 'The journey map',
    scoresHeading: 'Scores, this week against the week before (site-wide)',
    names: { avgRating: 'Average rating', csat: 'CSAT', netExperience: 'Net experience', negativeRatings: 'Ratings of 1–2', abandonments: 'Abandonments' },
    withRatings: (value, n) => `${value} (${n} ${n === 1 ? 'rating' : 'ratings'})`,
    colon: ': ',
    noRatings: 'no ratings',
    score: (name, now, before) => `${name}: ${now}; the week before ${before}`,
    change: (delta, low, high, significant) => `. Change ${delta}, 95% interval ${low} to ${high}: ${significant ? 'a real change' : 'within chance'}.`,
    tooFew: '. Too few ratings to compare.',
    count: (name, now, before, significant) => `${name}: ${now}; the week before ${before}: ${significant ? 'a real change' : 'within chance'}.`,
    points: ' points',
    loopHeading: 'Closing the loop',
    loopOpened: (cases, actedOn, rate) => `${cases} ${cases === 1 ? 'case' : 'cases'} opened this week, ${actedOn} acted on (${rate}).`,
    loopRate: (told, closed, rate) => `Loop rate: the shopper was answered in ${told} of the ${closed} closed cases (${rate}).`,
    noneClosed: 'None of them closed yet.',
    loopPage: 'The Loop page',
    footer: (hour, timeZone) => `Touchpoint sends this digest on Mondays at ${hour} (${timeZone}).`,
    routing: "Change the team's address or language on the Routing page",
  },
  'zh-CN': {
    subject: (team, site, from, to) => `每周摘要：${team}，${site}（${from} 至 ${to}）`,
    intro: (team, site, from, to) => `${site} 上 ${team} 的一周：${from} 至 ${to}。`,
    casesHeading: '未结案例',
    openSummary: (open, overdue) => `${open} 个未结，其中 ${overdue} 个已逾期。`,
    caseLine: (id, status, opened, overdue) => `案例 #${id}，${status}，${opened} 创建${overdue ? '，已逾期' : ''}`,
    status: { new: '新建', in_progress: '处理中', waiting_on_customer: '等待顾客', resolved: '已解决', wont_fix: '不处理' },
    noOpen: '没有未结案例。',
    inbox: '收件箱',
    problemsHeading: '新出现和加剧的问题',
    problem: (label, context, flag, impact, before) =>
      `${label}${context ? `（${context}）` : ''}：${flag === 'new' ? '新问题' : '正在加剧'}，本周 ${impact} 位顾客受影响，前一周 ${before} 位。`,
    noProblems: '本周没有分派给该团队的新问题或加剧的问题。',
    fixFirst: '优先修复',
    journeyMap: '旅程地图',
    scoresHeading: '评分：本周与前一周对比（全站）',
    names: { avgRating: '平均评分', csat: 'CSAT（满意度）', netExperience: '净体验值', negativeRatings: '1–2 分评分', abandonments: '放弃次数' },
    withRatings: (value, n) => `${value}（${n} 个评分）`,
    colon: '：',
    noRatings: '无评分',
    score: (name, now, before) => `${name}：${now}；前一周 ${before}`,
    change: (delta, low, high, significant) => `。变化 ${delta}，95% 置信区间 ${low} 至 ${high}：${significant ? '显著变化' : '在随机波动范围内'}。`,
    tooFew: '。评分太少，无法比较。',
    count: (name, now, before, significant) => `${name}：${now}；前一周 ${before}：${significant ? '显著变化' : '在随机波动范围内'}。`,
    points: ' 个百分点',
    loopHeading: '闭环',
    loopOpened: (cases, actedOn, rate) => `本周新建 ${cases} 个案例，已处理 ${actedOn} 个（${rate}）。`,
    loopRate: (told, closed, rate) => `闭环率：已关闭的 ${closed} 个案例中，${told} 个已答复顾客（${rate}）。`,
    noneClosed: '尚无已关闭的案例。',
    loopPage: '闭环页面',
    footer: (hour, timeZone) => `Touchpoint 每周一 ${hour}（${timeZone}）发送此摘要。`,
    routing: '在“路由”页面更改团队的邮箱或语言',
  },
  'zh-TW': {
    subject: (team, site, from, to) => `每週摘要：${team}，${site}（${from} 至 ${to}）`,
    intro: (team, site, from, to) => `${site} 上 ${team} 的一週：${from} 至 ${to}。`,
    casesHeading: '未結案件',
    openSummary: (open, overdue) => `${open} 件未結，其中 ${overdue} 件已逾期。`,
    caseLine: (id, status, opened, overdue) => `案件 #${id}，${status}，${opened} 建立${overdue ? '，已逾期' : ''}`,
    status: { new: '新建', in_progress: '處理中', waiting_on_customer: '等待顧客', resolved: '已解決', wont_fix: '不處理' },
    noOpen: '沒有未結案件。',
    inbox: '收件匣',
    problemsHeading: '新出現與加劇的問題',
    problem: (label, context, flag, impact, before) =>
      `${label}${context ? `（${context}）` : ''}：${flag === 'new' ? '新問題' : '正在加劇'}，本週 ${impact} 位顧客受影響，前一週 ${before} 位。`,
    noProblems: '本週沒有分派給此團隊的新問題或加劇的問題。',
    fixFirst: '優先修復',
    journeyMap: '旅程地圖',
    scoresHeading: '評分：本週與前一週比較（全站）',
    names: { avgRating: '平均評分', csat: 'CSAT（滿意度）', netExperience: '淨體驗值', negativeRatings: '1–2 分評分', abandonments: '放棄次數' },
    withRatings: (value, n) => `${value}（${n} 則評分）`,
    colon: '：',
    noRatings: '無評分',
    score: (name, now, before) => `${name}：${now}；前一週 ${before}`,
    change: (delta, low, high, significant) => `。變化 ${delta}，95% 信賴區間 ${low} 至 ${high}：${significant ? '顯著變化' : '在隨機波動範圍內'}。`,
    tooFew: '。評分太少，無法比較。',
    count: (name, now, before, significant) => `${name}：${now}；前一週 ${before}：${significant ? '顯著變化' : '在隨機波動範圍內'}。`,
    points: ' 個百分點',
    loopHeading: '閉環',
    loopOpened: (cases, actedOn, rate) => `本週新建 ${cases} 件案件，已處理 ${actedOn} 件（${rate}）。`,
    loopRate: (told, closed, rate) => `閉環率：已結案的 ${closed} 件中，${told} 件已回覆顧客（${rate}）。`,
    noneClosed: '尚無已結案的案件。',
    loopPage: '閉環頁面',
    footer: (hour, timeZone) => `Touchpoint 每週一 ${hour}（${timeZone}）寄送此摘要。`,
    routing: '可在「路由」頁面變更團隊的電子郵件或語言',
  },
};
