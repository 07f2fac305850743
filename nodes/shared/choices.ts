import type { INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Ctx } from './validate';
import { invalidParameter } from './validate';

/** Choices checked before any request: a value one of a fixed set, two parameters not both set. */

/** One of a fixed set of values (given as values, or as the options of an options parameter). */
export function toOneOf(
	ctx: Ctx,
	itemIndex: number,
	label: string,
	value: unknown,
	choices: readonly string[] | INodePropertyOptions[],
): string {
	const allowed = choices.map((choice) =>
		typeof choice === 'string' ? choice : String(choice.value),
	);
	if (typeof value !== 'string' || !allowed.includes(value)) {
		throw invalidParameter(ctx, itemIndex, label, `one of ${allowed.join(', ')}`, value);
	}
	return value;
}

export interface ExclusiveChoice {
	/** Why not both, after "Set either A or B, not both: ". */
	both: string;
	/** How to fix it. */
	bothFix: string;
	/** When one of the two is required: why, after "Set A or B: ", and how to fix it. */
	neither?: string;
	neitherFix?: string;
}

/**
 * Two parameters of which at most one may be set (exactly one when `neither` is given), checked
 * before any request: `[label, isSet]` each.
 */
export function assertEitherOr(
	ctx: Ctx,
	itemIndex: number,
	[a, aSet]: [string, boolean],
	[b, bSet]: [string, boolean],
	choice: ExclusiveChoice,
): void {
	if (aSet && bSet) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Set either "${a}" or "${b}", not both: ${choice.both}`,
			{ itemIndex, description: choice.bothFix },
		);
	}
	if (!aSet && !bSet && choice.neither !== undefined) {
		throw new NodeOperationError(ctx.getNode(), `Set "${a}" or "${b}": ${choice.neither}`, {
			itemIndex,
			description: choice.neitherFix,
		});
	}
}
