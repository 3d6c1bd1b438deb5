import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { splitSentences } from '../sentences.ts';
import { settingScene, tellsOwnWork } from './scene-setting.ts';
import { selectTldr } from './tldr.ts';

const saysWe = (sentence: string) => /\bwe\b/i.test(sentence);

describe('settingScene', () => {
	it('marks every sentence before the first one in the paper’s own voice', () => {
		expect(settingScene(['Mussels are a foundation species.', 'Marshes rely on them.', 'We sampled a marsh.', 'Mussels were rare.'], saysWe)).toEqual([
			true,
			true,
			false,
			false,
		]);
	});

	it('marks nothing when the abstract opens in its own voice', () => {
		expect(settingScene(['We sampled a marsh.', 'Mussels were rare.'], saysWe)).toEqual([false, false]);
	});

	it('marks nothing when the abstract never speaks of its own work', () => {
		expect(settingScene(['Fish farming matters.', 'The institute has initiated digital services.'], saysWe)).toEqual([false, false]);
	});
});

describe('tellsOwnWork', () => {
	it('reads a study told in the third person with an indefinite subject', () => {
		expect(tellsOwnWork('A two-year study evaluates a voice-based advisory service for smallholder farmers.')).toBe(true);
		expect(tellsOwnWork('A survey of 300 households in two districts examines how farmers use radio.')).toBe(true);
	});

	it('reads the paper’s own work by a definite description', () => {
		expect(tellsOwnWork('The present study tests both scenarios across ten languages.')).toBe(true);
		expect(tellsOwnWork('The proposed approach is evaluated on records from a university hospital.')).toBe(true);
		expect(tellsOwnWork('The authors argue that social media offer opportunities for extension.')).toBe(true);
	});

	it('leaves background and other studies alone', () => {
		expect(tellsOwnWork('Mobile phones promise to bring advice to unconnected farmers.')).toBe(false);
		expect(tellsOwnWork('Previous studies examined the adoption of mobile advice.')).toBe(false);
	});
});

// Each fixture is a made-up title and abstract in the forms abstracts of agriculture, seismology
// and neuroscience set the scene in (an institution's history, what a field's infrastructure relies
// on, what a method can capture), and one whose tool, named in the title, is defined before the
// first "we"; output.json holds the TL;DR shown.
describeStoredOutputs(new URL('./fixtures/scene-setting/', import.meta.url), 'TL;DR of an abstract that sets the scene, %s', 'is exactly the stored output.json', (file) => {
	const paper = JSON.parse(file('input.json')!) as { title: string; abstract: string };
	return { tldr: selectTldr(splitSentences(paper.abstract), paper.title).text };
});
