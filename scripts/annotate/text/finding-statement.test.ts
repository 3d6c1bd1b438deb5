import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { statesFinding } from './finding-statement.ts';
import { selectTldr } from './tldr.ts';

describe('statesFinding', () => {
	// After the preconditions-mining entry of scripts/eval/listings/unseen-software-engineering.bib.
	// chemistry, education: the conclusion as a noun clause, and a bare "Findings" opening the sentence
	it('reads "Our conclusion that …" and "Findings showed that …" as the paper’s own findings', () => {
		expect(statesFinding('Our conclusion that undercoordinated sites dominate the activity highlights the need to consider defects.')).toBe(true);
		expect(statesFinding('Findings showed that misconduct and deviant attitudes were important factors.')).toBe(true);
		expect(statesFinding('Earlier findings showed that misconduct mattered.')).toBe(false);
		expect(statesFinding('Their conclusion that sites dominate was disputed.')).toBe(false);
	});

	it('leaves "find" with a quantified object, which locates things as a step of the method', () => {
		expect(statesFinding('We find all client methods invoking APIs.')).toBe(false);
		expect(statesFinding('We then find every call site of the method.')).toBe(false);
		expect(statesFinding('We find that all client methods check the guard.')).toBe(true);
	});

	it('reads the authors’ or their study’s verb of showing or finding, in any tense', () => {
		expect(statesFinding('Our study suggests that one of the central premises of the ETH is relevant for local patterns of species turnover.')).toBe(true);
		expect(statesFinding('Specifically, we found that more clustered populations resulted in a more abrupt initiation of thinning.')).toBe(true);
		expect(statesFinding('Here, we illustrate examples of how artifacts and artifictions can lead to misinterpretation of biodiversity patterns.')).toBe(true);
		expect(statesFinding('These findings suggest that species turnover diverges from scale invariance.')).toBe(true);
		expect(statesFinding('By evaluating multiple predictions, our study not only identifies a mismatch but also demonstrates its cause.')).toBe(true);
		// Economics and psychology close on a conclusion of their own.
		expect(statesFinding('We conclude that high income buys life satisfaction but not happiness.')).toBe(true);
		expect(statesFinding('Earlier surveys concluded that income buys happiness.')).toBe(false);
		// Acoustics journals name the authors in the third person, and report what they observed.
		expect(statesFinding('After extracting pitch over time, the authors observed the following regularities: transients at both ends.')).toBe(true);
		expect(statesFinding('We observed a tendency to expand harmonic intervals.')).toBe(true);
		expect(statesFinding('The authors of earlier studies observed no drift.')).toBe(false);
	});

	// Clinical and psychology abstracts: the past of a verb ending in "e", and several studies summed up.
	it('reads "indicated" and "demonstrated", and the evidence the paper’s studies provide', () => {
		expect(statesFinding('Our study indicated that both injections were effective in reducing pain.')).toBe(true);
		expect(statesFinding('Our results demonstrated that balance improved after training.')).toBe(true);
		expect(statesFinding('Together, the studies provide clear evidence that priming changes seating distance.')).toBe(true);
		expect(statesFinding('The three experiments provided evidence that attention narrows under threat.')).toBe(true);
		expect(statesFinding('Earlier work provided evidence that attention narrows.')).toBe(false);
	});

	it('reads an impersonal conclusion and the findings of analyses an abstract opens a sentence with', () => {
		expect(statesFinding('It is concluded that the stream fauna recovered within two years of the spill.')).toBe(true);
		expect(statesFinding('It was found that grazing slows shrub expansion on dry slopes.')).toBe(true);
		expect(statesFinding('Isotope analyses showed that the herd migrated each spring.')).toBe(true);
		expect(statesFinding('Model simulations indicate that the glacier will lose half its volume.')).toBe(true);
		// After the Notosuchia paper of round 30: the analyses named in three words.
		expect(statesFinding('Both sets of analyses suggest that the seven species sampled were ectotherms.')).toBe(true);
		expect(statesFinding('Previous analyses showed that the herd migrated each spring.')).toBe(false);
		expect(statesFinding('It is known that grazing slows shrub expansion.')).toBe(false);
		expect(statesFinding('Isotope analyses were conducted on forty teeth.')).toBe(false);
	});

	it('reads an observation with the conclusion drawn from it, unless the sentence reports others', () => {
		expect(statesFinding('No fish kills were recorded after the weir was opened, indicating that the fish pass works.')).toBe(true);
		expect(statesFinding('Previous studies found few fish kills, suggesting that fish passes work.')).toBe(false);
		expect(statesFinding('Fish kills have been reported below weirs, indicating that passes fail.')).toBe(false);
	});

	it('leaves what others found, and what the paper did not find', () => {
		expect(statesFinding('Previous studies suggest that the premise holds.')).toBe(false);
		expect(statesFinding('We do not find systematic evidence of gains in yields or profitability.')).toBe(false);
		expect(statesFinding('We recorded presence–absence data along a transect in each habitat.')).toBe(false);
	});

	it('lets a demonstration beat a background sentence opened by a connector', () => {
		// After palmer_artifacts_2008 in scripts/eval/listings/unseen-ecology.bib.
		const abstract =
			'The biodiversity crisis demands that scientists be careful in their application of quantitative methods. However misuse of biodiversity statistics can lead to false patterns. Here, we illustrate examples of how artifacts can lead to misinterpretation of biodiversity patterns.';
		expect(selectTldr(splitSentences(abstract), 'Artifacts and artifictions in biodiversity research').text).toMatch(/^we illustrate examples/);
	});
});

