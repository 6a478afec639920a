import type { JourneyMap, JourneyMapStage, JourneyMapTouchpoint } from '../../../shared/schemas/journeyMap.ts';
import { addHistogram, ratingsIn } from '../../../shared/scores/ratingScale.ts';
import { MIN_SAMPLE } from '../../../shared/scores/scoreResult.ts';
import type { Db } from '../db/openDatabase.ts';
import type { StoredSite } from '../db/queries/sites/siteRow.ts';
import { withPeriods } from './experienceScores.ts';
import { periodOf } from './periodOf.ts';
import { loadTouchpointMap } from './loadTouchpointMap.ts';
import { periodFacts } from './periodFacts.ts';
import { siteJourneys } from './siteJourneys.ts';
import { emptyBucket, touchpointBuckets, TouchpointLookup, type Bucket } from './touchpointBuckets.ts';
import type { ViewPeriods } from './viewPeriods.ts';

const UNMAPPED_PAGES_SHOWN = 20;

/** The journey map: stages left to right, their touchpoints, and the pages no touchpoint claims. */
export function buildJourneyMap(db: Db, site: StoredSite, periods: ViewPeriods): JourneyMap {
  const map = loadTouchpointMap(db, site.id);
  const journeys = siteJourneys(db, site.id);
  const lookup = new TouchpointLookup(map.touchpoints);
  const current = periodFacts(db, periods.current, journeys);
  const previous = periodFacts(db, periods.previous, journeys);
  const now = touchpointBuckets(current.pages.values(), lookup);
  const before = touchpointBuckets(previous.pages.values(), lookup);
  const bucket = (buckets: Map<string | null, Bucket>, key: string | null) => buckets.get(key) ?? emptyBucket();

  const touchpoints: JourneyMapTouchpoint[] = map.touchpoints.map((touchpoint) => ({
    key: touchpoint.key,
    name: touchpoint.name,
    stage: touchpoint.stage,
    pages: bucket(now, touchpoint.key).paths.length,
    ...withPeriods(bucket(now, touchpoint.key), bucket(before, touchpoint.key)),
    worst: false,
  }));
  const worst = worstTouchpoint(touchpoints);
  if (worst) worst.worst = true;

  const stages: JourneyMapStage[] = map.stages.map((stage) => {
    const keys = map.touchpoints.filter((t) => t.stage === stage.key).map((t) => t.key);
    return {
      key: stage.key,
      name: stage.name,
      touchpoints: touchpoints.filter((t) => t.stage === stage.key),
      ...withPeriods(sumOf(keys.map((k) => bucket(now, k))), sumOf(keys.map((k) => bucket(before, k)))),
    };
  });

  const unmapped = bucket(now, null);
  const unmappedPages = unmapped.paths
    .map((path) => current.pages.get(path)!)
    .map((page) => ({ path: page.path, responses: ratingsIn(page.histogram), abandonments: page.abandonments }))
    .sort((a, b) => b.responses + b.abandonments - (a.responses + a.abandonments) || a.path.localeCompare(b.path));

  return {
    site: site.key,
    ...periodOf(periods.current),
    device: periods.current.device,
    previous: periodOf(periods.previous),
    minSample: MIN_SAMPLE,
    stages,
    unmapped: {
      ...withPeriods(unmapped, bucket(before, null)),
      pages: unmappedPages.slice(0, UNMAPPED_PAGES_SHOWN),
      pageCount: unmappedPages.length,
    },
    worst: worst?.key ?? null,
  };
}

/**
 * The touchpoint with the lowest net experience among those with enough data,
 * the busier one among equals; none unless at least two can be compared.
 */
function worstTouchpoint(touchpoints: JourneyMapTouchpoint[]): JourneyMapTouchpoint | undefined {
  const comparable = touchpoints.filter((t) => t.current.netExperience.enough);
  if (comparable.length < 2) return undefined;
  return comparable.reduce((worst, t) =>
    t.current.netExperience.value! < worst.current.netExperience.value! ||
    (t.current.netExperience.value === worst.current.netExperience.value && t.current.responses > worst.current.responses)
      ? t
      : worst,
  );
}

function sumOf(buckets: Bucket[]): Bucket {
  const total = emptyBucket();
  for (const b of buckets) {
    addHistogram(total.histogram, b.histogram);
    total.abandonments += b.abandonments;
    total.paths.push(...b.paths);
  }
  return total;
}
