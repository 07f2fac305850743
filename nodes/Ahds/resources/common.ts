import type { AhdsField } from './types';

/** Field builders for what many AHDS resources share. */

export const nameField = (what: string, example: string): AhdsField => ({
	name: 'name',
	type: 'string',
	description: `Name of the ${what}`,
	placeholder: `e.g. ${example}`,
});

export const isActiveField = (what: string): AhdsField => ({
	name: 'isActive',
	type: 'boolean',
	description: `Whether the ${what} is active`,
});

/** A reference to another record by its UUID. */
export const refField = (name: string, what: string): AhdsField => ({
	name,
	type: 'uuid',
	description: `The UUID of the ${what}`,
});

/** A coded value `{code, system, display?}`, with an example code and code system for its placeholders. */
export const codedField = (
	name: string,
	what: string,
	example?: { code: string; system: string },
): AhdsField => ({
	name,
	type: 'coding',
	description: `The ${what} as a coded value (code, code system, display text)`,
	example,
});

export const currencyField: AhdsField = {
	name: 'currency',
	type: 'string',
	description: 'ISO 4217 currency code',
	placeholder: 'e.g. USD',
};

/** A money amount, sent as a decimal string. */
export const amountField = (name: string, what: string): AhdsField => ({
	name,
	type: 'decimal',
	description: `${what}, as a decimal amount such as 100.00`,
});
