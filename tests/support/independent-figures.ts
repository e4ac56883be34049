// Headline figures computed straight from the base tables, independently of lib/indicators, for tests to compare
// the data layer and the pages with. `$1` is the city or county id.

/** Share (%) of rural programme schools (kindergartens and schools with a compulsory stage) in an urban-rural group. */
export function ruralGroupShareSql(place: "city_id" | "county_id"): string {
  // "Today" is Beijing's calendar day, as the app keeps memberships (not the database server's zone).
  return `
    SELECT 100.0 * avg((EXISTS (
             SELECT 1 FROM education_group_members m JOIN education_groups g ON g.id = m.group_id
             WHERE m.school_id = s.id AND g.is_urban_rural AND m.joined_on <= (now() AT TIME ZONE 'Asia/Shanghai')::date
               AND (m.left_on IS NULL OR m.left_on > (now() AT TIME ZONE 'Asia/Shanghai')::date)
           ))::int)::float8 AS share
    FROM schools s
    WHERE s.${place} = $1 AND s.is_active AND s.location_class IN ('TOWN_AREA', 'VILLAGE')
      AND s.level IN ('KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TWELVE_YEAR', 'COMPLETE_SECONDARY')`;
}
