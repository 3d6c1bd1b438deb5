import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { wordsOf } from './keyphrase-words.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';

/** Each word of `text` with its kind, as `word:kind`. */
const kinds = (text: string) => wordsOf(text, analyzeText(text).tokens).map((w) => `${text.slice(w.start, w.end)}:${w.kind}`);

describe('wordsOf', () => {
	it('joins hyphenated tokens and a version number inside a name into one word', () => {
		expect(kinds('We use post-training quantization.')).toEqual(['We:other', 'use:other', 'post-training:noun', 'quantization:noun', '.:other']);
		expect(kinds('We compare GPT-3.5 models.')).toContain('GPT-3.5:noun');
	});

	it('reads a word after a subject, a modal or an infinitive "to" as a verb', () => {
		expect(kinds('Models can boost recall.')).toContain('boost:other');
	});

	it('reads a word between a singular noun and its object as the verb ("crisis show that", "farm increase the")', () => {
		// A COVID-19 list's wording, and a held-out aquaculture abstract's (unseen-agri-extension.bib).
		expect(kinds('Results from the Covid-19 crisis show that firms adapt.')).toContain('show:other');
		expect(kinds('An increased fingerling density and a larger farm increase the risk.')).toContain('increase:other');
		expect(kinds('The proposed encoder exhibits a strong bias.')).toContain('exhibits:other');
		// A head noun before a "that" clause, or before a clause with its own subject, stays a noun.
		expect(kinds('The price increase that followed hurt farmers.')).toContain('increase:noun');
		expect(kinds('We build a recommendation system the users trust.')).toContain('system:noun');
	});

	it('reads a gerund after a singular noun as a noun, and one opening a clause as a verb', () => {
		const words = kinds('We release a reasoning dataset consisting of RNA sequencing data.');
		expect(words).toContain('sequencing:noun');
		expect(words).toContain('consisting:other');
	});

	it('reads a gerund English uses as a preposition as no noun ("history regarding composition styles")', () => {
		// Round 14's music-information-retrieval BibTeX wording.
		expect(kinds('We study music history regarding composition styles.')).toContain('regarding:other');
	});

	it('trims a superlative from a phrase\'s start ("highest malaria transmission"), round 26 Anopheles wording', () => {
		const found = extractKeyphraseCandidates('Cordoba had the highest malaria transmission, and we fit least squares models.').map((c) => c.text);
		expect(found).toContain('malaria transmission');
		expect(found).not.toContain('highest malaria transmission');
	});

	it('reads a singular noun of anatomy in "s" as one that opens a compound ("psoas abscess")', () => {
		// Round 24's spinal-infection MEDLINE wording: "psoas" read as a plural cut "tuberculous psoas abscess".
		expect(extractKeyphraseCandidates('We report a case of tuberculous psoas abscess in a child.').map((c) => c.text)).toContain('tuberculous psoas abscess');
	});

	it('reads a gerund after a noun singular in "s" as a noun ("gas sensing", "process mining"), not after a plural', () => {
		expect(kinds('We study gas sensing and process mining.')).toEqual(expect.arrayContaining(['sensing:noun', 'mining:noun']));
		expect(kinds('Sensors using light fail.')).toContain('using:other');
	});

	it('reads a gerund after a noun that takes an object as a verb ("estimation targeting the …")', () => {
		expect(kinds('We use critic estimation targeting the optimal policy.')).toContain('targeting:other');
		expect(kinds('We use RNA sequencing data.')).toContain('sequencing:noun');
		expect(kinds('Reinforcement learning fine-tuning (RLFT) is common.')).toContain('learning:noun');
	});

	it('reads a gerund that makes a verb idiom with the noun after it as a verb ("transformation taking place")', () => {
		// An IEEE Pulse abstract's wording (unseen-round33-smart-on-fhir.csv).
		expect(kinds('A series on the dramatic transformation taking place in health informatics.')).toContain('taking:other');
		expect(kinds('We use RNA sequencing data.')).toContain('sequencing:noun');
	});

	it('joins names at a double hyphen or an en dash, but not a range of numbers', () => {
		const words = kinds('We solve the Hartree--Fock equations and the Lennard\u2013Jones model over 2010\u20132020.');
		expect(words).toContain('Hartree--Fock:noun');
		expect(words).toContain('Lennard\u2013Jones:noun');
		expect(words).not.toContain('2010\u20132020:noun');
	});

	it('reads a list numeral and the second word of a Latin phrase as no noun', () => {
		const words = kinds('We measure (iii) the density in situ.');
		expect(words).toContain('iii:other');
		expect(words).toContain('situ:other');
	});

	// unseen-round6-electrocatalysis.bib: "ab initio simulations" named a derived topic "Initio simulations".
	it('reads a Latin phrase before a noun as one modifier, and its second word alone as no noun', () => {
		expect(kinds('We run ab initio simulations.')).toEqual(['We:other', 'run:other', 'ab initio:adj', 'simulations:noun', '.:other']);
		expect(kinds('A de novo design in vivo conditions.')).toEqual(expect.arrayContaining(['novo:other', 'vivo:other']));
		expect(kinds('The rates were computed ab initio.')).toContain('initio:other');
	});

	// SMHomayouni/DigitalTwin4Seaports · scopus.csv (Scopus export on digital twins of seaports, not committed): a topic "Industry".
	it('reads a name numbered by its era as one noun ("Industry 4.0"), and no other number after a name', () => {
		expect(kinds('Ports adopt Industry 4.0 technologies.')).toContain('Industry 4.0:noun');
		expect(kinds('We ran Llama 3.1 models.')).not.toContain('Llama 3.1:noun');
		expect(kinds('The Mw 6.0 Parkfield earthquake.')).not.toContain('Mw 6.0:noun');
	});

	it('reads a participle before a noun as its modifier, but not one after a subject or an auxiliary', () => {
		expect(kinds('We study budgeted inference-time reasoning.')).toContain('budgeted:adj');
		expect(kinds('It aligns query intent and retrieved evidence.')).toContain('retrieved:adj');
		expect(kinds('We introduce a novel automated data-construction pipeline.')).toContain('automated:adj');
		expect(kinds('The method has reduced costs.')).toContain('reduced:other');
		expect(kinds('Existing models trained data.')).toContain('trained:other');
	});

	it('reads a gerund between a determiner and a noun as its modifier ("the denoising steps")', () => {
		expect(kinds('It replaces part of the denoising steps.')).toContain('denoising:noun');
		expect(kinds('We train a routing network.')).toContain('routing:noun');
		// Without the determiner the gerund may govern an object ("by routing tokens").
		expect(kinds('It works by routing tokens.')).toContain('routing:other');
	});

	it('reads a gerund before a relative clause as the head noun of its compound', () => {
		expect(kinds('It uses maturity-aware update gating that stabilizes skills.')).toContain('gating:noun');
		expect(kinds('We use critic estimation targeting the optimal policy.')).toContain('targeting:other');
	});

	it('reads a word taken for a verb before an auxiliary, or after nouns joined by "and", as a compound head', () => {
		expect(kinds('Their robustness against adversarial prompts is paramount.')).toContain('prompts:noun');
		expect(kinds('It comprises samples across attack and refusal prompts.')).toContain('prompts:noun');
		// After a plural noun the word is the verb of its subject.
		expect(kinds('It relies on cats and dogs play.')).toContain('play:other');
	});

	it('reads a capitalised word between two words of a name as part of it', () => {
		expect(kinds('It is resolved through an Audio Sink Token mechanism.')).toContain('Sink:noun');
	});

	it('reads an "-s" verb of change after a singular noun as the verb, before "-ly", "down" or a clause end (round 38 MALDI-TOF wording)', () => {
		const found = extractKeyphraseCandidates(
			'The tones fade as the blade skew angle increases, and as skew angle increases. The algorithm scales linearly with size. For related species, the resolution power drops down to the genus level.',
		).map((c) => c.text);
		expect(found).toEqual(expect.arrayContaining(['blade skew angle', 'resolution power', 'genus level']));
		expect(found.some((c) => /increases|scales|drops/.test(c))).toBe(false);
		// A plural head of another verb, or before a conjunction outside such a clause, stays.
		expect(extractKeyphraseCandidates('Rye roots and vetch shoots were sampled when the rye roots and shoots grew.').map((c) => c.text)).toContain('vetch shoots');
	});

	it('ends a run at the gerund of a verb that takes an object and opens no compound', () => {
		const found = extractKeyphraseCandidates('This is achieved by a nominal controller ensuring comfort. The average cancer patient undergoing palliative therapy is overweight.').map((c) => c.text);
		expect(found).toEqual(expect.arrayContaining(['nominal controller', 'cancer patient', 'palliative therapy']));
		expect(found.some((c) => /ensuring|undergoing/.test(c))).toBe(false);
		// A gerund that does open compounds stays their word.
		expect(extractKeyphraseCandidates('We use RNA sequencing data.').map((c) => c.text)).toContain('RNA sequencing data');
	});

	it('reads a capitalised word before a name-ending capitalised gerund as part of the name (round 38 HF day wording)', () => {
		const found = extractKeyphraseCandidates('In this paper, we present FIRM (Faithful Image Reward Modeling), a comprehensive framework.').map((c) => c.text);
		expect(found).toContain('Faithful Image Reward Modeling');
		expect(found).not.toContain('Faithful Image');
		// An auxiliary before a capitalised gerund in a title is no word of a name.
		expect(kinds('How the FHIR API Is Transforming Healthcare')).toContain('Is:other');
	});

	it('reads a dimension written as a number and "D" as one modifier ("3D", "4D", "3D-aware")', () => {
		const words = kinds('We fit 3D meshes and 3D-aware priors to 4D dynamic scenes.');
		expect(words).toContain('3D:adj');
		expect(words).toContain('3D-aware:adj');
		expect(words).toContain('4D:adj');
		// A count of more digits ("128D" of a vector size) is no dimension.
		expect(kinds('We use 128D vectors.')).not.toContain('128D:adj');
	});

	it('reads an activity\'s gerund before a preposition as a noun, a prepositional verb\'s as a verb', () => {
		expect(kinds('We apply efficient prompt tuning with few labels.')).toContain('tuning:noun');
		expect(kinds('We release a dataset consisting of images.')).toContain('consisting:other');
		expect(kinds('We simulate agents operating in cities.')).toContain('operating:other');
	});

	it('reads a base-form verb between a compound\'s words as a noun ("prompt optimization", "reward model")', () => {
		expect(kinds('It enables a closed-loop prompt optimization process.')).toContain('prompt:noun');
		expect(kinds('We train with a learned reward model.')).toEqual(expect.arrayContaining(['learned:adj', 'reward:noun']));
		expect(kinds('It creates a dense multi-view reward mapping.')).toContain('reward:noun');
		// A singular subject's verb written without its "-s" stays a verb.
		expect(kinds('The method improve results.')).toContain('improve:other');
		expect(kinds('A window cache and a recurrent memory gate keep cost low.')).toContain('keep:other');
		// …as does a verb English has as no noun (round 10's glaciology and a population-geography wording).
		expect(kinds('Campaigns of the DASIO collection took place in the ocean.')).toContain('took:other');
		expect(kinds('Approaches to dasymetric mapping ignore cell-level patterning.')).toContain('ignore:other');
	});

	it('reads an "X-of-Y" compound as one noun whatever its last part\'s tag ("chain-of-thought", "mixture-of-experts")', () => {
		expect(kinds('We study chain-of-thought prompting.')).toContain('chain-of-thought:noun');
		const found = extractKeyphraseCandidates('We train mixture-of-experts models and a Spatiotemporal Grounded Chain-of-Thought (SGCoT).').map((c) => c.text);
		expect(found).toEqual(expect.arrayContaining(['mixture-of-experts models', 'Spatiotemporal Grounded Chain-of-Thought']));
	});

	it('reads letters written against a number as its unit, no word of a phrase ("3B-parameter model")', () => {
		const found = extractKeyphraseCandidates('We train a 120B-parameter hybrid language model and a compact 3B-parameter model.').map((c) => c.text);
		expect(found).toContain('hybrid language model');
		expect(found.some((c) => c.startsWith('B-parameter'))).toBe(false);
	});

	it('reads a participle before a compound, a gerund or after a hyphenated modifier as a modifier ("targeted fine-tuning")', () => {
		const found = (text: string) => extractKeyphraseCandidates(text).map((c) => c.text);
		expect(found('A continuous alignment scheme and targeted fine-tuning then fuse the parts.')).toContain('targeted fine-tuning');
		expect(found('It is a gated routing mechanism that amplifies cues.')).toContain('gated routing mechanism');
		expect(found('It leverages a large-scale pretrained audio encoder.')).toContain('pretrained audio encoder');
		// A participle after a subject is its verb.
		expect(found('Models trained using data improved.')).toEqual([]);
	});

	it('reads a gerund before an adverb and a verb as the subject\'s head ("length shaping dynamically elicits")', () => {
		expect(kinds('First, response length shaping dynamically elicits extended reasoning.')).toContain('shaping:noun');
		expect(kinds('Second, entropy shaping tightly bounds the model.')).toContain('shaping:noun');
	});
});
