import { describe, expect, it } from 'vitest';
import { phraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';

describe('phraseCarriers', () => {
	const carriers = phraseCarriers(
		[['ALMA data cubes', 'source detection'], ['Recurrent Neural Network', 'common-path OCT'], ['outputs']],
		[
			'Simulated ALMA data cubes. Source detection in data cubes.',
			'A Recurrent Neural Network reads common-path OCT scans. Language modeling is not a language model, nor are neural networks.',
			'Diffusion models make outputs; a diffusion model (DM) samples.',
		],
	);

	it('lists keyphrases that can name a topic and the noun phrases they end with', () => {
		expect(carriers.phrases(0)).toEqual(['ALMA data cubes', 'data cubes', 'source detection']);
		// A lone word stands alone only as an acronym; a lone lower-case keyphrase names nothing.
		expect(carriers.phrases(1)).toEqual(['Recurrent Neural Network', 'Neural Network', 'common-path OCT', 'OCT']);
		expect(carriers.phrases(2)).toEqual([]);
	});

	// unseen-round35-smart-ports.csv (scripts/eval/listings/SOURCES.md): two blockchain papers shared no topic.
	it('takes a lone lower-case word for a name when it is no word of general English', () => {
		const technical = phraseCarriers([['blockchain', 'maritime sector'], ['nanoparticles', 'power', 'modes'], ['data']], ['Blockchain in the maritime sector.', 'Nanoparticles and power modes.', 'Data.']);
		expect(technical.phrases(0)).toEqual(['blockchain', 'maritime sector']);
		expect(technical.phrases(1)).toEqual(['nanoparticles']);
		expect(technical.phrases(2)).toEqual([]);
		expect(technical.carries(0, 'blockchain', 'blockchain')).toBe(1);
		// Written, but no keyphrase of the paper: a lone word in passing carries nothing.
		expect(phraseCarriers([['maritime sector']], ['Blockchain in the maritime sector.']).carries(0, 'blockchain', 'blockchain')).toBe(0);
	});

	it('cuts no tail inside a name: a capitalised word after a name word, never written in lower case', () => {
		const named = phraseCarriers(
			[['Colli Albani volcano', 'Nevado del Ruiz Volcano', 'Markov Decision Process', 'Jekyll RDF']],
			['Eruptions of Colli Albani volcano and Nevado del Ruiz Volcano, a Markov Decision Process and Jekyll RDF; each volcano makes a decision.'],
		);
		expect(named.phrases(0)).toEqual(['Colli Albani volcano', 'Nevado del Ruiz Volcano', 'Markov Decision Process', 'Decision Process', 'Jekyll RDF', 'RDF']);
	});

	it('takes a lone capitalised word for a name only when the paper never writes it in lower case', () => {
		const titled = phraseCarriers(
			[['History', 'Landsat'], ['History']],
			['A Short History of Maps. We trace the history of survey maps from Landsat scenes.', 'History and Memory. Archives shape memory.'],
		);
		expect(titled.phrases(0)).toEqual(['Landsat']);
		expect(titled.phrases(1)).toEqual(['History']);
	});

	it('takes the lower-case plural for the word written in lower case', () => {
		const titled = phraseCarriers([['Intellectual']], ['The Writer/Intellectual. Writers and intellectuals reshape myths.']);
		expect(titled.phrases(0)).toEqual([]);
	});

	it('counts whole-word mentions in title and abstract, plurals included', () => {
		expect(carriers.carries(0, 'data cube')).toBe(2);
		expect(carriers.carries(2, 'diffusion model')).toBe(2);
		// "language modeling" is not "language model".
		expect(carriers.carries(1, 'language model')).toBe(1);
		expect(carriers.carries(1, 'recurrent neural network')).toBe(1);
	});

	it('counts no mention across a sentence\'s end or the line between title and abstract', () => {
		// After a fatigue study of the hypoxia export (PRIMAFF-WAKAMATSU/PICESWG49_bibliometrix, savedrecs.txt).
		const stops = phraseCarriers([['hypoxia']], ['Fatigue\nResponses were assessed at 3, 6 and 9 min. Hypoxia accelerated fatigue. Muscle hypoxia rose.']);
		expect(stops.carries(0, 'min hypoxia')).toBe(0);
		expect(stops.carries(0, 'fatigue response')).toBe(0);
		expect(stops.carries(0, 'muscle hypoxia')).toBe(1);
	});

	it('counts a form in "-y" where the text writes "-ies" or "-ie"', () => {
		const texts = phraseCarriers([['time series'], ['case studies']], ['Time series of time series.', 'A case study, two case studies; daily calories.']);
		expect(texts.carries(0, phraseForm('time series'))).toBe(2);
		expect(texts.carries(1, phraseForm('case study'))).toBe(2);
		expect(texts.carries(1, phraseForm('daily calorie'))).toBe(1);
	});

	it('counts a keyphrase the text does not write verbatim once, and anything else not at all', () => {
		const odd = phraseCarriers([['data-cube stacking']], ['We stack data–cubes.']);
		expect(odd.carries(0, 'data-cube stacking')).toBe(1);
		expect(carriers.carries(0, 'diffusion model')).toBe(0);
		expect(carriers.carries(2, 'data cube')).toBe(0);
	});

	it('counts an acronym only where the paper writes it in capitals, its plural included', () => {
		const acronyms = phraseCarriers([['RAT live'], []], ['The reactive agility test (RAT) and two RATs.', 'Rats and a rat were tested.']);
		expect(acronyms.carries(0, 'rat', 'RAT')).toBe(2);
		expect(acronyms.carries(1, 'rat', 'RAT')).toBe(0);
		// Without the written form, the word is read in any case.
		expect(acronyms.carries(1, 'rat')).toBe(2);
	});

	// unseen-round19-philosophy-of-science.csl.json names the algorithm "iMAGES"; every vision paper writes "images".
	it('counts a name with capitals inside only where the paper writes it so', () => {
		const named = phraseCarriers([['iMAGES'], [], []], ['ION and iMAGES search.', 'Images of cells and two images.', 'We adapt PaLM and PaLMs.']);
		expect(named.carries(0, phraseForm('iMAGES'), 'iMAGES')).toBe(1);
		expect(named.carries(1, phraseForm('iMAGES'), 'iMAGES')).toBe(0);
		expect(named.carries(2, phraseForm('PaLM'), 'PaLM')).toBe(2);
	});

	// Round 37's Hugging Face day: a topic "Face" of one paper's "Hugging Face" and another's "LLMs still face challenges".
	it('counts one capitalised word only where the paper writes it capitalised', () => {
		const texts = ['Fish Audio S2\nWeights are on GitHub and Hugging Face.', 'MiniAppBench\nCurrent LLMs still face challenges.', 'Transformers Stop Thinking Too Early\nWe probe the Transformer.'];
		const named = phraseCarriers([['Face'], [], []], texts);
		expect(named.carries(0, phraseForm('Face'), 'Face')).toBe(1);
		expect(named.carries(1, phraseForm('Face'), 'Face')).toBe(0);
		// A title opens with its subject.
		expect(named.carries(2, phraseForm('Transformer'), 'Transformer')).toBe(2);
	});

	it('counts a phrase written in British spelling as its American form', () => {
		const spelled = phraseCarriers([[], []], ['Tumour hypoxia drives tumour growth.', 'Tumor hypoxia and tumor growth.']);
		expect(spelled.carries(0, phraseForm('tumor hypoxia'))).toBe(1);
		expect(spelled.carries(1, phraseForm('Tumour hypoxia'))).toBe(1);
	});

	it('reads no word inside a web address', () => {
		const linked = phraseCarriers(
			[['GitHub'], [], []],
			[
				'Mining GitHub. We mine GitHub repositories.',
				'Face swapping. Code: https://github.com/org/LivingSwap and aim-uofa.github.io/C-MET/.',
				'A VGGT study. See www.GitHub.com/VGGT for the VGGT code.',
			],
		);
		expect(linked.carries(0, 'github')).toBe(2);
		expect(linked.carries(1, 'github')).toBe(0);
		expect(linked.carries(1, 'c-met', 'C-MET')).toBe(0);
		expect(linked.carries(2, 'vggt', 'VGGT')).toBe(2);
	});

	// After an IEEE Xplore export (read as a stranger's listing, not an eval listing): one journal's editorials named a topic.
	it("reads no word inside a journal's title", () => {
		const journal = phraseCarriers(
			[[], []],
			[
				'Editorial\nWelcome to the third issue of IEEE Transactions on Computational Social Systems (TCSS) of 2022.',
				'A new perspective for computational social systems\nComputational social systems mix people and machines.',
			],
		);
		expect(journal.carries(0, phraseForm('computational social systems'))).toBe(0);
		expect(journal.carries(1, phraseForm('computational social systems'))).toBe(2);
	});

	it('counts a phrase written with a hyphen between letters where a paper writes it joined, and the other way', () => {
		const prefixes = phraseCarriers([['pre-dementia syndrome'], ['predementia syndrome']], ['The pre-dementia syndrome MCR.', 'MCR, a predementia syndrome, and dementia syndrome.']);
		expect(prefixes.carries(1, phraseForm('pre-dementia syndrome'))).toBe(1);
		expect(prefixes.carries(0, phraseForm('predementia syndrome'))).toBe(1);
		expect(prefixes.carries(0, phraseForm('dementia syndrome'))).toBe(0);
	});
});
