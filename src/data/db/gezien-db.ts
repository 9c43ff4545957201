// The device's copy of the family's case. Only this folder imports Dexie (DESIGN.md §2); everything
// else reads through src/data/repos. One table per synced entity, keyed by id and indexed by caseId,
// plus `meta` (device and session facts) and `outbox` (writes not yet accepted by the server).
// While the app lock is on, every row but the lock's own `vault` is sealed at rest (row-sealing.ts).
import { Dexie, type EntityTable } from 'dexie';
import type { MeResponse } from '../../shared/api/me';
import type { EntityName, EntityValue } from '../../shared/sync/protocol';
import { rowKeyState, setRowKeyState } from './row-key';
import { rowSealingMiddleware } from './row-sealing';

export const DB_NAME = 'gezien';

export interface MetaValues {
  /** Random per device (and per login: logout wipes it with everything else). */
  clientId: string;
  cursor: string | null;
  lastMutationId: number;
  lastSyncedAt: string;
  me: MeResponse;
  currentCaseId: string;
  sessionExpired: boolean;
  /** Ids of decisions, reasons, events and replies shown on Mijn overzicht at the last visit. */
  seenIds: string[];
  /** The next outbox mutationId; only ever grows, so an id is never reused on this client. */
  nextMutationId: number;
  /** storage.persist() was asked once for this login. */
  persistRequested: boolean;
}
export type MetaKey = keyof MetaValues;
export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

/**
 * A note kept only on this device (never synced, never in the outbox), e.g. "Wat wil ik zeggen" for
 * an event. Keyed by the id of what it is about; logout wipes it with the rest of the database.
 */
export interface DeviceNote {
  id: string;
  caseId: string;
  subjectType: 'event';
  text: string;
  updatedAt: string;
}

/**
 * Words being typed that are not sent yet (issue 9): kept while typing so a reload or a closed app
 * loses nothing. Never synced; logout wipes it with the rest of the database.
 */
export interface Draft {
  /** What the words are for, e.g. `voice:<subject id>` or `edit:<perspective id>`. */
  key: string;
  caseId: string;
  text: string;
  stance: string | null;
  audience: string | null;
  houses: { worries: string; goodThings: string; dreams: string } | null;
  updatedAt: string;
}

/** A local write waiting for the server (filled by mutate(); DESIGN.md §4). */
export interface OutboxEntry {
  mutationId: number;
  name: string;
  args: unknown;
  caseId: string;
  /** When the family wrote it (device clock); the optimistic row uses it until the server's arrives. */
  createdAt: string;
}

/**
 * The server's value of a row (null: the row did not exist) from before the first pending mutation
 * changed it. A pull rewinds to these, applies the server's changes and replays the outbox (rebase).
 */
export interface ShadowRow {
  key: string;
  entity: EntityName;
  id: string;
  caseId: string;
  value: unknown;
}

/** A write the server refused: kept with its words so the family sees why and loses nothing. */
export interface RejectedMutation extends OutboxEntry {
  code: string;
  /** The entity row the write was about (e.g. the perspective id), for showing it on the item. */
  entityId: string | null;
  rejectedAt: string;
}

/**
 * The app lock's settings and the data key wrapped by the PIN (src/data/lock). Never sealed: it is
 * read before the key exists. It holds no case data; logout deletes it with everything else.
 */
export interface LockVault {
  key: 'lock';
  salt: Uint8Array;
  iterations: number;
  /** The AES-GCM data key, wrapped with AES-KW by the key derived from the PIN. */
  wrappedKey: ArrayBuffer;
  failures: number;
  idleMinutes: number;
}

type EntityTables = { [E in EntityName]: EntityTable<EntityValue<E>, 'id'> };

export type GezienDb = Dexie &
  EntityTables & {
    meta: EntityTable<MetaRow, 'key'>;
    outbox: EntityTable<OutboxEntry, 'mutationId'>;
    deviceNote: EntityTable<DeviceNote, 'id'>;
    draft: EntityTable<Draft, 'key'>;
    shadow: EntityTable<ShadowRow, 'key'>;
    rejected: EntityTable<RejectedMutation, 'mutationId'>;
    vault: EntityTable<LockVault, 'key'>;
  };

