// The briefing laid out as a Chinese government work briefing (工作简报): A4, title block with the issuing bureau
// and date, numbered sections, page numbers, black text, no decoration. Content comes composed from
// lib/briefings/compose-briefing.ts; this file only lays it out.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { BriefingContent, RankingRow } from "@/lib/briefings/compose-briefing";
import { ComparisonChartSvg, SparklineSvg, TrendChartSvg } from "./briefing-charts";
import { BriefingMapSvg } from "./briefing-map";
import { PDF_FONT_FAMILY } from "./fonts";

/** A4 width (595.28 pt) less the side margins. */
const CONTENT_WIDTH = 595.28 - 2 * 56;

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: 10.5,
    // No lineHeight here: inherited by the absolutely placed page footer, it keeps react-pdf from drawing it.
    paddingTop: 64,
    paddingBottom: 64,
    paddingHorizontal: 56,
    color: "#000000",
  },
  title: { fontSize: 20, fontWeight: 700, textAlign: "center", lineHeight: 1.4 },
  period: { fontSize: 12, textAlign: "center", marginTop: 6 },
  dateLine: {
    fontSize: 10.5,
    textAlign: "center",
    marginTop: 4,
    paddingBottom: 8,
    borderBottomWidth: 1,
    borderBottomColor: "#000000",
  },
  heading: { fontSize: 13, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  subheading: { fontSize: 11, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  paragraph: { textIndent: 21, marginBottom: 4, lineHeight: 1.3 },
  small: { fontSize: 8.5, lineHeight: 1.5, color: "#333333" },
  table: { borderTopWidth: 0.8, borderLeftWidth: 0.8, borderColor: "#000000", marginTop: 4 },
  row: { flexDirection: "row" },
  cell: {
    borderRightWidth: 0.8,
    borderBottomWidth: 0.8,
    borderColor: "#000000",
    paddingHorizontal: 3,
    paddingVertical: 1.5,
    fontSize: 8.5,
    lineHeight: 1.35,
  },
  headerCell: { fontWeight: 700, textAlign: "center" },
  chartTitle: { fontSize: 9, fontWeight: 700, marginTop: 6, marginBottom: 2 },
  footer: { position: "absolute", bottom: 28, left: 0, right: 0, textAlign: "center", fontSize: 9 },
});

interface Column<Row> {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
  cell: (row: Row, index: number) => string | number;
}

