import type {
  Case,
  CaseEvent,
  Decision,
  Involvement,
  Member,
  Perspective,
  Reply,
  Statement,
} from '../../shared/domain';

/** A login of the demo: username + the member it acts as (professionals are members of the case too). */
export interface DemoUser {
  id: string;
  username: 'naima' | 'daan' | 'sam' | 'jeugdbeschermer';
  kind: 'family' | 'professional';
  displayName: string;
  memberId: string;
  /** A professional's organisation (on the login, as `npm run admin` sets it). */
  organisation?: string;
}

/** The whole demo family, every row valid against its shared schema. */
export interface DemoFamily {
  case: Case;
  users: DemoUser[];
  members: Member[];
  involvements: Involvement[];
  decisions: Decision[];
  statements: Statement[];
  events: CaseEvent[];
  perspectives: Perspective[];
  replies: Reply[];
}
