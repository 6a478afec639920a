import type { ChannelCell, ChannelRow, Channels } from '../../../shared/schemas/channels.ts';
import type { Channel } from '../../../shared/schemas/response.ts';
import { STAGE_KEYS } from '../../../shared/stages.ts';
import { averageRatingScore } from '../../../shared/scores/averageRating.ts';
import { compareScores } from '../../../shared/scores/compareScores.ts';
import { csatScore } from '../../../shared/scores/csat.ts';
import { netExperienceScore } from '../../../shared/scores/netExperience.ts';
import { addHistogram, emptyHistogram, ratingsIn, type RatingHistogram } from '../../../shared/scores/ratingScale.ts';
import { MIN_SAMPLE } from '../../../shared/scores/scoreResult.ts';
import type { Db } from '../db/openDatabase.ts';
import type { ViewRange } from '../db/queries/ranges/viewRange.ts';
import { getChannelRatingCounts } from '../db/queries/responses/getChannelRatingCounts.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { buildSurveyChannels } from './buildSurveyChannels.ts';
import { BASELINE, channelOrder, isWorse } from './channelOrder.ts';
import { loadTouchpointMap } from './loadTouchpointMap.ts';
import { periodOf } from './periodOf.ts';
import { TouchpointLookup } from './touchpointBuckets.ts';

type ByChannel = Map<Channel, RatingHistogram>;

function add(into: ByChannel, channel: Channel, histogram: RatingHistogram) {
  into.set(channel, addHistogram(into.get(channel) ?? emptyHistogram(), histogram));
}

function cellOf(channel: Channel, histogram: RatingHistogram, rowRatings: number, web: RatingHistogram | undefined): ChannelCell {
  const n = ratingsIn(histogram);
  const netExperience = netExperienceScore(histogram);
  const vsWeb = channel === BASELINE || !web ? null : compareScores(netExperience, netExperienceScore(web));
  return {
    channel,
    n,
    share: rowRatings === 0 ? 0 : n / rowRatings,
    netExperience,
    csat: csatScore(histogram),
    avgRating: averageRatingScore(histogram),
    vsWeb,
    worse: isWorse(vsWeb),
  };
}

function rowOf(identity: Pick<ChannelRow, 'touchpoint' | 'name' | 'stage'>, histograms: ByChannel, order: readonly Channel[]): ChannelRow {
  const n = [...histograms.values()].reduce((sum, histogram) => sum + ratingsIn(histogram), 0);
  const web = histograms.get(BASELINE);
  const cells = order.filter((channel) => histograms.has(channel)).map((channel) => cellOf(channel, histograms.get(channel)!, n, web));
  return { ...identity, n, cells };
}

/**
 * The channels side by side: per touchpoint (and all together), each
 * channel's page ratings scored as the journey map scores them, its share of
 * the touchpoint's ratings, and its net experience against the web's on the
 * same touchpoint with the MOVER interval of the difference (compareScores),
 * so "worse" means significantly worse for the same part of the journey, not
 * a channel that merely hears about harder parts of it. Then each survey's
 * score per channel, against the web's on the same survey (buildSurveyChannels).
 */
export function buildChannels(db: Db, site: StoredSite, range: ViewRange): Channels {
  const map = loadTouchpointMap(db, site.id);
  const lookup = new TouchpointLookup(map.touchpoints);
  const all: ByChannel = new Map();
  const byTouchpoint = new Map<string | null, ByChannel>();
  for (const { path, channel, histogram } of getChannelRatingCounts(db, range)) {
    const key = lookup.of(path)?.key ?? null;
    if (!byTouchpoint.has(key)) byTouchpoint.set(key, new Map());
    add(byTouchpoint.get(key)!, channel, histogram);
    add(all, channel, histogram);
  }

  const order = channelOrder([...all].map(([channel, histogram]) => [channel, ratingsIn(histogram)]));
  const touchpoints = [...map.touchpoints]
    .sort((a, b) => STAGE_KEYS.indexOf(a.stage) - STAGE_KEYS.indexOf(b.stage))
    .filter((touchpoint) => byTouchpoint.has(touchpoint.key))
    .map((touchpoint) => rowOf({ touchpoint: touchpoint.key, name: touchpoint.name, stage: touchpoint.stage }, byTouchpoint.get(touchpoint.key)!, order));
  const unmapped = byTouchpoint.get(null);
  if (unmapped) touchpoints.push(rowOf({ touchpoint: null, name: 'Pages on no touchpoint', stage: null }, unmapped, order));

  const surveyView = buildSurveyChannels(db, site.id, range);
  return {
    site: site.key,
    period: periodOf(range),
    minSample: MIN_SAMPLE,
    channels: order,
    all: rowOf({ touchpoint: null, name: 'All touchpoints', stage: null }, all, order),
    touchpoints,
    surveyChannels: surveyView.channels,
    surveys: surveyView.surveys,
  };
}
