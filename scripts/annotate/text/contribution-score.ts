/**
 * How clearly a sentence states the paper's contribution, the score `selectTldr` (`tldr.ts`) weighs sentences by.
 *
 * A finding of the paper's own counts as a contribution (`finding-statement.ts`), and so does an aim
 * stated in so many words ("The main aim of this review is to …", `aim-statement.ts`), and so do a
 * contribution and a study stated in the passive ("A correction technique is proposed …",
 * `passive-contribution.ts`), and one with a counted subject in the past ("Seven measures … were
 * developed", `counted-passive.ts`); a sentence that
 * only defines a theory or reports earlier work loses (`background-statement.ts`), so does one that recalls
 * the authors' own earlier work ("In two previous articles we presented …", `own-earlier-work.ts`), and so does one a
 * structured abstract labels "Background:", while its "Objective:" and "Conclusions:" count as an aim
 * and a finding do (`section-label.ts`); one that only states the prospect the work opens ("… opens
 * opportunities for …") loses too (`outlook-statement.ts`), as does one stating what research still has to do ("It is also
 * necessary to investigate …", `research-need.ts`), even in a labelled conclusion; and "We presented infants with pictures"
 * states a procedure, not a contribution (`stimulus-presentation.ts`), as do "Data were analysed with …"
 * and "We collected …", which earn no study credit (`procedure-step.ts`).
 * A sentence that comes before the paper first speaks of its own work sets the scene, whatever its
 * words ("The Department … has a long history of …"), and loses a little (`scene-setting.ts`).
 * A question the paper asks, a prediction from a hypothesis ("If X, latencies should be shorter"), what the authors expected
 * ("We expected to find …", `expected-outcome.ts`), a
 * copyright line, a licence line ("This is an open-access article distributed under …", `publisher-line.ts`) and the
 * journal's citation line ("(Am Heart J 2019;207:66-75.)") lose too, and so does a hope ("We hope this volume presents …"),
 * what the authors wish for, not what they did; the paper's
 * own voice in a concession ("Although we focus on TKA in this paper, the method …") earns nothing, its
 * main clause is scored. The answer to a gap pointed back at states the study, with the paper as subject too ("This paper
 * addresses this research gap by mapping …", "This essay seeks to fill this void by …"); a method the paper demonstrates
 * is one it presents; the paper's plan in the future tense ("This chapter will provide an overview of …", "This workshop
 * will provide a platform for …", `plan-statement.ts`) is what it does, no prospect; a preliminary study told by what it revealed ("we first present an empirical study revealing that …")
 * is a finding, behind the contribution that answers it. The author telling the inquiry in the third person ("The author reviews …",
 * `own-subject.ts`) states the study as "we" would, and "Here we …" is the frame "In this paper, we …" is; a field study told by the
 * data it used and what it set out to learn ("We used … records to infer …", `data-study.ts`) is the study, not a step of it. An abstract that opens "A method was developed for …" states its contribution
 * there, in the past passive; and a structured abstract's labelled conclusion beats its aim, labelled or not, unless it
 * opens on the gap in earlier work ("Conclusions: Little is known about …"), which sets the scene for the finding after it.
 * An aim label over the scene ("Purpose of review: X is activated by …") leaves its credit to the section's later sentence
 * that states the aim ("This review summarizes …", `aim-section.ts`).
 * Reviews, reference entries and books say what they are otherwise: a review naming its kind ("This scoping review is
 * an overview of …"), counted studies ("Three studies investigated …"), a book's author narrating ("Hale tells the story of …",
 * `own-subject.ts`), an entry defining the thing its bare-name title names (`title-reading.ts`); and a primer's opening
 * burden ("X has devastating consequences for …") is background. Text run on after a dash (a table of contents) never wins.
 * A guideline's issuing body recommending, named as its title names it ("The … Disease Group recommends …", `issuing-body.ts`),
 * speaks as "we" would. A thesis the author defends ("My own view is that …") is the contribution of an essay, as "I argue that …" is; a finding
 * that holds for one setting of the study ("On a simulated array, we find that …") is a part, behind the overall one.
 * The cue patterns are `tldr-cues.ts`'s; this module weighs them.
 */
