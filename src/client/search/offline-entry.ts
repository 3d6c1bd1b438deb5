/** Entry of `search-offline.js` (script-parts.ts): the engine over the offline data. */
import { createOfflineEngine } from './offline-engine.ts';
import { OFFLINE_ENGINE_PART, definePart } from './script-parts.ts';

definePart(OFFLINE_ENGINE_PART, createOfflineEngine);
