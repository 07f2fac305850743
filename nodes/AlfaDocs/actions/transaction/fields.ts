import type { INodeProperties } from 'n8n-workflow';

import type { CustomKind } from '../../../shared/fields';
import { toOneOf } from '../../../shared/choices';

/** Sistema TS expense types (the Italian health-expense reporting system), as AlfaDocs lists them (SEED). */
export const expenseTypeOptions = [
	'aa',
	'ad',
	'as',
	'ct',
	'fc',
	'fv',
	'ic',
	'nn',
	'pi',
	'sp',
	'sr',
	'sr2',
	'tk',
	'tk2',
].map((code) => ({ name: code.toUpperCase(), value: code }));

export const expenseTypeField: INodeProperties = {
	displayName: 'Sistema TS Expense Type',
	name: 'sistemaTsExpenseType',
	type: 'options',
	options: expenseTypeOptions,
	default: 'sp',
	required: true,
	description:
		'The expense type reported to Sistema TS (e.g. SP for health services, TK for tickets), as AlfaDocs codes it',
};

/** The expense type must be one of AlfaDocs' codes, also when an expression sets it. */
export const expenseTypeKind: CustomKind = {
	expected: `one of ${expenseTypeOptions.map((option) => option.value).join(', ')}`,
	convert: (ctx, itemIndex, label, value) =>
		toOneOf(ctx, itemIndex, label, value, expenseTypeOptions),
};

export const directionOptions = [
	{ name: 'Incoming', value: 'incoming' },
	{ name: 'Outgoing', value: 'outgoing' },
];