import { statesAim } from './aim-statement.ts';
import { statesBackground } from './background-statement.ts';
import { labelledRole } from './conclusion-section.ts';
import { sectionBody } from './section-label.ts';
import { statedBy } from './contribution-verb.ts';
import { studiesFromData } from './data-study.ts';
import { expectsOutcome } from './expected-outcome.ts';
import { statesFinding } from './finding-statement.ts';
import { recommendsAsTitledBody } from './issuing-body.ts';
import { statesOutlook } from './outlook-statement.ts';
import { recallsOwnEarlierWork } from './own-earlier-work.ts';
import { actsAsPaper, authorNarrates, namesItsKind, paperInquires, studiesByCount } from './own-subject.ts';
import { studiesPassively } from './passive-contribution.ts';
import { statesPlan } from './plan-statement.ts';
import { statesProcedureStep } from './procedure-step.ts';
import { statesResearchNeed } from './research-need.ts';
import { definesTitledThing, readTitle, sharedWords } from './title-reading.ts';
import { CUE } from './tldr-cues.ts';

/** Penalty of a sentence that recalls the authors' earlier work (`own-earlier-work.ts`): more than a contribution verb earns. */
const OWN_EARLIER_WORK = 12;
/** Penalty of a sentence that only defines a theory or reports earlier work (`background-statement.ts`). */
const BACKGROUND = 4;
/** Penalty of a sentence that only states a prospect the work opens (`outlook-statement.ts`). */
const OUTLOOK = 4;
/** Penalty of a sentence that states research still to be done (`research-need.ts`): as much as a prospect's. */
const RESEARCH_NEED = 4;
/** Penalty of a sentence that states a step of the procedure (`procedure-step.ts`). */
const PROCEDURE_STEP = 2;
/** Bonus of a sentence whose subject is the system the title names. */
const NAMED_SUBJECT = 2;
/** Penalty of a finding that holds for one setting of the study ("On a simulated array, we find that …"): less than a part's. */
const QUALIFIED_FINDING = 2;
/** Penalty of a question or a prediction a hypothesis makes. */
const ASKED_OR_PREDICTED = 3;
/** What a sentence stating the paper's study, aim or finding earns (`contributionScore`). */
export const STUDY_CREDIT = 4;

/** Whether the sentence opens with the title's end-named system and defines it as new (`DEFINES_NEW`). */
function definesAsNew(sentence: string, opening: (sentence: string) => number): boolean {
	const at = opening(sentence);
	return at > 0 && CUE.DEFINES_NEW.test(sentence.slice(at));
}

