import { graphql } from '../gql';
import type { EventMeetingsQuery, EventPageQuery, MatchmakingEventsQuery, MyMeetingsQuery } from '../gql/graphql';

export const MATCHMAKING_EVENTS = graphql(`
  query MatchmakingEvents($after: String, $filter: MatchmakingEventFilter) {
    matchmakingEvents(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          startsAt
          endsAt
          venue
          onlineUrl
          organizerName
          firmCapacity
          bankCapacity
          registrationDeadline
          places {
            firmsRegistered
            firmsWaitlisted
            banksRegistered
            banksWaitlisted
          }
        }
      }
    }
  }
`);

export type EventRow = MatchmakingEventsQuery['matchmakingEvents']['edges'][number]['node'];

export const EVENT_PAGE = graphql(`
  query EventPage($id: ID!) {
    matchmakingEvent(id: $id) {
      id
      version
      title
      type
      status
      description
      startsAt
      endsAt
      venue
      onlineUrl
      visibility
      organizerName
      regionName
      canManage
      firmCapacity
      bankCapacity
      maxRepresentatives
      tableCount
      registrationDeadline
      publishedAt
      registrationClosedAt
      schedulePublishedAt
      heldAt
      reportedAt
      cancelledAt
      cancelReason
      invitedRegionIds
      invitedParkIds
      invitedBatchIds
      invitedOrganizationIds
      slots {
        index
        startsAt
        endsAt
      }
      places {
        firmsRegistered
        firmsWaitlisted
        banksRegistered
        banksWaitlisted
      }
      myRegistration {
        id
        role
        status
        waitlistPosition
        representatives
        needId
        productIds
      }
      mySurvey {
        id
        rating
        comment
        updatedAt
      }
    }
  }
`);

export type EventDetail = NonNullable<EventPageQuery['matchmakingEvent']>;

export const CREATE_EVENT = graphql(`
  mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {
    createMatchmakingEvent(input: $input) {
      id
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateMatchmakingEvent($input: UpdateMatchmakingEventInput!) {
    updateMatchmakingEvent(input: $input) {
      id
      version
    }
  }
`);

/** What an organiser's action changes: the status, and the version an edit must send. */
export const EVENT_STATE_FIELDS = graphql(`
  fragment EventStateFields on MatchmakingEvent {
    id
    status
    version
    publishedAt
    registrationClosedAt
    heldAt
    reportedAt
    cancelledAt
  }
`);

export const PUBLISH_EVENT = graphql(`
  mutation PublishMatchmakingEvent($eventId: ID!) {
    publishMatchmakingEvent(eventId: $eventId) {
      ...EventStateFields
    }
  }
`);

export const CLOSE_REGISTRATION = graphql(`
  mutation CloseEventRegistration($eventId: ID!) {
    closeEventRegistration(eventId: $eventId) {
      ...EventStateFields
    }
  }
`);

export const CANCEL_EVENT = graphql(`
  mutation CancelMatchmakingEvent($eventId: ID!, $reason: String!) {
    cancelMatchmakingEvent(eventId: $eventId, reason: $reason) {
      ...EventStateFields
    }
  }
`);

export const MARK_HELD = graphql(`
  mutation MarkEventHeld($eventId: ID!) {
    markEventHeld(eventId: $eventId) {
      ...EventStateFields
    }
  }
`);

export const FINALIZE_REPORT = graphql(`
  mutation FinalizeEventReport($eventId: ID!) {
    finalizeEventReport(eventId: $eventId) {
      ...EventStateFields
    }
  }
`);

export const REGISTER = graphql(`
  mutation RegisterForEvent($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      id
      status
      waitlistPosition
    }
  }
`);

export const CANCEL_REGISTRATION = graphql(`
  mutation CancelEventRegistration($registrationId: ID!) {
    cancelEventRegistration(registrationId: $registrationId) {
      id
      status
    }
  }
`);

export const MY_OPEN_NEEDS = graphql(`
  query EventOpenNeeds {
    financingNeeds(first: 50, filter: { status: OPEN }) {
      edges {
        node {
          id
          purpose
          amount {
            amountFen
          }
          termMonths
        }
      }
    }
  }
`);

export const MY_ACTIVE_PRODUCTS = graphql(`
  query EventActiveProducts($bankId: ID) {
    loanProducts(first: 50, filter: { bankId: $bankId, status: ACTIVE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const INVITATION_OPTIONS = graphql(`
  query EventInvitationOptions {
    regions {
      id
      name
      level
      path
    }
    whitelistBatches(first: 50) {
      edges {
        node {
          id
          version
          status
          regionName
        }
      }
    }
  }
`);

export const REGIONS_UNDER = graphql(`
  query EventRegionsUnder($parentId: ID) {
    regions(parentId: $parentId) {
      id
      name
      level
      path
    }
  }
`);

export const EVENT_REGISTRATIONS = graphql(`
  query EventRegistrations($id: ID!, $role: ParticipantRole, $after: String) {
    matchmakingEvent(id: $id) {
      id
      title
      registrations(first: 50, role: $role, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            displayName
            role
            status
            waitlistPosition
            representatives
            createdAt
            promotedAt
            cancelledAt
          }
        }
      }
    }
  }
