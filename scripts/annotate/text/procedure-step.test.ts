import { describe, expect, it } from 'vitest';
import { statesProcedureStep } from './procedure-step.ts';
import { contributionScore } from './contribution-score.ts';
import { selectTldr } from './tldr.ts';
import { splitSentences } from '../sentences.ts';

describe('statesProcedureStep', () => {
	it.each([
		['hydrology', 'Cluster analysis was used to reveal the natural groupings of the gauged rivers.'],
		['climate', 'Model responses on daily temperature and precipitation are analyzed over the Alps.'],
		['medicine', 'Data were analysed with linear mixed models adjusted for age and sex.'],
		['psychology', 'Participants were asked to rate each face on trustworthiness.'],
		['biomedical engineering', 'Spectral and temporal features were filtered and extracted.'],
		['ecology', 'We collected 300 soil cores from twelve grassland plots.'],
		['software engineering', 'We find all client methods that call the library.'],
		['mathematics', 'The method is based on a probabilistic representation of the solution.'],
		['agriculture', 'We then used household survey data to estimate adoption rates.'],
	])('reads a step of the procedure (%s)', (_field, sentence) => {
		expect(statesProcedureStep(sentence)).toBe(true);
	});

	it.each([
		['an aim in the present', 'Here we use satellite imagery to map forest loss across the tropics.'],
		['the paper announcing its own work', 'Here, we used protein embeddings to predict conservation without alignments.'],
		['what the paper studies', 'The effect of grazing on soil carbon was investigated in a field experiment.'],
		['a contribution in the passive', 'A correction technique is proposed to adjust the simulated values.'],
		['a finding', 'We find that downscaling contributes substantial uncertainty.'],
		['a finding in the passive', 'The extreme cold temperatures are underestimated by the model.'],
		['a result in the passive', 'An accuracy of 71% was obtained on the held-out patients.'],
		['a step inside a longer finding', 'Yields rose by a third, and the results were compared across regions.'],
	])('leaves alone %s', (_what, sentence) => {
		expect(statesProcedureStep(sentence)).toBe(false);
	});
});

describe('the TL;DR with procedure steps', () => {
	const pick = (title: string, abstract: string) => selectTldr(splitSentences(abstract), title).text;

	it('gives a step no study credit and a small penalty', () => {
		expect(contributionScore('Flow records of the river basins were analysed over the whole period.', '')).toBeLessThan(0);
		expect(contributionScore('We collected 300 soil cores from twelve grassland plots.', '')).toBeLessThan(0);
	});

	it('lets the finding win over a step that shares the title words', () => {
		const abstract =
			'Nutrient export depends on flow. Flow records of 80 river basins were analysed to build a flow-based classification. ' +
			'We find that flashy basins export most of the nutrient load.';
		expect(pick('A flow-based classification of river basins', abstract)).toMatch(/^We find that flashy basins/);
	});

	it('keeps "we use" as the contribution when it is the only one', () => {
		const abstract =
			'Forest loss in the tropics is poorly mapped. Here we use satellite imagery and a random forest to map forest loss at 30 m resolution. ' +
			'Loss was highest in lowland forests.';
		expect(pick('Mapping tropical forest loss from satellite imagery', abstract)).toMatch(/we use satellite imagery/);
	});

	it('keeps a past "Here, we used" as the contribution over its background', () => {
		const abstract =
			'Protein language models learn from large sequence databases. Here, we used protein embeddings to predict residue conservation without alignments. ' +
			'Embeddings predicted conservation almost as well as alignments.';
		expect(pick('Embeddings predict residue conservation', abstract)).toMatch(/^we used protein embeddings/);
	});
});

describe('statesProcedureStep with counted or effect subjects', () => {
	it('reads a passive step whose subject counts things, and leaves an effect or an amount found', () => {
		expect(statesProcedureStep('Twelve linear and 4 nonlinear models were then fitted to the growth data.')).toBe(true);
		expect(statesProcedureStep('A clear protective effect of the vaccine was obtained in the trial.')).toBe(false);
		expect(statesProcedureStep('An accuracy of 93.5% was obtained on the test set.')).toBe(false);
	});
});
