import { describe, expect, it } from 'vitest';
import { splitGluedSentences, withoutConnector } from './standalone-sentence.ts';

/** A span of `abstract` covering `text`. */
function spanOf(abstract: string, text: string) {
	const start = abstract.indexOf(text);
	return { start, end: start + text.length, text };
}

describe('withoutConnector', () => {
	const cases: [string, string][] = [
		['To address these issues, we propose X, a planner.', 'we propose X, a planner.'],
		['To tackle this, we introduce Y for long contexts.', 'we introduce Y for long contexts.'],
		['Second, we introduce an instance test of recognition.', 'we introduce an instance test of recognition.'],
		['Based on these insights, we propose a data collection strategy.', 'we propose a data collection strategy.'],
		['In this paper, we study whether scaling laws hold.', 'we study whether scaling laws hold.'],
		['To bridge the above gap between them, we present Z for tables.', 'we present Z for tables.'],
		['In this paper, to address this, we present a new framework.', 'we present a new framework.'],
		['Here we propose a tile-based computation strategy.', 'we propose a tile-based computation strategy.'],
		['After a short survey of the work related to this problem, we present a planner for cranes.', 'we present a planner for cranes.'],
		['Following a review of the literature on these methods, this paper describes a sensor for bridges.', 'this paper describes a sensor for bridges.'],
		['In addition to surveying the older models, I argue that none of them fits the data.', 'I argue that none of them fits the data.'],
		// After an IEEE Xplore export's review of blockchain in the internet of energy.
		['Where, we first introduce various concepts related to blockchain and discuss its adoption.', 'we first introduce various concepts related to blockchain and discuss its adoption.'],
		[
			'To address these limitations and improve the diagnostic performance of rotating machinery in few-shot scenarios, a Bi-Structural Spatial-Temporal Network (BS-STN) is proposed in this paper.',
			'a Bi-Structural Spatial-Temporal Network (BS-STN) is proposed in this paper.',
		],
	];
	it('leaves out a purpose clause written without its comma up to "we", never the main clause after it', () => {
		const sentence = 'To address these issues we propose Z, a planner for cranes and hoists.';
		expect(withoutConnector(spanOf(sentence, sentence)).text).toBe('we propose Z, a planner for cranes and hoists.');
	});

	// After 2602.21818 (SkyReels-V4) of scripts/eval/listings/unseen-round33-hf-daily-2026-02-26.json.
	it('leaves out a purpose clause pointing back up to the comma before "we", past the commas of its own list', () => {
		const sentence = 'To make such high resolution, long-duration generation computationally feasible, we introduce an efficiency strategy.';
		expect(withoutConnector(spanOf(sentence, sentence)).text).toBe('we introduce an efficiency strategy.');
	});

	it.each(cases)('leaves out the connector of %j', (sentence, shown) => {
		const abstract = `Background comes first. ${sentence} Results follow.`;
		const span = withoutConnector(spanOf(abstract, sentence));
		expect(span.text).toBe(shown);
		expect(abstract.slice(span.start, span.end)).toBe(span.text);
	});

	it('keeps sentences that open with their own subject or a clause of their own', () => {
		for (const sentence of ['We propose X.', 'Given a video, this paper introduces Y, a tracker.', 'To generate long videos, we propose Z.', 'Following a standard protocol, we train Z on wheat images.', 'After the observation that maps drift, we propose Z.']) {
			expect(withoutConnector(spanOf(sentence, sentence)).text).toBe(sentence);
		}
	});

	// After Expert Opinion's structured abstracts ("INTRODUCTION: … AREAS COVERED: … EXPERT OPINION: …").
	it('leaves out a heading of two to four words in capitals, whatever its name, never an acronym alone', () => {
		const covered = 'AREAS COVERED: This article reviews therapies that were discontinued in trials.';
		expect(withoutConnector(spanOf(covered, covered)).text).toBe('This article reviews therapies that were discontinued in trials.');
		const opinion = 'EXPERT OPINION: Alternative targets should be pursued in earlier disease.';
		expect(withoutConnector(spanOf(opinion, opinion)).text).toBe('Alternative targets should be pursued in earlier disease.');
		const named = 'GLUE: a benchmark of nine tasks is what we propose here.';
		expect(withoutConnector(spanOf(named, named)).text).toBe(named);
	});

	it('shows no heading in capitals that the usual headings do not hold ("AREAS COVERED:" of an Expert Opinion review)', () => {
		const sentence = 'AREAS COVERED: This article reviews key drugs that have been discontinued while in development for AD.';
		const abstract = `INTRODUCTION: AD is the main cause of dementia. ${sentence}`;
		const span = withoutConnector(spanOf(abstract, sentence));
		expect(span.text).toBe('This article reviews key drugs that have been discontinued while in development for AD.');
		expect(abstract.slice(span.start, span.end)).toBe(span.text);
	});

	it('keeps the connector when too little would be left', () => {
		expect(withoutConnector(spanOf('However, it fails.', 'However, it fails.')).text).toBe('However, it fails.');
	});
});

describe('splitGluedSentences', () => {
	it('splits sentences joined without a space, as spans of the abstract', () => {
		const abstract = 'Intro. There is no tool for GEO.To address this, we present GEOfetch. End.';
		const sentence = spanOf(abstract, 'There is no tool for GEO.To address this, we present GEOfetch.');
		const parts = splitGluedSentences(sentence);
		expect(parts.map((p) => p.text)).toEqual(['There is no tool for GEO.To address this, we present GEOfetch.']);
		const glued = spanOf(abstract.replace('GEO.To', 'geo.To'), 'There is no tool for geo.To address this, we present GEOfetch.');
		const split = splitGluedSentences(glued);
		expect(split.map((p) => p.text)).toEqual(['There is no tool for geo.', 'To address this, we present GEOfetch.']);
		for (const part of split) expect(abstract.replace('GEO.To', 'geo.To').slice(part.start, part.end)).toBe(part.text);
	});

	it('splits a structured abstract at its section labels, and shows no label', () => {
		const abstract = 'Objective: To estimate the effect of a breach on care Materials and Methods: Breaches were merged.';
		const parts = splitGluedSentences(spanOf(abstract, abstract));
		expect(parts.map((p) => p.text)).toEqual(['Objective: To estimate the effect of a breach on care', 'Materials and Methods: Breaches were merged.']);
		const shown = withoutConnector(parts[0]!);
		expect(shown.text).toBe('To estimate the effect of a breach on care');
		expect(abstract.slice(shown.start, shown.end)).toBe(shown.text);
	});

	it('keeps abbreviations and version numbers whole', () => {
		for (const text of ['We use e.g. GPT-4.1 and U.S.Army data.', 'We compare with Qwen2.5-VL.']) {
			expect(splitGluedSentences(spanOf(text, text))).toHaveLength(1);
		}
	});
});
