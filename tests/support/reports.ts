// Quarterly reports as tests fill them in and find them.

/**
 * Project and investment figures of a quarterly report that agree with each other (started ≤ planned, completed
 * ≤ started, spent ≤ budget), so that no cross-field rule refuses a report a test fills in.
 */
export const CONSISTENT_PROJECT_VALUES: Readonly<Record<string, number>> = {
  projects_planned: 10,
  projects_started: 8,
  projects_completed: 5,
  investment_budgeted: 1000,
  investment_completed: 900,
};

/**
 * The first county report of 济南's open quarter that waits for review, with its value of the indicator `$1`
 * (columns id, county_id, value): the demo data always has some.
 */
export const PENDING_JINAN_REPORT_SQL = `
  SELECT s.id, s.county_id, v.value::float8 AS value
  FROM submissions s
  JOIN reporting_periods p ON p.id = s.period_id
  JOIN cities ci ON ci.id = p.city_id
  JOIN submission_values v ON v.submission_id = s.id AND v.indicator_key = $1
  WHERE ci.name = '济南市' AND p.state = 'OPEN' AND s.state = 'SUBMITTED'
  ORDER BY s.county_id LIMIT 1`;