describe('statesFinding in impersonal experimental abstracts', () => {
	// Physiology, plant science, pharmacology: the study's observations bear out an idea, or an effect was found.
	it('reads what the observations bore out and an effect found in the impersonal past', () => {
		expect(statesFinding('The hormonal changes in all groups supported the hypothesis that stress delays ovulation.')).toBe(true);
		expect(statesFinding('A strong inhibitory effect of the extract was observed in all cultures.')).toBe(true);
		// others' work
		expect(statesFinding('Previous studies supported the hypothesis that stress delays ovulation.')).toBe(false);
	});

	// Agronomy, ecology, nutrition: the treatment by its gerund and the effect it had, the conclusion an experiment closes on.
	it('reads a treatment named by its gerund and its effect, stated without figures', () => {
		expect(statesFinding('Irrigating the plots at night reduced water loss and increased grain yield.')).toBe(true);
		expect(statesFinding('Supplementing the diet with fish oil did not affect milk yield.')).toBe(true);
		// with figures it is one of the results; a prepositional gerund opens no treatment
		expect(statesFinding('Irrigating the plots at night reduced water loss by 12%.')).toBe(false);
		expect(statesFinding('Using the new sensor, water loss decreased.')).toBe(false);
	});

	it('makes the closing finding of an impersonal abstract its TL;DR, over its stated aim', () => {
		const abstract =
			'The objective of this study was to evaluate the effects of night irrigation on the water use of maize. Forty plots were used in a randomized design. Water loss was measured weekly. Irrigating the plots at night reduced water loss and increased grain yield compared with day irrigation.';
		expect(selectTldr(splitSentences(abstract), 'Night irrigation of maize').text).toBe(
			'Irrigating the plots at night reduced water loss and increased grain yield compared with day irrigation.',
		);
	});
});

describe('statesFinding of a noun that ends as a gerund does', () => {
	// After an intergenerational-effects abstract of scripts/eval/listings/unseen-round33-telomere-parental-age.ris.
	it('reads "Offspring … have reduced longevity" as background on offspring, never a treatment and its effect', () => {
		expect(statesFinding('Offspring produced by older parents often have reduced longevity, termed the Lansing effect.')).toBe(false);
		expect(statesFinding('Nestling growth was reduced in larger broods.')).toBe(false);
		expect(statesFinding('Feeding a highly fermentable starch source decreased intake.')).toBe(true);
	});

	it('lets the aim after such an opening be the TL;DR', () => {
		const abstract =
			'Offspring produced by older parents often have reduced longevity, termed the Lansing effect. The mechanisms underlying the Lansing effect are poorly understood. We examined the effect of maternal age and environment on offspring telomere length in zebra finches. Maternal age had a negative effect on offspring telomere length.';
		const title = 'Intergenerational effects on offspring telomere length: interactions among maternal age, stress exposure and offspring sex';
		expect(selectTldr(splitSentences(abstract), title).text).toBe('We examined the effect of maternal age and environment on offspring telomere length in zebra finches.');
	});
});

