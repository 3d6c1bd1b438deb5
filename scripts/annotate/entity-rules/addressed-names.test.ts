import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';

const lexicons = loadLexicons();
const names = (abstract: string) => extractEntities('', abstract, lexicons).map((e) => `${e.name}:${e.type}/${e.role}`);

describe('addressedNames', () => {
	it('takes title-case words given their web address as a resource, introduced when the authors launch it', () => {
		expect(names('To gather votes, we launch Model Court (modelcourt.org), a public site for comparing answers.')).toEqual([
			'Model Court:method/introduced',
		]);
		expect(names('Answers were collected through Poll Garden (https://pollgarden.net) over two weeks.')).toEqual(['Poll Garden:method/used']);
	});

	it('leaves a word that only opens the sentence, and a bracket that holds no address', () => {
		expect(names('Data (example.org) show a rise.')).toEqual([]);
		expect(names('We launch Model Court (a public site) for visitors.')).toEqual([]);
	});
});
