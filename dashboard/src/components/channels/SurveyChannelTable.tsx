import type { Channels, SurveyChannelRow } from '../../../../shared/schemas/channels.ts';
import { formatCount } from '../../format.ts';
import { SurveyScoreFigure } from '../surveys/SurveyScoreFigure.tsx';
import { SCORE_KIND, SCORE_MEANINGS, SCORE_NAMES } from '../surveys/surveyScoreFormat.ts';
import { ChannelRowCells } from './ChannelScoreCell.tsx';
import { ChannelTableFrame } from './ChannelTableFrame.tsx';

function Row({ row, channels }: { row: SurveyChannelRow; channels: Channels['surveyChannels'] }) {
  const kind = SCORE_KIND[row.scoreType];
  return (
    <tr>
      <th scope="row">
        <span class="channel-row-name">{row.name}</span>
        <span class="channel-row-score">
          {SCORE_NAMES[row.scoreType]}: {SCORE_MEANINGS[row.scoreType]}
          {row.questionText && <> (“{row.questionText}”)</>}
        </span>
        <span class="channel-row-n muted">
          {formatCount(row.n)} {row.n === 1 ? 'answer' : 'answers'}
        </span>
      </th>
      <ChannelRowCells
        cells={row.cells}
        channels={channels}
        what="answers"
        score={(cell) => ({ kind, result: cell.score, figure: <SurveyScoreFigure type={row.scoreType} result={cell.score} /> })}
      />
    </tr>
  );
}

/** Surveys down, channels across: each survey's score per channel, against the web's on the same survey. */
export function SurveyChannelTable({ data }: { data: Channels }) {
  return (
    <ChannelTableFrame
      label="Survey scores per channel"
      caption="Each survey's score per channel, with the share of each survey's answers and the difference from the web"
      rowsAre="Survey"
      shareOf="Share of answers"
      channels={data.surveyChannels}
    >
      {data.surveys.map((row) => (
        <Row key={row.survey} row={row} channels={data.surveyChannels} />
      ))}
    </ChannelTableFrame>
  );
}
