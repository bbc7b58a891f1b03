import { TwinningStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { PublicTwinning } from './public.types';

/**
 * ACTIVE relations grown in the programme, oldest first, in one statement: the first `limit`,
 * or all of them (the printed report). Named columns only: contacts, notes and who changed
 * what stay inside the app, so the public page and the printed report may both show them.
 */
export function activeTwinning(
  dataSource: DataSource,
  programmeId: string,
  limit: number | null = null,
): Promise<PublicTwinning[]> {
  return dataSource.query<PublicTwinning[]>(
    `SELECT r.kind, to_char(r.since, 'YYYY-MM-DD') AS since, r.areas,
            json_build_array(
              json_build_object('name', a.name, 'nameEn', a."nameEn", 'country', a.country),
              json_build_object('name', b.name, 'nameEn', b."nameEn", 'country', b.country)
            ) AS organisations
       FROM twinning_relation r
       JOIN organisation a ON a.id = r."organisationAId"
       JOIN organisation b ON b.id = r."organisationBId"
      WHERE r."programmeId" = $1 AND r.status = $2
      ORDER BY r.since NULLS LAST, a.name, b.name, r.id
      LIMIT $3`,
    [programmeId, TwinningStatus.ACTIVE, limit],
  );
}
