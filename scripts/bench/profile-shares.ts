/**
 * Where a V8 CPU profile's time goes, by component of the generator: "entity rules", "wink-nlp
 * readDoc", "complete: related papers", GC, a worker waiting for work. Each sample counts once,
 * under the first component whose function is on its stack walking from the sampled frame towards
 * the root, so nested components (wink-nlp's reading inside the text annotation) are not counted
 * twice and the shares add up to the whole profile.
 *
 * Samples are counted, not their `timeDeltas` summed: on a loaded machine a thread descheduled
 * between two samples has the whole wait added to the sample before it (one sample of a trivial
 * pattern carried 0.4 s once), while the sampler keeps a steady pace, so counts give shares
 * that agree from run to run.
 */

/** The parts of a `.cpuprofile` file (`node --cpu-prof`) read here. */
export interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	samples: number[];
}

/** A component: a label and the names of the functions that mark its samples. */
export interface Component {
	label: string;
	functions: readonly string[];
}

/** A profile's samples by component, largest first, and in all. */
export interface ProfileShares {
	samples: number;
	shares: { label: string; samples: number }[];
}

/** The label of samples under no component. */
export const OTHER = 'other';

/**
 * Samples of `profile` by component: the component of the innermost frame on the sample's stack
 * that some component names (a function named by two components belongs to the one listed first).
 *
 * @example profileShares(profile, [{ label: 'GC', functions: ['(garbage collector)'] }])
 * // → { samples: 25066, shares: [{ label: 'other', samples: 23543 }, { label: 'GC', samples: 1523 }] }
 */
export function profileShares(profile: CpuProfile, components: readonly Component[]): ProfileShares {
	const byFunction = new Map<string, number>();
	components.forEach((component, rank) => {
		for (const name of component.functions) if (!byFunction.has(name)) byFunction.set(name, rank);
	});
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	// The component of each node, worked out once: a profile has far fewer nodes than samples.
	const componentOf = new Map<number, number>();
	const resolve = (id: number): number => {
		const known = componentOf.get(id);
		if (known !== undefined) return known;
		const own = byFunction.get(nodes.get(id)?.callFrame.functionName ?? '');
		const up = parent.get(id);
		const found = own ?? (up === undefined ? -1 : resolve(up));
		componentOf.set(id, found);
		return found;
	};
	const counts = new Map<string, number>();
	for (const id of profile.samples) {
		const rank = resolve(id);
		const label = rank < 0 ? OTHER : components[rank]!.label;
		counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	const shares = [...counts].map(([label, samples]) => ({ label, samples })).sort((a, b) => b.samples - a.samples || a.label.localeCompare(b.label));
	return { samples: profile.samples.length, shares };
}

/**
 * The annotate stage's components (`scripts/bench/stage.ts annotate`, main thread and workers):
 * per paper, the rules and wink-nlp's reading; on the worker that prepares it and on the main
 * thread that completes it, the collection steps; the page bodies rendered ahead; GC and waiting.
 */
export const ANNOTATE_COMPONENTS: readonly Component[] = [
	{ label: 'wink-nlp readDoc', functions: ['readDoc'] },
	{ label: 'tokens and sentences located (analyzeText)', functions: ['analyzeText'] },
	{ label: 'entity rules', functions: ['extractEntities', 'extractEntitiesOfPapers'] },
	{ label: 'TL;DR', functions: ['selectTldr'] },
	{ label: 'summary', functions: ['splitSummary'] },
	{ label: 'claims', functions: ['extractClaims', 'extractClaimsOfPapers'] },
	{ label: 'acronyms', functions: ['extractAcronyms'] },
	{ label: 'keyphrase candidates', functions: ['extractKeyphraseCandidates'] },
	{ label: 'keyphrase filters', functions: ['filterKeyphrases'] },
	{ label: 'keyphrase features (per paper)', functions: ['keyphraseFeaturesOf'] },
	{ label: 'per paper, other', functions: ['annotatePaper', 'annotatePaperBatch'] },
	{ label: 'prepare: taxonomy topics', functions: ['assignTopics'] },
	{ label: 'prepare: document words', functions: ['documentWords'] },
	{ label: 'prepare: text features', functions: ['collectTextFeatures'] },
	{ label: 'prepare: derived topics', functions: ['deriveTopics'] },
	{ label: 'prepare: other', functions: ['prepareCollection'] },
	{ label: 'complete: related papers', functions: ['findRelatedPapersReusing'] },
	{ label: 'complete: keyphrase ranking', functions: ['rankKeyphrasesReusing'] },
	{ label: 'complete: other', functions: ['completeCollection'] },
	{ label: 'page bodies ahead', functions: ['renderClaimedBodies'] },
	{ label: 'GC', functions: ['(garbage collector)'] },
	{ label: 'worker waiting for work', functions: ['atomicsWaitLoop'] },
	{ label: 'idle', functions: ['(idle)'] },
];

/**
 * A one-abstract rebuild's generate (`scripts/build.ts --no-site` with the caches in place): the
 * collection steps redone over every paper, the content-hash cache read, the listing parsed, and
 * the modules loaded. Module loading is split as Node does it (resolve, link, compile from the
 * compile cache, type stripping, each module's top-level code), since a rebuild annotates one
 * paper but loads every rule; the components listed first are the innermost, so the wink-nlp
 * model read by a module's top-level code counts as the model, not as top-level code.
 */
export const REBUILD_COMPONENTS: readonly Component[] = [
	{ label: 'collection: text features', functions: ['collectTextFeatures'] },
	{ label: 'collection: related papers', functions: ['findRelatedPapersReusing'] },
	{ label: 'collection: vectorize', functions: ['vectorize'] },
	{ label: 'collection: prepare, other', functions: ['prepareCollection'] },
	{ label: 'collection: complete, other', functions: ['completeCollection'] },
	{ label: 'cache read (content-hash cache)', functions: ['readEntries', 'JsonCache'] },
	{ label: 'generator version (source digests)', functions: ['generatorVersion', 'digestSources'] },
	{ label: 'listing parsed', functions: ['parseListing', 'readSources'] },
	{ label: 'pages written', functions: ['writeGeneratedDir'] },
	{ label: 'module init: wink-nlp model', functions: ['readModel', 'loadModel'] },
	{ label: 'module init: moo lexers', functions: ['compileRules'] },
	{ label: 'modules: type stripping', functions: ['stripTypeScriptModuleTypes'] },
	{ label: 'modules: compiled (compile cache)', functions: ['compileSourceTextModule', 'getCompileCacheEntry', 'ModuleWrap'] },
	{ label: 'modules: resolved', functions: ['resolveSync', 'defaultResolve', 'moduleResolve'] },
	{ label: 'modules: loaded and linked', functions: ['loadAndTranslate', 'link', 'syncLink', 'getOrCreateModuleJob', 'compileForInternalLoader', 'requireBuiltin'] },
	{ label: 'the changed papers annotated, other', functions: ['annotatePapers'] },
	{ label: 'module init: top-level code', functions: ['evaluate'] },
	{ label: 'generate, other', functions: ['generate', 'main'] },
	{ label: 'GC', functions: ['(garbage collector)'] },
	{ label: 'idle', functions: ['(idle)'] },
];
