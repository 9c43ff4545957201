/** What the bench runner and its server process say to each other over IPC. */
export interface BenchServerOptions {
  db: 'sqlite' | 'postgres';
  /** Rows of the measured case (the test family grown to this size). */
  caseRows?: number;
  /** Other families in the same database. */
  otherCases?: number;
  /** Also seed the demo family (logins naima, daan, … with password gezien-demo). */
  demo?: boolean;
  /** A production build to serve; none → API only. */
  distDir?: string;
  port?: number;
}

export type ParentMessage =
  | { type: 'grow-case'; id: number; rows: number }
  | { type: 'add-cases'; id: number; count: number }
  | { type: 'memory'; id: number }
  | { type: 'stop'; id: number };

export interface ServerState {
  rows: number;
  otherCases: number;
  rss: number;
  heapUsed: number;
}

export interface ReadyMessage {
  type: 'ready';
  port: number;
  kind: 'sqlite' | 'postgres';
  caseId: string;
  memberIds: string[];
  usernames: string[];
  rows: number;
}
