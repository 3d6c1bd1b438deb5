import { describe, expect, it } from 'vitest';
import { contributionScore } from './contribution-score.ts';
import { actsAsPaper, authorNarrates, namesItsKind, paperInquires, studiesByCount } from './own-subject.ts';

describe('actsAsPaper', () => {
	// After entries of unseen-first-population-geography.bib, unseen-first-hf-daily-2025-10-15.json and unseen-hydrology.bib.
	it('reads the paper as the subject of a verb no list holds', () => {
		expect(actsAsPaper('This paper compares the accuracy of three commonly utilized methods of areal interpolation.')).toBe(true);
		expect(actsAsPaper('This study adds to our understanding of the relative merits of alternative methods.')).toBe(true);
		expect(actsAsPaper('The current research examines the performance of alternative sources of ancillary data.')).toBe(true);
		expect(actsAsPaper('This tutorial navigates the landscape of modern robot learning.')).toBe(true);
		expect(actsAsPaper('To address this gap, this survey provides the first systematic review of the field.')).toBe(true);
		expect(actsAsPaper('In this study, we incorporate landscape metrics into intelligent dasymetric mapping.')).toBe(true);
		// A narrative review's closing judgement after "Overall,".
		expect(actsAsPaper('Overall, the current review informs the link between hearing loss and distress in tinnitus.')).toBe(true);
	});

	it('leaves the paper\'s layout, what it uses, and a sentence about other work', () => {
		expect(actsAsPaper('This paper is organized as follows.')).toBe(false);
		expect(actsAsPaper('This study takes advantage of three wildfires in tropical savanna.')).toBe(false);
		expect(actsAsPaper('This shift from classical methods is unlocking new capabilities.')).toBe(false);
		expect(actsAsPaper('In this study, we were able to map every tract.')).toBe(false);
		expect(actsAsPaper('Previous studies compare areal weighting with land cover.')).toBe(false);
	});

	it('lets such a sentence outscore a background definition', () => {
		const title = 'Comparison of dasymetric mapping techniques for small-area population estimates';
		expect(contributionScore('The current research examines the performance of alternative sources of ancillary data.', title)).toBeGreaterThan(
			contributionScore('Dasymetric mapping techniques can be employed to estimate population characteristics of small areas.', title),
		);
	});
});

// Reviews, psychology, history and book blurbs name what they do by their kind, their counted studies or their author.
describe('the paper named by its kind, its studies or its author', () => {
	it('reads a review saying what kind of work it is, with its kind of review between', () => {
		expect(namesItsKind('The present narrative review is a clinical comparison of the two conditions.')).toBe(true);
		expect(namesItsKind('This book is a history of the river towns.')).toBe(true);
		expect(namesItsKind('This paper is organized as follows.')).toBe(false);
		// "constitutes" and "represents" are copulas: they name a kind of work, or only praise the paper
		expect(namesItsKind('This review constitutes a synthesis of two decades of orchard trials.')).toBe(true);
		expect(actsAsPaper('This review constitutes a practical tool to help growers plan orchard floors.')).toBe(false);
		expect(actsAsPaper('This study represents a useful basis for policy.')).toBe(false);
		expect(actsAsPaper('This systematic review summarises trials of exercise after stroke.')).toBe(true);
	});

	// After 10.1016/j.atech.2022.100131 of scripts/eval/listings/unseen-round25-poultry-agricultural-robotics.txt.
	it('reads the paper calling itself the first of its kind as naming its kind, whatever follows the noun', () => {
		expect(namesItsKind('This paper is the first comparative study described results of locomotion performance of field robots.')).toBe(true);
		expect(namesItsKind('This study is the first attempt to map the disease.')).toBe(true);
		expect(namesItsKind('This paper is the first of a series.')).toBe(false);
	});

	it('reads counted studies, never earlier ones in the perfect', () => {
		expect(studiesByCount('Three studies investigated the effects of priming on seating distance.')).toBe(true);
		expect(studiesByCount('Two experiments tested whether fear narrows attention.')).toBe(true);
		expect(studiesByCount('Three studies have examined seating distance.')).toBe(false);
	});

	it('reads an author narrating, and a paper inquiring, not one closing on what it found', () => {
		expect(authorNarrates('Hale tells the story of the river towns from 1800 to 1900.')).toBe(true);
		expect(authorNarrates('The river tells the story of erosion.')).toBe(false);
		expect(paperInquires('The article discusses the potential of community radio.')).toBe(true);
		expect(paperInquires('This work provides new insight into adsorption.')).toBe(false);
		// a verb of taking issue, as the humanities write, and "concerns" of the field sciences
		expect(paperInquires("This article challenges Smith's diagnosis of cultural loss in the tropics.")).toBe(true);
		expect(paperInquires('The present study concerns how birds keep their balance at take-off.')).toBe(true);
		expect(paperInquires('This essay revisits the debate on oracles.')).toBe(true);
		// an inquiry in other words
		expect(paperInquires('This article delves into the challenges that detectors face in power grids.')).toBe(true);
		expect(paperInquires('This chapter looks at the ways hydrologists bound their forecasts.')).toBe(true);
		expect(paperInquires('This review looks promising.')).toBe(false);
		expect(paperInquires('This model concerns only adults.')).toBe(false);
		// the association a social-science study tests, in the past too; "we tested" stays a step
		expect(paperInquires('This study tested the temporal association between exposure and vote switching.')).toBe(true);
		expect(paperInquires('We tested for a positive relationship between soil change and turnover.')).toBe(false);
		// the field sciences' study told in the past with the paper as subject; the past of "the article" may be another's
		expect(paperInquires('The present study analyzed the response of oat (10 varieties) and lupin (4 varieties) in pure and mixed stands.')).toBe(true);
		expect(paperInquires('This study investigated sole stands and mixtures of six pea genotypes.')).toBe(true);
		expect(paperInquires('The article examined only urban schools.')).toBe(false);
		// a teaching case calling itself "the case"; a case report's lesson is no verb of inquiry
		expect(paperInquires('The case describes how two nurses started up a home healthcare company.')).toBe(true);
		expect(paperInquires('This case illustrates the need for early imaging.')).toBe(false);
	});

	it('reads the author, or the authors, inquiring in the third person, not what they did before', () => {
		expect(paperInquires('The author reviews the ecology of lungworms in elk.')).toBe(true);
		expect(paperInquires('The authors examine the moult of finches in two reserves.')).toBe(true);
		expect(paperInquires('The authors reviewed the ecology of lungworms in an earlier paper.')).toBe(false);
	});
});
