import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { mayWriteAPerson, namesPerson, writtenAsPerson } from './person-names.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('namesPerson', () => {
	it('knows a surname by a verb of speech or belief after it', () => {
		expect(namesPerson('Bohr', 'In 1927 Bohr argued against the hidden variables.')).toBe(true);
		expect(namesPerson('Faraday', 'Faraday quickly replied with a letter.')).toBe(true);
	});

	it('knows a surname by "his" or "her" in the clause it opens, or by the possessive of a life', () => {
		expect(namesPerson('Noether', 'Noether published her theorem in 1918.')).toBe(true);
		expect(namesPerson('Maxwell', "We read Maxwell's letters to Thomson.")).toBe(true);
	});

	it('knows an author by the work of, and the surname joined to that author', () => {
		expect(namesPerson('Halvorsen', 'The thesis is traced through the work of Ingrid Halvorsen and Tomas Brekke.')).toBe(true);
		expect(namesPerson('Brekke', 'It is traced through the work of Ingrid Halvorsen and Tomas Brekke. Halvorsen and Brekke recast the debate.')).toBe(true);
		expect(names('Distance and Care: Ingrid Halvorsen, Tomas Brekke', 'It is traced through the work of Ingrid Halvorsen and Tomas Brekke. Halvorsen and Brekke recast the debate, and Brekke, unlike most, wrote plainly.')).toEqual([]);
	});

	it('knows an author by writings "by" a full name with a particle', () => {
		expect(namesPerson('Vries', 'The council reprinted letters by Anna Maria de Vries, and Vries became a symbol.')).toBe(true);
		expect(namesPerson('Vries', 'The council reprinted letters by the mayor, and Vries became a symbol.')).toBe(false);
	});

	it('knows a philosopher by what he states or distinguishes, and by the possessive of an argument or a view', () => {
		expect(namesPerson('Carnap', 'Carnap states that confirmation is a logical relation.')).toBe(true);
		expect(namesPerson('Popper', 'Popper distinguishes science from metaphysics.')).toBe(true);
		expect(namesPerson('Hempel', "The essay weighs Hempel's notion of confirmation against Hempel's argument for it.")).toBe(true);
		expect(namesPerson('Kuhn', "Kuhn's reasons for incommensurability are reviewed.")).toBe(true);
	});

	it('knows an author by what the author suggests or describes, and by the possessive of works or a cited year', () => {
		expect(namesPerson('Halvorsen', 'Fishing, as Halvorsen suggests, is a kind of kinship.')).toBe(true);
		expect(namesPerson('Ovid', 'Rather, Ovid describes a world in flux.')).toBe(true);
		expect(namesPerson('Halvorsen', "We reread one of Ingrid Halvorsen's earliest works.")).toBe(true);
		expect(namesPerson('Halvorsen', "In relation to Halvorsen's (2011) proposal of three regimes, …")).toBe(true);
		expect(namesPerson('Brekke', 'The coastal Sami, to which Brekke particularly refers, fish in winter.')).toBe(true);
		expect(namesPerson('Brekke', 'Brekke refers to the weighted loss we use.')).toBe(false);
	});

	it('knows a person by a profession of letters before the name or said of it, and a people by its understandings', () => {
		expect(namesPerson('Halvorsen', 'The meeting was hosted by the anthropologist Halvorsen in Oslo.')).toBe(true);
		expect(namesPerson('Halvorsen', 'Halvorsen is a self-declared naturalist.')).toBe(true);
		expect(namesPerson('Sami', "The essay follows the Sami's understandings of reindeer kinship.")).toBe(true);
	});

	it('takes a surname joined by "and" to a person for a person', () => {
		expect(namesPerson('Lorentz', 'Poincaré wrote to Lorentz. We contrast Poincaré and Lorentz.')).toBe(true);
	});

	it('leaves names a method or a model is written with', () => {
		expect(namesPerson('Jev', 'Jev reduces latency. Jev thinks before it answers, and Jev considers both goals.')).toBe(false);
		expect(namesPerson('Jev', 'We compare Jev and Taipan.')).toBe(false);
		expect(namesPerson('Jev', "Jev's approach states the goal first; Jev's argument parser is fast.")).toBe(false);
		expect(namesPerson('Maxwell-Boltzmann statistics', 'Maxwell wrote it.')).toBe(false);
	});
});

describe('mayWriteAPerson', () => {
	it('is false for a text with no word the person patterns read, and then no name in it is a person', () => {
		const text = 'Bohr and Transformer Models compute the energy of the ground state.';
		expect(mayWriteAPerson(text)).toBe(false);
		expect(writtenAsPerson('Bohr', text)).toBe(false);
	});

	it('holds for each kind of cue, wherever the name stands', () => {
		for (const text of ['Bohr argued so.', 'He read her notes.', "Maxwell's letters", "Strauss' letters", 'the linguists', 'the work of Bohr', 'it refers to']) {
			expect(mayWriteAPerson(text), text).toBe(true);
		}
	});
});

describe('writtenAsPerson at the edges of the windows it reads', () => {
	it('finds a verb the 60-character window cuts from what follows it ("refers" of "refers to")', () => {
		expect(writtenAsPerson('Bohr', `Bohr${' '.repeat(54)}refers to the model.`)).toBe(true);
		expect(writtenAsPerson('Bohr', `Bohr met${' '.repeat(53)}history of the model.`)).toBe(true);
	});

	it('finds a work noun the 40-character window cuts from the word it ends ("work of" of "framework of")', () => {
		expect(writtenAsPerson('Bohr', `A framework of${' '.repeat(33)}Bohr holds.`)).toBe(true);
	});

	it("reads a surname in \"s\" with a bare apostrophe as a possessive", () => {
		expect(writtenAsPerson('Strauss', "We read Strauss' letters.")).toBe(true);
	});
});

describe('person names in extractEntities', () => {
	it('drops the surnames a history of science writes about, however a rule found them', () => {
		const title = "Bohr's Atom and Sommerfeld's Ellipses";
		const abstract =
			'In 1913 Bohr presented his model of the atom, and in 1916 Arnold Sommerfeld extended it to ellipses. I explain the difference between Bohr and Sommerfeld. ' +
			'Bohr believed the orbits were circles. Later Bohr wrote about the ellipses. Critics doubted Bohr, and Sommerfeld.';
		expect(names(title, abstract)).toEqual([]);
	});
});
