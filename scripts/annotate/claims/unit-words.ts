/**
 * The words and symbols of units and spans of time that the amount finders share (`value-patterns.ts`,
 * `measured-amounts.ts`, `threshold-amounts.ts`, `characteristic-scales.ts`), kept in one place so a unit
 * added for one finder is not missing from another. Each is a regular-expression source, to be put inside
 * a finder's own pattern.
 */

/** A span of time in words, from the second to the year: "3 seconds", "12 weeks", "5 years". */
export const TIME_WORD = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)`;

/**
 * How long a computation or a short process takes, in symbols or words: "40 ms", "15 seconds", "3 h", "2 days".
 * Weeks and longer are a study's periods more often than a cost.
 */
export const RUN_TIME = String.raw`(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?)`;

/** The times a rate is given per in words, with an inverse power: "cm year–1", "mm day−1". */
export const PER_TIME_WORD = String.raw`(?:years?|days?|months?|weeks?|hours?)`;

/**
 * A word for a unit: durations, masses, lengths, areas, volumes, temperatures ("3 kilometres", "2.1 tonnes",
 * "4 degrees Celsius"). Years are left out: "5 years" is most often the period a study covers.
 */
export const UNIT_WORD = String.raw`(?:(?:milli|centi|kilo)?(?:seconds?|met(?:er|re)s?|grams?|litres?|liters?)|minutes?|hours?|days?|weeks?|months?|tons?|tonnes?|hectares?|acres?|degrees?(?:\s(?:Celsius|Fahrenheit|C|F))?|miles?|feet|inches|kelvin)`;
