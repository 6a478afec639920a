// Words too common to be a theme. Kept short and plain: a theme list full of
// "the" and "的" hides the words customers actually repeat.

/** English function words, pronouns, auxiliaries and filler ("very", "just"). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has
  hasn't have haven't having he her here hers herself him himself his how i i'm i've if in into is isn't it it's its itself
  just let's me more most my myself no nor not of off on once only or other ought our ours ourselves out over own same she
  should shouldn't so some such than that that's the their theirs them themselves then there there's these they they're this
  those through to too under until up very was wasn't we we're were weren't what what's when where which while who whom why
  will with won't would wouldn't you you're your yours yourself yourselves also get got really much many one thing things
  still even ever every way well yes ok okay im ive dont cant didnt doesnt isnt wasnt want wanted need needed add added
  later check checking make made go going see know think like try tried use used come back please thank thanks`
    .split(/\s+/)
    .filter(Boolean),
);

/** Chinese particles, pronouns and function words (simplified and traditional). */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 是 在 我 我的 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 就 也 都 和 与 及 而 但 但是 很 太 非常 有 没 没有 不 吗 呢 吧 啊
  呀 哦 嗯 个 一 一个 些 一些 把 被 给 让 对 从 到 为 为了 因为 所以 如果 还 还是 又 再 才 已经 可以 能 会 要 想 说 得 地 着 过
  自己 什么 怎么 这样 那样 時 個 這 們 還 會 說 沒 沒有 對 為 與 嗎 吗 啦 哈 真 真的 比较 有点 一点 只是 我要 另外 一件 最后 一直 还要 觉得 知道 不知道`
    .split(/\s+/)
    .filter(Boolean),
);