`);

export const SCHEDULE_BOARD = graphql(`
  query ScheduleBoard($id: ID!) {
    matchmakingEvent(id: $id) {
      id
      title
      status
      tableCount
      schedulePublishedAt
      slots {
        index
        startsAt
        endsAt
      }
      meetings(activeOnly: true) {
        ...MeetingFields
      }
      pairRules {
        id
        kind
        firmRegistrationId
        bankRegistrationId
        slotIndex
        tableIndex
      }
      latestSchedule {
        ...ScheduleFields
      }
    }
  }
`);

export const SCHEDULE_FIELDS = graphql(`
  fragment ScheduleFields on MeetingSchedule {
    id
    status
    progress
    objective
    quality
    upperBound
    gap
    firmsMet
    firmsRegistered
    meetingCount
    solver
    error
    finishedAt
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    eventId
    eventTitle
    slotIndex
    tableIndex
    startsAt
    endsAt
    firmName
    bankName
    productName
    firmRegistrationId
    bankRegistrationId
    firmResponse
    bankResponse
    declineReason
    score
    status
    pinned
    intent
    offeredAmount {
      amountFen
    }
    outcomeNote
    outcomeRecordedAt
  }
`);

export const MEETING_SCHEDULE = graphql(`
  query MeetingSchedule($id: ID!) {
    meetingSchedule(id: $id) {
      ...ScheduleFields
    }
  }
`);

export const SCHEDULE_MEETINGS = graphql(`
  mutation ScheduleEventMeetings($eventId: ID!, $input: ScheduleMeetingsInput) {
    scheduleEventMeetings(eventId: $eventId, input: $input) {
      ...ScheduleFields
    }
  }
`);

export const PUBLISH_SCHEDULE = graphql(`
  mutation PublishEventSchedule($eventId: ID!) {
    publishEventSchedule(eventId: $eventId) {
      id
      status
      schedulePublishedAt
    }
  }
`);

export const PIN_MEETING = graphql(`
  mutation PinMeeting($input: PinMeetingInput!) {
    pinMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const MY_MEETINGS = graphql(`
  query MyMeetings($after: String, $upcoming: Boolean) {
    myMeetings(first: 50, after: $after, upcoming: $upcoming) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MeetingFields
        }
      }
    }
  }
`);

export type MeetingRow = MyMeetingsQuery['myMeetings']['edges'][number]['node'];

export const EVENT_MEETINGS = graphql(`
  query EventMeetings($id: ID!) {
    matchmakingEvent(id: $id) {
      id
      title
      status
      canManage
      meetings {
        ...MeetingFields
      }
    }
  }
`);

export type EventMeetings = NonNullable<EventMeetingsQuery['matchmakingEvent']>;

export const RESPOND_TO_MEETING = graphql(`
  mutation RespondToMeeting($meetingId: ID!, $accept: Boolean!, $reason: String) {
    respondToMeeting(meetingId: $meetingId, accept: $accept, reason: $reason) {
      ...MeetingFields
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordMeetingOutcome($input: MeetingOutcomeInput!) {
    recordMeetingOutcome(input: $input) {
      ...MeetingFields
    }
  }
`);

export const SUBMIT_SURVEY = graphql(`
  mutation SubmitEventSurvey($input: EventSurveyInput!) {
    submitEventSurvey(input: $input) {
      id
      rating
      comment
      updatedAt
    }
  }
`);

export const EVENT_REPORT = graphql(`
  query EventReport($id: ID!) {
    matchmakingEvent(id: $id) {
      id
      title
      status
      reportCsv
      report {
        firmsRegistered
        banksRegistered
        waitlisted
        cancelled
        meetingsScheduled
        meetingsAccepted
        meetingsDeclined
        meetingsHeld
        noShows
        creditOffered {
          amountFen
        }
        loanApplications
        loans
        loanAmount {
          amountFen
        }
        averageRating
        surveyResponses
        intents {
          intent
          count
        }
        ratings {
          rating
          count
        }
        byBank {
          bankId
          bankName
          meetings
          held
          creditLines
          creditOffered {
            amountFen
          }
          loans
          loanAmount {
            amountFen
          }
        }
      }
    }
  }
`);
