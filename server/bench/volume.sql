-- A realistic volume for the benchmark, generated inside the database in one script: 40
-- programmes, 5,000 organisations, about 20,000 actions, 200,000 events with attendance from
-- each side, 20,000 monitoring issues, 2,000 twinning relations and about 5,000 progress
-- reports. Programme P001 is the largest: 2,000 actions and 20,000 events.
-- Values are derived from the row number, so every run builds the same data.
-- Session tokens are fixed: the benchmark signs in by cookie as these users.

INSERT INTO organisation (name, "nameEn", kind, country, region, population)
SELECT format('%s громада %s', (ARRAY['Вовчанська','Зміївська','Лозівська','Ізюмська','Чугуївська'])[1 + n % 5], n),
       format('Community %s', n),
       (ARRAY['CITY_COUNCIL','VILLAGE_COUNCIL','SETTLEMENT_COUNCIL','TERRITORIAL_COMMUNITY'])[1 + n % 4]::organisation_kind,
       CASE WHEN n % 5 < 3 THEN 'UA' WHEN n % 5 = 3 THEN 'PL' ELSE 'RO' END,
       CASE WHEN n % 5 < 3 THEN 'Харківська область' ELSE 'Region ' || (n % 16) END,
       1000 + (n * 7919) % 90000
  FROM generate_series(1, 5000) n;

CREATE TABLE bench_org AS
SELECT row_number() OVER (ORDER BY "nameEn") AS n, id, country FROM organisation;
CREATE TABLE bench_ua AS SELECT row_number() OVER (ORDER BY n) AS k, id FROM bench_org WHERE country = 'UA';
CREATE TABLE bench_eu AS SELECT row_number() OVER (ORDER BY n) AS k, id FROM bench_org WHERE country <> 'UA';

INSERT INTO programme (code, title, summary, "startsOn", "endsOn", status, published, languages)
SELECT format('P%s', lpad(p::text, 3, '0')), format('Cooperation programme %s', p),
       'Cross-border cooperation of local governments.', DATE '2021-01-01', DATE '2027-12-31',
       'ACTIVE', p % 2 = 0, '{uk,en}'
  FROM generate_series(1, 40) p;

CREATE TABLE bench_programme AS
SELECT row_number() OVER (ORDER BY code) AS p, id FROM programme;

INSERT INTO programme_side ("programmeId", name, country, position)
SELECT id, 'Ukraine', 'UA', 0 FROM bench_programme
UNION ALL SELECT id, 'Partner country', 'PL', 1 FROM bench_programme;

-- Ten partners a side: 800 partners.
INSERT INTO partner ("programmeId", "organisationId", "sideId", role)
SELECT bp.id, CASE WHEN s.position = 0 THEN ua.id ELSE eu.id END, s.id,
       CASE WHEN g.k = 1 THEN 'LEAD' ELSE 'PARTNER' END::partner_role
  FROM bench_programme bp
  JOIN programme_side s ON s."programmeId" = bp.id
  CROSS JOIN generate_series(1, 10) AS g(k)
  LEFT JOIN bench_ua ua ON ua.k = (bp.p * 10 + g.k) AND s.position = 0
  LEFT JOIN bench_eu eu ON eu.k = (bp.p * 10 + g.k) AND s.position = 1;

CREATE TABLE bench_partner AS
SELECT row_number() OVER (PARTITION BY p."programmeId" ORDER BY s.position, p."organisationId") AS k,
       p.id, p."programmeId", p."organisationId", p."sideId"
  FROM partner p JOIN programme_side s ON s.id = p."sideId";

-- Actions: 200 roots of 9 sub-actions in P001 (2,000), 46 of 9 elsewhere (460 each).
INSERT INTO action ("programmeId", code, title, "startsOn", "dueOn", status, "plannedBudget", "spentBudget")
SELECT bp.id, r::text, format('Action %s', r), DATE '2021-01-01', DATE '2021-01-01' + (r * 37) % 2500,
       (ARRAY['PLANNED','IN_PROGRESS','DONE','IN_PROGRESS'])[1 + r % 4]::action_status,
       1000 * (1 + r % 50), 400 * (r % 30)
  FROM bench_programme bp
  CROSS JOIN LATERAL generate_series(1, CASE WHEN bp.p = 1 THEN 200 ELSE 46 END) r;