/**
 * Tests that run several devices in one process (tests/integration/fault) give each device module
 * graph its own IndexedDB (fake-indexeddb's `new IDBFactory()`) by setting this global before they
 * import the data layer. The browser never sets it.
 */
export const INDEXED_DB_OVERRIDE = Symbol.for('gezien.indexedDb');
export interface IndexedDbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}
const override = (globalThis as { [INDEXED_DB_OVERRIDE]?: IndexedDbDependencies })[INDEXED_DB_OVERRIDE];

function declareSchema(db: GezienDb): void {
  db.version(1).stores({
    case: 'id',
    member: 'id, caseId',
    involvement: 'id, caseId',
    decision: 'id, caseId, decidedOn',
    statement: 'id, caseId, decisionId',
    perspective: 'id, caseId, subject.id',
    reply: 'id, caseId, perspectiveId',
    event: 'id, caseId, startsAt',
    meta: 'key',
    outbox: 'mutationId, caseId',
  });
  // 2: device-only notes (issue 5).
  db.version(2).stores({ deviceNote: 'id, caseId' });

  // 3 (sync, issue 3): outbox entries carry createdAt; shadow rows for rebasing pending writes over
  // pulls; rejected writes kept with their words. Outboxes before 3 were always empty (no writes).
  db.version(3).stores({
    // args.id: the row a write is about, so a screen can ask "is this perspective still pending?".
    outbox: 'mutationId, caseId, args.id',
    shadow: 'key, caseId',
    rejected: 'mutationId, caseId, entityId',
  });

  // 4 (family voice, issue 9): drafts of words not sent yet.
  db.version(4).stores({ draft: 'key, caseId' });

  // 5 (app lock, issue 15): the lock's wrapped key and settings.
  db.version(5).stores({ vault: 'key' });
}

function createDb(dependencies?: IndexedDbDependencies): GezienDb {
  const created = new Dexie(DB_NAME, dependencies ? { ...dependencies } : undefined) as GezienDb;
  declareSchema(created);
  created.use(rowSealingMiddleware(() => scheduleFullPull()));
  // Before any other query: a vault means the rows are sealed and the key is not in memory yet.
  created.on('ready', async (opened) => {
    const vault = await (opened as GezienDb).vault.get('lock');
    const mode = rowKeyState().mode;
    if (vault && mode === 'plain') setRowKeyState({ mode: 'locked' });
    if (!vault && mode !== 'plain') setRowKeyState({ mode: 'plain' });
  });
  return created;
}

/**
 * The device database. A live binding: shared-device mode (switchToMemoryStorage) replaces it, before
 * anything is stored, with one that lives only in this page's memory.
 */
export let db: GezienDb = createDb(override);

let memory = false;
export const isMemoryStorage = (): boolean => memory;

/**
 * Shared-device mode (SECURITY.md G4): from now on this page keeps the case in memory only
 * (fake-indexeddb's in-memory IndexedDB); nothing reaches the device's storage. Loaded on demand.
 */
export async function switchToMemoryStorage(): Promise<void> {
  if (memory) return;
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  db.close();
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  memory = true;
}

/** A sealed row that no longer opens: pull everything again, so the server's rows replace it. */
function scheduleFullPull(): void {
  setTimeout(() => {
    db.meta.put({ key: 'cursor', value: null }).catch(() => undefined);
  });
}

let generation = 0;

/** Changes at every wipe: work started before a logout must not write into the next session. */
export const localDataGeneration = (): number => generation;

/**
 * Deletes the whole database from the device. The instance stays usable: the next read or write
 * (after a new login) creates an empty database again.
 */
export async function deleteLocalDatabase(): Promise<void> {
  generation += 1;
  setRowKeyState({ mode: 'plain' });
  await db.delete({ disableAutoOpen: false });
}
