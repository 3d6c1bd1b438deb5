import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractEntities } from '../text/entities.ts';
import { instrumentTechniques, techniqueName } from './instrument-techniques.ts';

const techniques = (abstract: string) =>
	instrumentTechniques
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('instrumentTechniques', () => {
	// unseen-agri-extension.bib, unseen-arxiv-health-2019.xml, unseen-arxiv-math-physics-2024.xml
	it('takes a lower-case technique the paper uses, by the verb of use before it', () => {
		expect(techniques('Using propensity score matching, the results show that phone use improves productivity.')).toEqual(['propensity score matching:method']);
		expect(techniques('By collecting a panel data set, we estimate difference-in-differences models to assess the gap.')).toEqual(['difference-in-differences models:method']);
		expect(techniques('Our approaches extend the marginal structural model for estimating effects.')).toEqual(['marginal structural model:method']);
		expect(techniques('A path integral Monte Carlo method based on the worm algorithm has been developed.')).toEqual(['worm algorithm:algorithm']);
	});

	it('takes a named method the paper uses, not a method only qualified', () => {
		expect(techniques('Residual stresses were measured using the hole drilling method, as in earlier tests.')).toEqual(['hole drilling method:method']);
		expect(techniques('Errors were estimated using the same method for both arms.')).toEqual([]);
		expect(techniques('Scores were computed using a deep learning method and checked by hand.')).toEqual([]);
	});

	it('takes a technique after "via", as a verb of use', () => {
		expect(techniques('The threshold is compared with the value obtained via minimum-weight perfect matching, a classic.')).toEqual(['minimum-weight perfect matching:method']);
	});

	it('names the technique without the modifiers any technique may have', () => {
		expect(techniques('Efficiency is investigated using a flexible stochastic frontier model with a risk function.')).toEqual(['stochastic frontier model:method']);
		expect(techniques('Effects were estimated using a new instrumental variable regression.')).toEqual(['instrumental variable regression:method']);
		expect(techniques('Routes are planned using a policy gradient algorithm.')).toEqual(['policy gradient algorithm:algorithm']);
	});

	it('leaves a generic kind alone, in any field', () => {
		expect(techniques('We fine-tune the policy using a language model.')).toEqual([]);
		expect(techniques('It selects prompts using a learned value model to post-train language models.')).toEqual([]);
		expect(techniques('It extracts the policy using a task-conditioned diffusion model, enabling generation.')).toEqual([]);
		expect(techniques('It associates detections using a learned motion model that predicts trajectories.')).toEqual([]);
		expect(techniques('We apply a simple greedy algorithm, and employ a stochastic algorithm to sample.')).toEqual([]);
		expect(techniques('Data were analysed using a three-step procedure.')).toEqual([]);
		expect(techniques('Captions are generated using a sequence-to-sequence model, employing a hierarchical clustering algorithm.')).toEqual([]);
		expect(techniques('Risk was estimated using a logistic regression model and a convolutional neural network model.')).toEqual([]);
		expect(techniques('Biomass was estimated based on indirect methods, and stocks using direct sampling methods.')).toEqual([]);
	});

	it('needs the phrase to end at the head noun and to be what the verb uses', () => {
		expect(techniques('Accuracy is measured using the test set and the model weights.')).toEqual([]);
		expect(techniques('The scaling is retained when applied to sign-problem-free models, so future work may follow.')).toEqual([]);
		expect(techniques('We study spatial econometric models of adoption.')).toEqual([]);
	});
});

describe('techniqueName', () => {
	it('keeps a name of two words or a compound before "model", and a noun before another head', () => {
		expect(techniqueName('flexible stochastic frontier model')).toBe('stochastic frontier model');
		expect(techniqueName('difference-in-differences models')).toBe('difference-in-differences models');
		expect(techniqueName('worm algorithm')).toBe('worm algorithm');
		expect(techniqueName('motion model')).toBeUndefined();
		expect(techniqueName('new language model')).toBeUndefined();
	});

	it('takes counts, degree adverbs and adjectives of difference off the front, as qualifiers', () => {
		expect(techniqueName('five markedly different statistical methods')).toBeUndefined();
		expect(techniqueName('three largely separate analytical approaches')).toBeUndefined();
		expect(techniqueName('two fundamentally distinct sampling schemes')).toBeUndefined();
		expect(techniqueName('two distinct stochastic frontier models')).toBe('stochastic frontier models');
	});

	it('names no technique where a count and one noun come before a plural head ("two representative control methods")', () => {
		expect(techniqueName('two representative control methods')).toBeUndefined();
		expect(techniqueName('several sampling procedures')).toBeUndefined();
		expect(techniqueName('hole drilling methods')).toBe('hole drilling methods');
		expect(techniqueName('representative hole drilling method')).toBe('hole drilling method');
	});

	it('takes a learning paradigm off the front: what is left names the technique', () => {
		expect(techniqueName('supervised flow matching')).toBe('flow matching');
		expect(techniqueName('self-supervised contrastive matching')).toBeUndefined();
	});

	it('reads a descriptor whose hyphen the text lost as a descriptor ("graph based")', () => {
		expect(techniqueName('graph based clustering algorithms')).toBeUndefined();
		expect(techniqueName('kernel based density estimators')).toBeUndefined();
	});
});

describe('instrument techniques among the other entity rules', () => {
	it('gives a used method with every mention, and none for the long form of a generic acronym', () => {
		const abstract =
			'We estimate the effect using propensity score matching. Propensity score matching balances covariates. ' +
			'A mixture-of-experts (MoE) layer routes tokens; we train using a mixture-of-experts model.';
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.map((s) => s.text)])).toEqual([['propensity score matching', 'method', 'used', ['propensity score matching', 'Propensity score matching']]]);
	});
});

describe('techniqueName, a field of learning before the head', () => {
	it('names no technique where "deep learning" or "machine learning" says what a kind is built on', () => {
		expect(techniqueName('deep learning perception scheme')).toBeUndefined();
		expect(techniqueName('machine learning classification model')).toBeUndefined();
		expect(techniqueName('deep learning model')).toBeUndefined();
	});
});

describe('instrumentTechniques, identification as a kind', () => {
	it('names no "identification method", however qualified', () => {
		expect(techniques('Their taxonomy is still based on inaccurate identification methods.')).toEqual([]);
		expect(techniqueName('species identification method')).toBeUndefined();
	});
});
