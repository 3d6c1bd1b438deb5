/**
 * Validating a record against a schema with an error that says where it does not match:
 * the generator (before writing a page), the site's paper loader (reading one) and the
 * topics file share it, so all three word their errors alike.
 */
import type { z } from 'astro/zod';

/** `value` parsed by `schema`, or an Error `${what} does not match ${schemaName}: path: message; …`. */
export function validateRecord<S extends z.ZodType>(schema: S, value: unknown, what: string, schemaName: string): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`);
	throw new Error(`${what} does not match ${schemaName}: ${issues.join('; ')}`);
}
