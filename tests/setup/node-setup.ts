// Node-side tests get a real (in-memory) IndexedDB so the client data layer runs unchanged.
import 'fake-indexeddb/auto';
