/** The GraphQL operations of dashboards and the portfolio, as clients send them. */

export const FULL_DASHBOARD = `query ($programmeId: ID!) {
  programmeDashboard(programmeId: $programmeId) {
    programmeId overallProgress overdueActions
    actionsByStatus { status count }
    eventsByType { type count }
    attendeesBySide { sideId count }
    issuesByStatus { status count }
    twinningByStatus { status count }
    topActions { actionId code title status progress dueOn overdue }
    eventsPerQuarter { quarter type sideId count }
    issuesPerQuarter { quarter status count }
    indicators { id name unit target achieved }
    budget { currency total { planned spent } byPartner { id planned spent } bySide { id planned spent } }
    balance {
      sideId name country partners eventsOrganised attendeesSent budgetPlanned budgetSpent
      issuesRaised reportsDue reportsOnTime
    }
  }
}`;

export interface FullDashboard {
  programmeId: string;
  overallProgress: number;
  overdueActions: number;
  actionsByStatus: { status: string; count: number }[];
  eventsByType: { type: string; count: number }[];
  attendeesBySide: { sideId: string; count: number }[];
  topActions: {
    actionId: string;
    code: string;
    title: string;
    status: string;
    progress: number;
    dueOn: string;
    overdue: boolean;
  }[];
  eventsPerQuarter: { quarter: string; type: string; sideId: string | null; count: number }[];
  issuesPerQuarter: { quarter: string; status: string; count: number }[];
  indicators: { id: string; name: string; unit: string; target: number; achieved: number }[];
  budget: {
    currency: string;
    total: { planned: number; spent: number };
    byPartner: { id: string | null; planned: number; spent: number }[];
    bySide: { id: string | null; planned: number; spent: number }[];
  };
  balance: {
    sideId: string;
    name: string;
    country: string;
    partners: number;
    eventsOrganised: number;
    attendeesSent: number;
    budgetPlanned: number;
    budgetSpent: number;
    issuesRaised: number;
    reportsDue: number;
    reportsOnTime: number;
  }[];
}

export const PORTFOLIO = `{
  portfolio {
    programme { id code title status }
    overallProgress actions overdueActions eventsHeld eventsUpcoming lastEventAt lateReports
  }
}`;

export interface PortfolioEntry {
  programme: { id: string; code: string; title: string; status: string };
  overallProgress: number;
  actions: number;
  overdueActions: number;
  eventsHeld: number;
  eventsUpcoming: number;
  lastEventAt: string | null;
  lateReports: number;
}

export const PUBLIC_PROGRAMME = `query ($code: String!, $language: String) {
  publicProgramme(code: $code, language: $language) {
    code title summary language languages status startsOn endsOn overallProgress
    sides { id name country }
    partners { name nameEn country sideId role }
    actions { code title status progress }
    events { type title startsAt endsAt timeZone venue organiser outcomes }
    twinning { organisations { name nameEn country } kind since areas }
  }
}`;

export const PUBLISH = `mutation ($id: ID!, $version: Int!, $published: Boolean!) {
  publishProgramme(id: $id, version: $version, published: $published) { id version published }
}`;
