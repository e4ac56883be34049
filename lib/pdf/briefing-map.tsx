// The briefing's county map (decision 0036): the same squares as the dashboard's map, from the same path data, drawn
// with react-pdf's SVG primitives. The status mark on each square carries the meaning in black-and-white print.
import { G, Path, Svg, Text } from "@react-pdf/renderer";
import type { BriefingMap } from "@/lib/briefings/compose-briefing";
import { tileLabelSize } from "@/lib/maps/tile-map";
import { PDF_FONT_FAMILY } from "./fonts";

export function BriefingMapSvg({ map, width }: { map: BriefingMap; width: number }) {
  // Never wider than the page's content; at 0.8 a city's map of 5 or 6 rows takes under half a page.
  const scale = Math.min(width / map.width, 0.8);
  return (
    <Svg width={map.width * scale} height={map.height * scale} viewBox={`0 0 ${map.width} ${map.height}`}>
      {map.tiles.map((tile) => (
        <G key={tile.key}>
          <Path d={tile.path} fill={tile.fill} stroke="#666666" strokeWidth={0.6} />
          <Text
            x={tile.cx}
            y={tile.cy - 5}
            textAnchor="middle"
            fill={tile.ink}
            style={{ fontSize: tileLabelSize(tile.label, 11), fontFamily: PDF_FONT_FAMILY }}
          >
            {tile.label}
          </Text>
          <Text
            x={tile.cx}
            y={tile.cy + 12}
            textAnchor="middle"
            fill={tile.ink}
            style={{ fontSize: 9, fontFamily: PDF_FONT_FAMILY }}
          >
            {tile.mark}
          </Text>
        </G>
      ))}
    </Svg>
  );
}