/** Scores how clearly `sentence` states the paper's contribution. */
export function contributionScore(sentence: string, title: string): number {
	const concession = CUE.OWN_CONCESSION.exec(sentence);
	if (concession) return contributionScore(sentence.slice(concession[0].length), title);
	let score = 0;
	// A structured abstract's label says what its sentence is ("Background: …", "Conclusions: …").
	const section = labelledRole(sentence);
	const verb = statedBy(sentence);
	const { name, words: titleWords, opening, tailOpening } = readTitle(title);
	// Where the sentence goes on after the title's system as its subject ("The CommonRoad Drivability
	// Checker— an open-source toolbox—unifies …"): 0 when it does not open with it.
	const subject = opening?.(sentence) ?? 0;
	if (verb) score += verb === 'primary' ? 10 : 8;
	// "Data were analysed with …": a step of the method earns no study credit (`procedure-step.ts`).
	// "We used 30 years of banding records to estimate …": a study told by its data and what it set out to learn (`data-study.ts`).
	// A structured abstract's label is read past: "Conclusion: The performance was analyzed across the year" is a step too.
	else if (statesProcedureStep(sectionBody(sentence)) && !studiesFromData(sentence)) score -= PROCEDURE_STEP;
	// A finding of the paper's own ("our study suggests that …") says what it contributes as an aim does.
	// "We consider a one-dimensional system of …": a model set up, no study yet (`CUE.MODEL_SET_UP`).
	else if ((CUE.STUDY.test(sentence) && !CUE.MODEL_SET_UP.test(sentence)) || studiesByCount(sentence) || authorNarrates(sentence) || CUE.USES_TO_TEST.test(sentence) || CUE.PAPER_USES_IN_ANSWER.test(sentence) || studiesFromData(sentence) || statesAim(sentence) || actsAsPaper(sentence) || paperInquires(sentence) || namesItsKind(sentence) || studiesPassively(sentence) || statesFinding(sentence) || statesPlan(sentence) || (CUE.PRESENTS.test(sentence) && CUE.PRESENTS_FINDING.test(sentence)) || CUE.SHOWN_HERE.test(sentence) || CUE.ANSWERS_IN_CLAUSE.test(sentence) || CUE.THESIS.test(sentence) || section === 'aim' || section === 'conclusion' || recommendsAsTitledBody(sentence, title)) score += STUDY_CREDIT;
	// "Anton 2 is a second-generation supercomputer …": what the title's system is, not background.
	else if (subject && CUE.DEFINES.test(sentence.slice(subject))) score += 4;
	// "Guillain-Barré syndrome is an acute polyneuropathy …" under that bare title: a reference entry defining its subject.
	else if (definesTitledThing(sentence, title)) score += 4;
	// "BWA-MEM is a new alignment algorithm …" of a title ending "… with BWA-MEM": the paper's system defined as new.
	else if (tailOpening && definesAsNew(sentence, tailOpening)) score += 4 + NAMED_SUBJECT;
	else if (statesBackground(sentence) || section === 'background') score -= BACKGROUND;
	// "In this paper it is shown that …": the frame is part of the impersonal finding, credited once.
	if (CUE.IN_THIS_WORK.test(sentence) && !CUE.SHOWN_HERE.test(sentence)) score += 2;
	// An answer to the problem counts as a contribution even without a naming verb.
	if (CUE.ANSWER.test(sentence) || CUE.ANSWERS_IN_CLAUSE.test(sentence)) score += score === 0 ? 3 : 2;
	if (CUE.SECONDARY.test(sentence)) score -= 2;
	if (CUE.QUALIFIED_FINDING.test(sentence)) score -= QUALIFIED_FINDING;
	if (CUE.PART.test(sentence)) score -= 6;
	if (CUE.CONSEQUENCE.test(sentence)) score -= 3;
	if (CUE.FUTURE.test(sentence)) score -= 8;
	if (!verb && !statesPlan(sentence) && statesOutlook(sentence)) score -= OUTLOOK;
	// "It will be important to further characterize …", "Further studies are needed …": what is left to do.
	if (!verb && statesResearchNeed(sentence)) score -= RESEARCH_NEED;
	if (recallsOwnEarlierWork(sentence)) score -= OWN_EARLIER_WORK;
	if (CUE.EVALUATION.test(sentence)) score -= 2;
	// "We expected to find …", "We hypothesized that …": what the authors expected, as a prediction states it (`expected-outcome.ts`).
	if (CUE.QUESTION.test(sentence) || CUE.PREDICTION.test(sentence) || expectsOutcome(sentence)) score -= ASKED_OR_PREDICTED;
	if (CUE.NOVELTY.test(sentence)) score += 1;
	if (CUE.NAMED.test(sentence)) score += 1;
	if (name && sentence.includes(name)) score += 2;
	if (subject) score += NAMED_SUBJECT;
	if (CUE.RESULT.test(sentence)) score -= 2;
	// A link in the sentence that states the contribution is a citation, not boilerplate.
	if (CUE.BOILERPLATE.test(sentence) && !(CUE.CONTRIBUTION.test(sentence) && !/\bavailable\b/i.test(sentence))) score -= 20;
	if (titleWords.size > 0) {
		score += (3 * sharedWords(sentence, titleWords)) / titleWords.size;
	}
	return score;
}