function Table<Row>({ columns, rows }: { columns: Column<Row>[]; rows: Row[] }) {
  return (
    <View style={styles.table}>
      <View style={styles.row} fixed>
        {columns.map((column) => (
          <Text key={column.header} style={[styles.cell, styles.headerCell, { width: column.width }]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={styles.row} wrap={false}>
          {columns.map((column) => (
            <Text
              key={column.header}
              style={[styles.cell, { width: column.width, textAlign: column.align ?? "left" }]}
            >
              {String(column.cell(row, index))}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * A numbered section. `lead` is laid out with the heading as one unbreakable block, for sections that open with a
 * tall unbreakable block (charts), where minPresenceAhead alone still lets the heading end a page.
 */
function Section({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const heading = (
    <Text style={styles.heading} minPresenceAhead={120}>
      {title}
    </Text>
  );
  return (
    <View>
      {lead ? (
        <View wrap={false}>
          {heading}
          {lead}
        </View>
      ) : (
        heading
      )}
      {children}
    </View>
  );
}

/** Share of the page's width of the city names in the province's cities × indicators table. */
const HEAT_NAME_SHARE = 0.12;

/**
 * Shares of the page's width of the ranking's columns: a city ranks counties with their kind and size band, the
 * province its cities with their size band (cities have no kind), a county its towns with neither.
 */
const RANKING_WIDTHS = {
  city: { name: 0.18, sizeRank: 0.14, met: 0.08, judged: 0.1, share: 0.1, offTrack: 0.1 },
  province: { name: 0.22, sizeRank: 0.2, met: 0.1, judged: 0.12, share: 0.12, offTrack: 0.16 },
  county: { name: 0.22, sizeRank: 0, met: 0.1, judged: 0.12, share: 0.12, offTrack: 0.36 },
} as const;

/** Shares of the page's width of a collection's custom-items table. */
const CUSTOM_WIDTHS = { item: 0.3, value: 0.14, period: 0.14, completeness: 0.12, trend: 0.3 } as const;

/** One collection's custom items: value, period, completeness, and the trend as a small line with its values. */
function CustomItemsTable({
  collection,
  columns,
}: {
  collection: NonNullable<BriefingContent["customItems"]>["collections"][number];
  columns: Record<string, string>;
}) {
  const width = (key: keyof typeof CUSTOM_WIDTHS) => CONTENT_WIDTH * CUSTOM_WIDTHS[key];
  const cell = (key: keyof typeof CUSTOM_WIDTHS, align: "left" | "center" | "right" = "left") => [
    styles.cell,
    { width: width(key), textAlign: align },
  ];
  return (
    <View>
      <Text style={styles.subheading} minPresenceAhead={60}>
        {collection.periods.length > 0
          ? `${collection.name}（${collection.periods[0]}—${collection.periods.at(-1)}）`
          : collection.name}
      </Text>
      <View style={styles.table}>
        <View style={styles.row} fixed>
          {(["item", "value", "period", "completeness", "trend"] as const).map((key) => (
            <Text key={key} style={[styles.cell, styles.headerCell, { width: width(key) }]}>
              {columns[key]}
            </Text>
          ))}
        </View>
        {collection.rows.map((row) => (
          <View key={row.name} style={styles.row} wrap={false}>
            <Text style={cell("item")}>{row.name}</Text>
            <Text style={cell("value", "right")}>{row.value}</Text>
            <Text style={cell("period", "center")}>{row.period}</Text>
            <Text style={cell("completeness", "center")}>{row.completeness}</Text>
            <View
              style={[styles.cell, { width: width("trend"), flexDirection: "row", alignItems: "center" }]}
            >
              <SparklineSvg values={row.trend} width={44} height={12} />
              <Text style={{ marginLeft: 4, flexShrink: 1 }}>{row.trendText}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

export function BriefingDocument({ content }: { content: BriefingContent }) {
  const { sections } = content.labels;
  const w = (share: number) => CONTENT_WIDTH * share;
  const chartWidth = (CONTENT_WIDTH - 12) / 2;
  const rankWidths = RANKING_WIDTHS[content.level];
  return (
    <Document
      title={`${content.title}（${content.period}）`}
      author={content.bureau}
      subject={content.period}
      creator={content.bureau}
      producer="乡村教育振兴监测平台"
      language={content.locale === "zh" ? "zh-CN" : "en"}
      // Fixed dates: the same quarter and scope give the same bytes.
      creationDate={content.asOf}
      modificationDate={content.asOf}
    >
      <Page size="A4" style={styles.page} wrap>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            content.labels.pageTemplate
              .replace("{page}", String(pageNumber))
              .replace("{total}", String(totalPages))
          }
        />
        <Text style={styles.title}>{content.title}</Text>
        <Text style={styles.period}>{content.period}</Text>
        <Text style={styles.dateLine}>{content.dateLine}</Text>

        <Section title={sections.summary!}>
          {content.summary.map((paragraph) => (
            <Text key={paragraph} style={styles.paragraph}>
              {paragraph}
            </Text>
          ))}
        </Section>

        <Section title={sections.indicators!}>
          <Table
            rows={content.headline.rows}
            columns={[
              {
                header: content.headline.columns.no!,
                width: w(0.06),
                align: "center",
                cell: (_, i) => i + 1,
              },
              { header: content.headline.columns.indicator!, width: w(0.4), cell: (row) => row.name },
              {
                header: content.headline.columns.value!,
                width: w(0.17),
                align: "right",
                cell: (row) => row.value,
              },
              {
                header: content.headline.columns.target!,
                width: w(0.12),
                align: "right",
                cell: (row) => row.target,
              },
              {
                header: content.headline.columns.deadline!,
                width: w(0.1),
                align: "center",
                cell: (row) => row.deadline,
              },
              {
                header: content.headline.columns.status!,
                width: w(0.15),
                align: "center",
                cell: (row) => row.mark,
              },
            ]}
          />
          <Text style={[styles.small, { marginTop: 3 }]}>{content.headline.legend}</Text>
          {content.heatTable && (
            <>
              <Text style={styles.subheading} minPresenceAhead={80}>
                {content.heatTable.title}
              </Text>
              <Table
                rows={content.heatTable.rows}
                columns={[
                  {
                    header: content.heatTable.nameColumn,
                    width: w(HEAT_NAME_SHARE),
                    cell: (row) => row.name,
                  },
                  ...content.heatTable.columns.map((header, index) => ({
                    header,
                    width: w((1 - HEAT_NAME_SHARE) / content.heatTable!.columns.length),
                    align: "center" as const,
                    cell: (row: { cells: string[] }) => row.cells[index]!,
                  })),
                ]}
              />
              <Text style={[styles.small, { marginTop: 3 }]}>{content.heatTable.note}</Text>
            </>
          )}
        </Section>

        <Section
          title={sections.charts!}
          lead={
            content.trends.length === 0 ? (
              <Text style={styles.small}>{content.labels.noHistory}</Text>
            ) : (
              <View style={{ flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" }}>
                {content.trends.map((chart) => (
                  <View key={chart.title} style={{ width: chartWidth, marginBottom: 6 }}>
                    <Text style={styles.chartTitle}>{chart.title}</Text>
                    <TrendChartSvg chart={chart} width={chartWidth} height={130} />
                    {chart.targetLabel && <Text style={styles.small}>---- {chart.targetLabel}</Text>}
                  </View>
                ))}
              </View>
            )
          }
        >
          {content.comparisons.map((chart) => (
            <View key={chart.title} style={{ marginBottom: 6 }} wrap={false}>
              <Text style={styles.chartTitle}>{chart.title}</Text>
              <ComparisonChartSvg chart={chart} width={CONTENT_WIDTH} />
              {chart.targetLabel && <Text style={styles.small}>---- {chart.targetLabel}</Text>}
              {chart.missingNote && <Text style={styles.small}>{chart.missingNote}</Text>}
            </View>
          ))}
          {content.map && (
            <View style={{ marginBottom: 6 }} wrap={false}>
              <Text style={styles.chartTitle}>{content.map.title}</Text>
              <BriefingMapSvg map={content.map} width={CONTENT_WIDTH} />
              <Text style={styles.small}>{content.map.legend}</Text>
              <Text style={styles.small}>{content.map.note}</Text>
            </View>
          )}
        </Section>

        <Section title={sections.ranking!}>
          <Text style={styles.subheading}>{content.ranking.title}</Text>
          <Table
            rows={content.ranking.rows}
            columns={[
              {
                header: content.ranking.columns.rank!,
                width: w(0.08),
                align: "center",
                cell: (row) => row.rank,
              },
              ...(content.level === "city"
                ? [
                    {
                      header: content.ranking.columns.peerRank!,
                      width: w(0.1),
                      align: "center" as const,
                      cell: (row: RankingRow) => row.peerRank ?? "—",
                    },
                  ]
                : []),
              { header: content.ranking.columns.name!, width: w(rankWidths.name), cell: (row) => row.name },
              ...(content.level === "city"
                ? [
                    {
                      header: content.ranking.columns.peerGroup!,
                      width: w(0.12),
                      align: "center" as const,
                      cell: (row: RankingRow) => row.peerGroup ?? "—",
                    },
                  ]
                : []),
              ...(content.level !== "county"
                ? [
                    {
                      // The enrolment band stated beside the rank in it (decision 0039).
                      header: content.ranking.columns.sizeRank!,
                      width: w(rankWidths.sizeRank),
                      align: "center" as const,
                      cell: (row: RankingRow) =>
                        row.sizeRank === null ? "—" : `${row.sizeRank}（${row.sizeGroup}）`,
                    },
                  ]
                : []),
              {
                header: content.ranking.columns.met!,
                width: w(rankWidths.met),
                align: "right",
                cell: (row) => row.met,
              },
              {
                header: content.ranking.columns.judged!,
                width: w(rankWidths.judged),
                align: "right",
                cell: (row) => row.judged,
              },
              {
                header: content.ranking.columns.share!,
                width: w(rankWidths.share),
                align: "right",
                cell: (row) => row.share,
              },
              {
                header: content.ranking.columns.offTrack!,
                width: w(rankWidths.offTrack),
                align: "right",
                cell: (row) => row.offTrack,
              },
            ]}
          />
          <Text style={[styles.small, { marginTop: 3 }]}>{content.ranking.note}</Text>
          <Text style={styles.subheading}>{content.attention.title}</Text>
          {content.attention.lines.map((line, index) => (
            <Text key={line} style={styles.paragraph}>
              {`${index + 1}．${line}`}
            </Text>
          ))}
        </Section>

        {content.problems && (
          <Section title={sections.problems!}>
            <Text style={styles.paragraph}>{content.problems.intro}</Text>
            {content.problems.rows.length > 1 && (
              <Table
                rows={content.problems.rows}
                columns={[
                  { header: content.problems.columns.county!, width: w(0.32), cell: (row) => row.county },
                  {
                    header: content.problems.columns.total!,
                    width: w(0.17),
                    align: "right",
                    cell: (row) => row.total,
                  },
                  {
                    header: content.problems.columns.closed!,
                    width: w(0.17),
                    align: "right",
                    cell: (row) => row.closed,
                  },
                  {
                    header: content.problems.columns.rate!,
                    width: w(0.17),
                    align: "right",
                    cell: (row) => row.rate,
                  },
                  {
                    header: content.problems.columns.overdue!,
                    width: w(0.17),
                    align: "right",
                    cell: (row) => row.overdue,
                  },
                ]}
              />
            )}
          </Section>
        )}

        <Section title={sections.submissions!}>
          <Text style={styles.paragraph}>
            {content.submissions.intro}
            {content.submissions.counts}
            {content.submissions.verification}
          </Text>
          {content.submissions.rows.length > 0 && (
            <Table
              rows={content.submissions.rows}
              columns={[
                { header: content.submissions.columns.county!, width: w(0.28), cell: (row) => row.county },
                {
                  header: content.submissions.columns.state!,
                  width: w(0.18),
                  align: "center",
                  cell: (row) => row.state,
                },
                {
                  header: content.submissions.columns.submittedAt!,
                  width: w(0.2),
                  align: "center",
                  cell: (row) => row.submittedAt,
                },
                {
                  header: content.submissions.columns.approvedAt!,
                  width: w(0.2),
                  align: "center",
                  cell: (row) => row.approvedAt,
                },
                {
                  header: content.submissions.columns.timeliness!,
                  width: w(0.14),
                  align: "center",
                  cell: (row) => row.timeliness,
                },
              ]}
            />
          )}
        </Section>

        {content.customItems && (
          <Section title={sections.customItems!}>
            <Text style={styles.paragraph}>{content.customItems.intro}</Text>
            {content.customItems.empty && <Text style={styles.paragraph}>{content.customItems.empty}</Text>}
            {content.customItems.collections.map((collection) => (
              <CustomItemsTable
                key={collection.name}
                collection={collection}
                columns={content.customItems!.columns}
              />
            ))}
          </Section>
        )}

        <Section title={sections.notes!}>
          {content.notes.map((note, index) => (
            <Text key={note} style={[styles.paragraph, styles.small]}>
              {`${index + 1}．${note}`}
            </Text>
          ))}
        </Section>
      </Page>
    </Document>
  );
}