describe('statesFinding with the study or its trials as subject', () => {
	it('reads "The study shows that …" opening a sentence as the paper’s own finding', () => {
		expect(statesFinding('The study shows that household waste is mostly clustered in coastal towns.')).toBe(true);
		expect(statesFinding('The study of ancient genomes shows that migrations were frequent.')).toBe(false);
	});

	it('reads what the trials or measurements the paper ran showed', () => {
		expect(statesFinding('Both the bench-scale and the field trials carried out in this study confirmed the use of slag as a binder.')).toBe(true);
		expect(statesFinding('Trials carried out in earlier studies confirmed the use of slag as a binder.')).toBe(false);
	});

	// An invented process-engineering abstract: the trials' finding beats a vague promise of the proposal.
	it('lets the trials’ finding beat a proposal’s promise as the TL;DR', () => {
		const abstract =
			'Steel slag is stored as a hazardous waste. The proposal described in this paper can bring about a useful solution to the problem of slag handling. ' +
			'Both the bench-scale and the field trials carried out in this study confirmed the possibility of using slag as a binder in road bases. ' +
			'The method can lead to material recovery.';
		expect(selectTldr(splitSentences(abstract), 'Slag as a road binder').text).toMatch(/^Both the bench-scale/);
	});

	// An invented surveillance abstract, unlabelled: the conclusion "In conclusion, …" opens beats a background sentence that
	// shares the title's words.
	it('reads an unlabelled "In conclusion, …" as the paper’s finding, and lets it beat background on the title’s words', () => {
		expect(statesFinding('In conclusion, most wound infections in the region are caused by resistant strains.')).toBe(true);
		expect(statesFinding('Conclusions about resistance were drawn in 2010.')).toBe(false);
		const abstract =
			'Surveillance of antifungal resistance in yeasts is of critical importance, but data for Chile are lacking. ' +
			'A surveillance study was conducted in 12 hospitals. Resistance to fluconazole was present in 14% of isolates. ' +
			'In conclusion, resistant yeasts cause a large share of bloodstream infections in Chile.';
		expect(selectTldr(splitSentences(abstract), 'Antifungal resistance of yeasts in bloodstream infections in Chile: a surveillance study').text).toMatch(/resistant yeasts cause/);
	});

	// Invented sentences of a field study: a verb of stressing with a that-clause, and an inference told in a relative clause.
	it('reads "these results emphasize that …" and ", which provides further evidence that …" as findings', () => {
		expect(statesFinding('These results emphasize that hedgerows are used by bats throughout the winter.')).toBe(true);
		expect(statesFinding('Our results highlight that grazing lowers seed set.')).toBe(true);
		expect(statesFinding('Our results highlight the need for more monitoring.')).toBe(false);
		expect(statesFinding('Nitrate levels were high in all wells, which provides further evidence that fertiliser reaches the aquifer.')).toBe(true);
		expect(statesFinding('Nitrate levels were high in all wells, which earlier studies attributed to fertiliser.')).toBe(false);
	});

	it('lets a closing finding told in a relative clause beat a result listed before it', () => {
		const abstract =
			'Winter roosts of bats are poorly known. Twelve bats were radio-tagged over two winters. ' +
			'Roost switching was also recorded in 3 bats. ' +
			'Hedgerow roosts are used throughout the winter, which provides further evidence that hedgerows matter for bat conservation.';
		expect(selectTldr(splitSentences(abstract), 'Winter roosts of bats in hedgerows').text).toMatch(/^Hedgerow roosts/);
	});
});
