/**
 * The cues of the problem part (`summary-cues.ts`): the gap, the need, the state of things and what others have shown,
 * each with its weight.
 */
import type { Cue, WeightedCue } from './cue-gate.ts';
import { OUR, WE } from './first-person.ts';

// "Recent work has shown …", "X has demonstrated strong potential", "Research has consistently shown …" (any adverb of how
// often or how well): the present perfect of a verb of showing, in a sentence
// that does not speak of the paper's own work, reports what others found.
const HAVE_SHOWN = /\b(?:has|have) (?:already |\w+ly )?(?:shown|demonstrated|revealed)\b/i;
const OWN_WORDS = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|work|study|article|chapter|review))\b`, 'i');
const OTHERS_HAVE_SHOWN: Cue = { test: (text) => HAVE_SHOWN.test(text) && !OWN_WORDS.test(text) };

const EARLIER_PART = /\b(?:preceding|previous|earlier|first) Part\b|\bPart (?:I|1|One)\b/;
const PAST_TOLD = /\b(?:was|were|had|showed|found|derived|reported|described)\b/;

/** The problem part's cues, in the order they are tried. */
export const PROBLEM_CUES: WeightedCue[] = [
	[/\bhowever\b/i, 1.5],
	[/\bchalleng(?:e|es|ing)\b/i, 1],
	[/\b(?:limitations?|limited|bottleneck\w*|drawbacks?|issues?|problems?)\b/i, 1],
	[/\b(?:struggles?|suffers?|fails?|lacks?|lacking|hinders?|remains?)\b/i, 1],
	[/\b(?:difficult|hard|costly|expensive|inefficien\w*|impractical|unclear|unexplored|elusive|inadequate\w*|insufficient\w*|poorly|open (?:problem|question))\b/i, 1],
	// "Finding novel treatments has become urgent", "an urgent need for …": the urgency of what is missing.
	[/\burgent(?:ly)?\b/i, 1.5],
	// "a new classification is needed", "tools are still lacking": a gap stated impersonally.
	[/\b(?:is|are) (?:still |thus |therefore |urgently |clearly )?(?:needed|required|lacking|missing)\b/i, 1],
	// "It is necessary to find the most suitable path", "it is essential to benchmark …": a need stated impersonally, the gap
	// the paper sets out to fill.
	[/\bit is (?:therefore |thus |still |also |hence |now )?(?:necessary|essential|crucial|critical|imperative|vital|important) to\b/i, 1],
	// "This study is crucial because the supply chain is migrating …", "The topic is timely since …": why the study matters, the
	// state of things that calls for it.
	[/\b(?:this|the present|the current|our) (?:study|research|work|paper|topic|question) is (?:\w+ly )?(?:crucial|important|necessary|needed|timely|significant|relevant|essential|vital|critical|urgent) (?:because|since|as|given)\b/i, 2],
	// "Mass adoption of the technology is still in its infancy", "DT-driven AM is still in its nascent stage": a field or a
	// technology not yet grown, the gap the paper starts from ("in the early stages of life" tells of no field).
	[/\b(?:is|are|remains?|still)\s+(?:still\s+)?(?:in\s+(?:its|their)\s+(?:infancy|(?:nascent|early|embryonic)\s+stages?)|at\s+an?\s+(?:nascent|early|embryonic)\s+stage)\b/i, 1.5],
	// "But the results are far from satisfying", "performance is far from satisfactory": what exists falls short.
	[/\bfar from (?:satisf\w+|ideal|perfect|optimal|adequate|sufficient|solved|settled)\b|\bunsatisf(?:ying|actory)\b/i, 1.5],
	// "inspections are time-consuming and labor-intensive", "the judgments are prone to human error": the cost of the way things
	// are done now, the gap a method sets out to close.
	[/\b(?:error-prone|prone to (?:\w+ )?errors?|time-consuming|labou?r-intensive)\b/i, 1.5],
	[/\b(?:despite|although|yet)\b/i, 0.5],
	[/\b(?:cannot|can't|do not|does not|unable to|not (?:well )?understood)\b/i, 0.5],
	[/\b(?:existing|prior|previous|current|traditional|conventional|recent) (?:[\w-]+ ){0,2}(?:work|works|methods?|approaches|techniques|research|studies|pipelines|paradigms|frameworks|systems|solutions)\b/i, 1],
	[/\b(?:is|are|has become|have become) (?:a|an) (?:core|key|central|fundamental|major|important|powerful|promising)\b/i, 1],
	// "Since the early 1970s the number of X has increased", "Over the past two decades, …": the history the paper starts from.
	[/^(?:since|over|during|throughout|in) (?:the )?(?:early |late |mid-?|past |last )?(?:(?:1[89]|20)\d0s|(?:two|three|four|five|several|few|\d+) (?:years|decades))\b|^since (?:1[89]|20)\d\d\b/i, 1],
	// "Recent studies have shown that …": what others have shown, the state of knowledge the paper starts from.
	[OTHERS_HAVE_SHOWN, 1],
	// "Attempts have been made to improve …", "significant progress has been made in …": the efforts of the field so far, the
	// state the paper starts from.
	[/\b(?:attempts?|efforts?|progress|advances?|strides)\s+(?:has|have)\s+(?:also\s+|already\s+|recently\s+)?been\s+made\b/i, 1],
	// "In the preceding Part I of this investigation a relation was derived …", "as Part One of this article showed, …": what
	// an earlier part of a work in parts did, told in the past, is the state the present part starts from ("In Part I, we
	// derive …" in the present tells the paper's own plan, and stays out).
	[{ test: (text) => EARLIER_PART.test(text) && PAST_TOLD.test(text) }, 2],
	// "The core challenge is not simply longer context windows but …", "The key difficulty lies in …": the gap named as such.
	[/^(?:the|a|one) (?:core|key|main|central|fundamental|primary|real|major) (?:challenge|problem|difficulty|bottleneck|obstacle) (?:is|lies|remains)\b/i, 1.5],
	// "This challenge is compounded when …", "… a single function's sub-optimal performance can result in performance degradations
	// of the entire chain": how the gap grows worse, and the harm it can do.
	[/\b(?:is|are) (?:further )?(?:compounded|exacerbated|aggravated) (?:when|by|as|if|in)\b/i, 1.5],
	[/\b(?:can|may|could|might) (?:\w+ly )?(?:lead to|result in|cause)\s(?:[\w-]+\s){0,3}?(?:degradations?|failures?|losses|errors|delays|violations|bottlenecks|overheads?|outages)\b/i, 1.5],
	// "To address this problem, advanced data analysis techniques such as machine learning methods can be applied": what could
	// be done about the gap, told as a possibility with no agent, is the field's known answer, the background the paper's own
	// answer follows ("To address this, we propose …" and "… is proposed" are the paper's).
	[/^to (?:address|overcome|tackle|solve|mitigate|alleviate) (?:this|these|such|the)\b[^,]{0,60},\s+(?![^.;]*\b(?:we|our|us|this (?:paper|study|work|research|article))\b)[^.;]{0,160}?\b(?:can|could|may|might)\s+be\s+(?:\w+ly\s+)?[a-z]+ed\b/i, 2.5],
	// "This is usually done with a lock-in amplifier": how a thing is commonly done, the practice the paper sets out from.
	[/\b(?:is|are) (?:normally|usually|typically|commonly|traditionally|conventionally|routinely) (?:done|performed|carried out|achieved|obtained|measured|estimated|computed|calculated|determined)\b/i, 1],
];
