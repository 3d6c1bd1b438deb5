import { describe, expect, it } from 'vitest';
import { emptyLexicons, parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { namesPersonInFull } from './person-full-names.ts';

describe('namesPersonInFull', () => {
	it('knows a full name written as a person, and its surname', () => {
		const text = 'Ingrid Halvorsen is a self-declared naturalist. Yet in her book she presents four regimes.';
		expect(namesPersonInFull('Ingrid Halvorsen', text)).toBe(true);
		expect(namesPersonInFull('Halvorsen', text)).toBe(true);
	});

	it('knows a full name by its surname written as a person', () => {
		expect(namesPersonInFull('Ingrid Halvorsen', "We reread Ingrid Halvorsen's first study. Later, as Halvorsen suggests, the fjord is kin.")).toBe(true);
	});

	it('knows a given name before the surname of a person joined by "and" to another', () => {
		const text = "This article challenges Tomas Lukas' and Ingrid Halvorsen's diagnosis of the coast, to which Halvorsen particularly refers.";
		expect(namesPersonInFull('Tomas Lukas', text)).toBe(true);
		expect(namesPersonInFull('Tomas', text)).toBe(true);
	});

	it('leaves names of work written after an article or with no person in the text', () => {
		expect(namesPersonInFull('Mersenne Twister', 'When the Mersenne Twister made his first appearance in 1997, it was fast.')).toBe(false);
		expect(namesPersonInFull('Kalman Filter', 'We fuse odometry with a Kalman Filter. Kalman Filter tracking is robust.')).toBe(false);
		expect(namesPersonInFull('Claude', 'We compare Claude and GPT-4o on the benchmark. Halvorsen suggests nothing.')).toBe(false);
	});
});

describe('person full names in extractEntities', () => {
	it('drops a scholar named in full, by surname or by a given name a lexicon lists as a model', () => {
		const lexicons = parseLexicons([{ file: 'content/lexicons/models.yaml', text: '- name: Tomas\n' }]);
		const title = 'Ingrid Halvorsen: Thinking with the Sami';
		const abstract =
			"This article proposes a re-reading of one of Ingrid Halvorsen's earliest works. In later work, Halvorsen reinterprets the ethnography. " +
			"It also challenges Tomas Lukas' and Ingrid Halvorsen's diagnosis of the coast, to which Halvorsen particularly refers.";
		expect(extractEntities(title, abstract, lexicons).map((e) => e.name)).toEqual([]);
		expect(extractEntities(title, abstract, emptyLexicons()).map((e) => e.name)).toEqual([]);
	});
});
