import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { frameworkNames } from './framework-names.ts';

const found = (abstract: string) =>
	frameworkNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('frameworkNames', () => {
	// unseen-round30 Hugging Face day: "We adopt the Transfusion framework, using next-token prediction for language …".
	it('takes one plain capitalised word between "the" and "framework"', () => {
		expect(found('We adopt the Fusionist framework, using next-token prediction for text.')).toEqual(['Fusionist:method/used']);
	});

	it("leaves adjectives, words also written in lower case, and a framework's plural or compound", () => {
		expect(found('We work under the Bayesian framework and the Classical framework.')).toEqual([]);
		expect(found('Within the Transfusion framework, transfusion of blood is modelled.')).toEqual([]);
		expect(found('Two Fusionist frameworks and the Fusionist framework-level view.')).toEqual([]);
	});
});

describe('framework names in extractEntities', () => {
	it('names the framework a paper adopts', () => {
		expect(extractEntities('', 'We adopt the Fusionist framework to train on text and images.', emptyLexicons()).map((e) => `${e.name}/${e.role}`)).toEqual(['Fusionist/used']);
	});
});