INSERT INTO action ("programmeId", "parentId", code, title, "startsOn", "dueOn", status, "ownProgress")
SELECT a."programmeId", a.id, a.code || '.' || j, format('Sub-action %s.%s', a.code, j),
       DATE '2021-01-01', DATE '2021-06-01' + (j * 97 + a.code::int * 13) % 2400,
       (ARRAY['PLANNED','IN_PROGRESS','DONE','CANCELLED','IN_PROGRESS'])[1 + (j + a.code::int) % 5]::action_status,
       (j * 11 + a.code::int) % 101
  FROM action a CROSS JOIN generate_series(1, 9) j
 WHERE a."parentId" IS NULL;

CREATE TABLE bench_leaf AS
SELECT row_number() OVER (PARTITION BY "programmeId" ORDER BY code) AS k, id, "programmeId"
  FROM action WHERE "parentId" IS NOT NULL;
CREATE INDEX ON bench_leaf ("programmeId", k);
CREATE INDEX ON bench_partner ("programmeId", k);

INSERT INTO action_responsible ("actionId", "partnerId")
SELECT l.id, bpa.id FROM bench_leaf l
  JOIN bench_partner bpa ON bpa."programmeId" = l."programmeId" AND bpa.k = 1 + l.k % 20;

-- Adds `count` events to a programme, numbered from `first`, with attendance from each side
-- and one participating organisation; past events are mostly HELD, later ones PLANNED.
CREATE FUNCTION bench_add_events(programme uuid, first int, count int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", format, venue,
                     "organiserPartnerId", status, "actionId")
  SELECT programme,
         (ARRAY['CONFERENCE','ROUND_TABLE','WORKSHOP','SEMINAR','STUDY_VISIT','TRAINING'])[1 + n % 6]::event_type,
         format('Event %s', n), ts, ts + interval '3 hours', 'Europe/Kyiv', 'IN_PERSON', 'Kharkiv',
         (SELECT id FROM bench_partner WHERE "programmeId" = programme AND k = 1 + n % 20),
         CASE WHEN ts < now() AND n % 10 <> 0 THEN 'HELD' WHEN n % 10 = 0 THEN 'CANCELLED' ELSE 'PLANNED' END::event_status,
         CASE WHEN n % 7 = 0 THEN NULL
              ELSE (SELECT id FROM bench_leaf WHERE "programmeId" = programme AND k = 1 + n % leaves.count) END
    FROM generate_series(first, first + count - 1) n,
         (SELECT count(*) AS count FROM bench_leaf WHERE "programmeId" = programme) leaves,
         LATERAL (SELECT TIMESTAMPTZ '2021-01-04 09:00+00' + (n % 2100) * interval '1 day' AS ts) t;

  INSERT INTO event_attendance ("eventId", "sideId", count)
  SELECT e.id, s.id, 5 + (abs(hashtext(e.title)) + s.position) % 40
    FROM event e JOIN programme_side s ON s."programmeId" = e."programmeId"
   WHERE e."programmeId" = programme
     AND substr(e.title, 7)::int BETWEEN first AND first + count - 1;

  INSERT INTO event_participant ("eventId", "organisationId")
  SELECT e.id, bpa."organisationId"
    FROM event e JOIN bench_partner bpa ON bpa."programmeId" = e."programmeId"
     AND bpa.k = 1 + (abs(hashtext(e.title)) % 20)
   WHERE e."programmeId" = programme
     AND substr(e.title, 7)::int BETWEEN first AND first + count - 1
     AND bpa.id IS DISTINCT FROM e."organiserPartnerId";
$$;

SELECT bench_add_events(id, 1, CASE WHEN p = 1 THEN 20000 ELSE 4616 END) FROM bench_programme;

INSERT INTO user_account (email, name, role, "passwordHash", "organisationId")
VALUES ('admin@bench.test', 'Bench admin', 'ADMIN', '!', NULL),
       ('coordinator@bench.test', 'Bench coordinator', 'COORDINATOR', '!', NULL);
INSERT INTO user_account (email, name, role, "passwordHash", "organisationId")
SELECT 'partner@bench.test', 'Bench partner', 'PARTNER', '!', "organisationId"
  FROM bench_partner bpa JOIN bench_programme bp ON bp.id = bpa."programmeId" WHERE bp.p = 1 AND bpa.k = 1;
INSERT INTO programme_coordinator ("programmeId", "userId")
SELECT bp.id, u.id FROM bench_programme bp, user_account u WHERE u.email = 'coordinator@bench.test';
INSERT INTO session ("tokenHash", "userId", "lastSeenAt")
SELECT encode(sha256(convert_to('bench-' || split_part(email, '@', 1), 'UTF8')), 'hex'), id, now()
  FROM user_account WHERE email LIKE '%@bench.test';

