import { useLiveQuery } from 'dexie-react-hooks';
import { listEvents } from '../../../data/repos/events-repo';

/** The case's events on this device, earliest first; undefined while loading. */
export const useCaseEvents = (caseId: string) => useLiveQuery(() => listEvents(caseId), [caseId]);
