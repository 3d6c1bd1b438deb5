import { describe, expect, it } from 'vitest';
import { splitAbstractSections } from './abstract-sections.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitAbstractSections', () => {
	it('sets apart the parts Zotero joins to an abstract with comma lines, a list and a paragraph', () => {
		const text = [
			'Rivers carry sediment to the sea. We model twenty basins.',
			'          , ',
			'            Plain Language Summary',
			'            Rivers move mud. We counted how much.',
			'          , ',
			'            Key Points',
			'            ',
			'                  Sediment loads fell in most basins',
			'                ',
			'                  Dams explain half of the fall',
		].join('\n');
		expect(splitAbstractSections(text, collapse)).toEqual({
			abstract: 'Rivers carry sediment to the sea. We model twenty basins.',
			sections: [
				{ heading: 'Plain Language Summary', items: ['Rivers move mud. We counted how much.'], list: false },
				{ heading: 'Key Points', items: ['Sediment loads fell in most basins', 'Dams explain half of the fall'], list: true },
			],
		});
	});

	it('keeps lines that end as sentences as paragraphs, and an abstract in a second language apart', () => {
		const text = 'We study soils.\n,\nResumen\nEstudiamos suelos.\nMedimos el carbono.';
		expect(splitAbstractSections(text, collapse).sections).toEqual([{ heading: 'Resumen', items: ['Estudiamos suelos.', 'Medimos el carbono.'], list: false }]);
	});

	it('leaves a text whole without a joint, with nothing before it, or with a sentence after the comma line', () => {
		for (const text of [
			'We study soils, and\n,\nthe carbon in them.',
			'We study soils.\n,\nThe carbon in them rose by 3.5 percent over the decade\nas we show.',
			'\n,\nKey Points\nSoils hold carbon',
			'We study soils.\n, Key Points\nSoils hold carbon',
		])
			expect(splitAbstractSections(text, collapse)).toEqual({ abstract: collapse(text), sections: [] });
	});
});