-- 500 issues a programme, each with its status history.
INSERT INTO monitoring_issue ("programmeId", kind, category, severity, title, "raisedById", status, "createdAt")
SELECT bp.id, (ARRAY['PROBLEM','EXPECTATION'])[1 + n % 2]::issue_kind,
       (ARRAY['LEGAL_FRAMEWORK','FINANCE','INFRASTRUCTURE','BORDER_CROSSING','PUBLIC_SERVICES','OTHER'])[1 + n % 6]::issue_category,
       (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + n % 4]::issue_severity,
       format('Issue %s', n), bpa."organisationId",
       (ARRAY['OPEN','IN_REVIEW','IN_PROGRESS','RESOLVED','DISMISSED'])[1 + n % 5]::issue_status,
       TIMESTAMPTZ '2021-02-01 10:00+00' + (n % 1800) * interval '1 day'
  FROM bench_programme bp CROSS JOIN generate_series(1, 500) n
  JOIN bench_partner bpa ON bpa."programmeId" = bp.id AND bpa.k = 1 + n % 20;

INSERT INTO issue_status_change ("issueId", "fromStatus", "toStatus", at)
SELECT id, NULL::issue_status, 'OPEN'::issue_status, "createdAt" FROM monitoring_issue
UNION ALL
SELECT id, 'OPEN', status, "createdAt" + interval '20 days' FROM monitoring_issue WHERE status <> 'OPEN';

-- 2,000 twinning relations between distinct pairs of a Ukrainian and a partner community.
INSERT INTO twinning_relation ("organisationAId", "organisationBId", "proposingOrganisationId", kind, status,
                               since, areas, "programmeId")
SELECT ua.id, eu.id, ua.id, (ARRAY['AGREEMENT','MEMORANDUM','LETTER_OF_INTENT'])[1 + n % 3]::twinning_kind,
       (ARRAY['PROPOSED','NEGOTIATING','ACTIVE','ACTIVE','DORMANT'])[1 + n % 5]::twinning_status,
       DATE '2015-01-01' + n % 3000, ARRAY['culture', 'economy'],
       CASE WHEN n % 3 = 0 THEN NULL ELSE (SELECT id FROM bench_programme WHERE p = 1 + n % 40) END
  FROM generate_series(1, 2000) n
  JOIN bench_ua ua ON ua.k = n
  JOIN bench_eu eu ON eu.k = 1 + (n * 7) % 2000;

-- Eight half-year periods a programme; about 5,000 reports of the 6,400 partner periods.
INSERT INTO reporting_period ("programmeId", "startsOn", "endsOn", "dueOn")
SELECT bp.id, s, (s + interval '6 months' - interval '1 day')::date, (s + interval '7 months')::date
  FROM bench_programme bp,
       generate_series(DATE '2021-01-01', DATE '2024-07-01', interval '6 months') s;

INSERT INTO progress_report ("programmeId", "partnerId", "periodStart", "periodEnd", narrative, status,
                             "submittedAt", "firstSubmittedAt")
SELECT rp."programmeId", bpa.id, rp."startsOn", rp."endsOn", 'Work done in the period.',
       (ARRAY['SUBMITTED','APPROVED','CHANGES_REQUESTED','DRAFT'])[1 + (bpa.k::int + extract(month FROM rp."startsOn")::int) % 4]::report_status,
       rp."dueOn" - 3, rp."dueOn" - 3
  FROM reporting_period rp
  JOIN bench_partner bpa ON bpa."programmeId" = rp."programmeId"
 WHERE (bpa.k + extract(year FROM rp."startsOn")::int) % 4 <> 0;

-- Indicators of the largest programme, one of each computed kind.
INSERT INTO indicator ("programmeId", name, unit, target, source, "eventTypes", "sideId", "twinningStatus")
SELECT bp.id, v.name, v.unit, v.target, v.source::indicator_source, v.types::event_type[],
       CASE WHEN v.side THEN (SELECT id FROM programme_side WHERE "programmeId" = bp.id AND position = 1) END,
       CASE WHEN v.source = 'TWINNING_RELATIONS' THEN 'ACTIVE'::twinning_status END
  FROM bench_programme bp,
       (VALUES ('Round tables held', 'events', 3000, 'EVENTS_HELD', '{ROUND_TABLE}', false),
               ('Participants from the partner side', 'people', 200000, 'ATTENDEES', '{}', true),
               ('Organisations involved', 'organisations', 30, 'ORGANISATIONS', '{}', false),
               ('Active twinning relations', 'relations', 60, 'TWINNING_RELATIONS', '{}', false))
       AS v(name, unit, target, source, types, side)
 WHERE bp.p = 1;

ANALYZE;
