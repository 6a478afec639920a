// A shopper who changes an answer sends it again; only the last answer of a
// visit to a question counts (SQLite takes the bare columns from the row with
// the max). Answers without a visit id count one by one.
export const LATEST_ANSWERS = `
  SELECT question, question_type, score, value, created_at, max(created_at) AS latest
    FROM survey_answers
   WHERE site_id = @siteId AND survey = @survey AND created_at >= @from AND created_at < @to
     AND (@device IS NULL OR device = @device)
   GROUP BY coalesce(visit_id, id), question`;
