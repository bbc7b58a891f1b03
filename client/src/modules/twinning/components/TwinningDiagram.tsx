import { Box, Button, Group, Text } from '@mantine/core';
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningSummaryFragment } from '../../../generated/graphql';
import { downloadText } from '../../../ui/download';
import { useFormat } from '../../../ui/useFormat';
import { VisuallyHiddenTable } from '../../../ui/charts/VisuallyHiddenTable';
import { organisationName } from '../../organisations/public';
import { layoutDiagram, shorten, type DiagramNode } from '../diagram';
import { STATUS_STROKES, TWINNING_STATUSES } from '../twinningStatus';

export interface TwinningDiagramProps {
  relations: readonly TwinningSummaryFragment[];
  /** The side drawn on the left when it takes part, e.g. a programme's first side. */
  preferredCountry?: string | null;
  /** Used in the downloaded file's name, e.g. a programme's code. */
  fileLabel?: string;
}

const WIDTH = 960;
const LEFT_DOT = 380;
const RIGHT_DOT = 580;
const LABEL_GAP = 10;
const LABEL_MAX = 46;
const FONT = 'Inter, "Segoe UI", Arial, sans-serif';
const LEGEND_ROW = 26;

/**
 * The organisations of each side facing each other, a line per relation coloured (and
 * dashed) by status, with its legend drawn inside the picture: downloaded as SVG it goes into
 * a presentation as it is. The same relations are listed in a table for screen readers.
 */
export function TwinningDiagram({ relations, preferredCountry, fileLabel }: TwinningDiagramProps) {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const svgRef = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const parties = useMemo(
    () =>
      relations.map((relation) => {
        const party = (o: TwinningSummaryFragment['organisationA']) => ({
          id: o.id,
          country: o.country,
          name: organisationName(o, format.locale),
        });
        return {
          id: relation.id,
          status: relation.status,
          a: party(relation.organisationA),
          b: party(relation.organisationB),
        };
      }),
    [relations, format.locale],
  );
  const layout = useMemo(
    () =>
      layoutDiagram(parties, {
        preferredCountry,
        compare: (a, b) => a.localeCompare(b, format.locale),
      }),
    [parties, preferredCountry, format.locale],
  );
  const legendTop = layout.height + 8;
  const height = legendTop + LEGEND_ROW * 2 + 8;
  const title = t('diagram.title');
  const rightTitle = layout.rightCountries.map((code) => format.country(code)).join(', ');

  const handleDownload = () => {
    const svg = svgRef.current;
    if (!svg) return;
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
    const name = fileLabel ? `twinning-${fileLabel}.svg` : 'twinning.svg';
    downloadText(text, name.replace(/[^\w.-]+/g, '-'), 'image/svg+xml;charset=utf-8');
  };

  const node = (n: DiagramNode) => {
    const left = n.column === 'left';
    const x = left ? LEFT_DOT : RIGHT_DOT;
    return (
      <g key={n.key}>
        <title>{`${n.party.name} (${n.party.country})`}</title>
        <circle cx={x} cy={n.y} r={5} fill="#343a40" />
        <text
          x={left ? x - LABEL_GAP : x + LABEL_GAP}
          y={n.y}
          dominantBaseline="middle"
          textAnchor={left ? 'end' : 'start'}
          fontSize={13}
          fill="#212529"
        >
          {shorten(n.party.name, LABEL_MAX)}
        </text>
      </g>
    );
  };

  return (
    <Box component="figure" m={0} aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Text id={titleId} fw={600} size="sm">
          {title}
        </Text>
        <Button variant="default" size="xs" onClick={handleDownload}>
          {t('diagram.download')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ minWidth: 640, display: 'block' }}
          fontFamily={FONT}
          aria-hidden="true"
        >
          <rect width={WIDTH} height={height} fill="#ffffff" />
          <text x={LEFT_DOT} y={24} textAnchor="end" fontSize={15} fontWeight={700} fill="#212529">
            {layout.leftCountry ? format.country(layout.leftCountry) : ''}
          </text>
          <text x={RIGHT_DOT} y={24} fontSize={15} fontWeight={700} fill="#212529">
            {rightTitle}
          </text>
          {layout.edges.map((edge) => {
            const stroke = STATUS_STROKES[edge.status];
            const middle = (LEFT_DOT + RIGHT_DOT) / 2;
            return (
              <path
                key={edge.relationId}
                d={`M ${LEFT_DOT} ${edge.left.y} C ${middle} ${edge.left.y}, ${middle} ${edge.right.y}, ${RIGHT_DOT} ${edge.right.y}`}
                fill="none"
                stroke={stroke.color}
                strokeWidth={3}
                strokeDasharray={stroke.dash ?? undefined}
                strokeLinecap="round"
              >
                <title>
                  {`${edge.left.party.name} ↔ ${edge.right.party.name}: ${t(`enums.TwinningStatus.${edge.status}`)}`}
                </title>
              </path>
            );
          })}
          {layout.left.map(node)}
          {layout.right.map(node)}
          <g transform={`translate(24 ${legendTop})`}>
            {TWINNING_STATUSES.map((status, index) => {
              const stroke = STATUS_STROKES[status];
              const x = (index % 3) * 300;
              const y = Math.floor(index / 3) * LEGEND_ROW + LEGEND_ROW / 2;
              return (
                <g key={status} transform={`translate(${x} ${y})`}>
                  <line
                    x1={0}
                    x2={40}
                    y1={0}
                    y2={0}
                    stroke={stroke.color}
                    strokeWidth={3}
                    strokeDasharray={stroke.dash ?? undefined}
                  />
                  <text x={50} y={0} dominantBaseline="middle" fontSize={13} fill="#212529">
                    {t(`enums.TwinningStatus.${status}`)}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </Box>
      <VisuallyHiddenTable
        caption={title}
        columns={[t('diagram.left'), t('diagram.right'), t('table.status')]}
        rows={layout.edges.map((edge) => ({
          key: edge.relationId,
          header: `${edge.left.party.name} (${edge.left.party.country})`,
          cells: [
            `${edge.right.party.name} (${edge.right.party.country})`,
            t(`enums.TwinningStatus.${edge.status}`),
          ],
        }))}
      />
    </Box>
  );
}
