import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { UntranslatedMark } from '../../localisation/public';
import { localisedText, type TranslatedRecord } from '../localisedText';

export interface ProgrammeNameCellsProps {
  programme: TranslatedRecord & { id: string; code: string };
  /** Where the title leads: the programme's overview, or one of its tabs. */
  to: string;
}

/**
 * A programme's first two cells in any table of programmes: its code, then its title in the
 * reader's language, linked, and marked where it is not translated.
 */
export function ProgrammeNameCells({ programme, to }: ProgrammeNameCellsProps) {
  const format = useFormat();
  const text = localisedText(programme, format.locale);
  return (
    <>
      <Table.Td>
        <Text ff="monospace" size="sm">
          {programme.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={to} lang={text.titleLanguage}>
          {text.title}
        </Anchor>
        <UntranslatedMark shown={text.titleLanguage} />
      </Table.Td>
    </>
  );
}
