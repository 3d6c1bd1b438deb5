import { describe, expect, it } from 'vitest';
import { loadSeedPapers } from '../fixtures/seed.ts';
import { textFeatures } from './terms.ts';
import { collectTextFeatures, documentWords, type TextFeatureTable } from './text-feature-table.ts';

/** The table as `textFeatures` makes it, one document at a time with a map each: what the table must equal. */
function tableByTextFeatures(docs: readonly { title: string; abstract: string }[]): TextFeatureTable {
	const table: TextFeatureTable = { features: [], forms: [], docs: [] };
	const intern = (value: string, list: string[]) => (list.includes(value) ? list.indexOf(value) : list.push(value) - 1);
	for (const doc of docs) {
		const counts = new Map<string, number>();
		const forms = new Map<string, string>();
		textFeatures(doc.title, counts, forms, 2);
		textFeatures(doc.abstract, counts, forms, 1);
		const entries = [...counts];
		const ids = entries.map(([feature]) => intern(feature, table.features));
		const written = entries.map(([feature]) => intern(forms.get(feature)!, table.forms));
		table.docs.push({ ids: Int32Array.from(ids), counts: Float64Array.from(entries.map(([, count]) => count)), forms: Int32Array.from(written) });
	}
	return table;
}

describe('collectTextFeatures', () => {
	it('gives exactly the features, counts and forms textFeatures gives, in the same order', () => {
		const edges = [
			// Stop words break pairs; punctuation, a URL or a line break between words do or do not.
			{ title: 'Offline RL and LLMs', abstract: 'Offline RL, offline-RL; see https://example.org/rl for Offline RL.\nRL agents' },
			{ title: 'Zero-shot Policies', abstract: 'The ImageNet\u00a0models of the policy’s LLM\u2003agents, agents’ policies in GPT-4 and in 3D.' },
			{ title: 'a', abstract: 'I' },
			{ title: 'Offline RL and LLMs', abstract: 'Offline RL again, with offline RL.' },
		];
		const docs = [...loadSeedPapers(), ...edges];
		expect(collectTextFeatures(docs)).toEqual(tableByTextFeatures(docs));
		// The cases above are there: a pair across a no-break space or a line break, none across a comma or a URL.
		const table = collectTextFeatures(edges);
		expect(table).toEqual(tableByTextFeatures(edges));
		const holding = (feature: string) => table.docs.filter((doc) => [...doc.ids].includes(table.features.indexOf(feature))).length;
		expect(holding('imagenet model')).toBe(1);
		expect(holding('rl agent')).toBe(1);
		expect(holding('offlin rl')).toBe(2);
		expect(table.features).not.toContain('exampl');
		expect(table.forms).toContain('offline RL');
	});

	it('gives the same table from documents\' words read before and kept as JSON (the cache), some of them only', () => {
		const docs = [
			...loadSeedPapers(),
			{ title: 'Offline RL and LLMs', abstract: 'Offline RL, offline-RL; see https://example.org/rl for Offline RL.\nRL agents of the LLMs' },
			{ title: 'a', abstract: 'I' },
		];
		const kept = JSON.parse(JSON.stringify(docs.map(documentWords))) as ReturnType<typeof documentWords>[];
		expect(collectTextFeatures(docs, kept)).toEqual(collectTextFeatures(docs));
		expect(collectTextFeatures(docs, kept.map((words, i) => (i % 2 ? words : undefined)))).toEqual(collectTextFeatures(docs));
		expect(documentWords({ title: 'Offline RL', abstract: 'Offline RL, and offline RL agents.' })).toEqual({ words: ['Offline', 'RL', 'offline', 'agents'], title: [0, 1], abstract: [0, 1, -1, 2, 1, 3] });
	});

	it('stores each distinct feature and form once for the whole collection', () => {
		const table = collectTextFeatures(loadSeedPapers());
		expect(new Set(table.features).size).toBe(table.features.length);
		expect(new Set(table.forms).size).toBe(table.forms.length);
		expect(table.features).toContain('reinforc learn');
	});
});
