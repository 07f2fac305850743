import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pageByPage } from '../../shared/paginate';
import type { ChangeFeed } from '../../shared/polling';
import { ahds } from '../transport';

export interface AhdsTarget {
	siteId: number;
	/** The resource path name. */
	slug: string;
	/** "Vaccination", for messages. */
	label: string;
	/** The record's UUID field (vaccinationId). */
	idField: string;
	/** Options › Base URL, when set. */
	baseUrl?: string;
}

/**
 * What the AHDS Trigger polls: one resource of a site, newest change first
 * (`sortBy=updatedAt&sortOrder=desc`, SEED: Contact's documented sort fields, the same pattern on every
 * resource), page by page until the trigger's watermark. AHDS lists cannot be filtered by a time, so
 * the trigger reads down from the newest. A record is new when its `createdAt` is after the watermark.
 */
export function ahdsFeed(ctx: IPollFunctions, target: AhdsTarget, noun: string): ChangeFeed {
	return {
		noun,
		vendor: 'AHDS',
		newestFirst: (pageSize) =>
			pageByPage(
				async (page, size) =>
					await ahds.request.call(ctx, {
						endpoint: 'record.getAll',
						params: { siteId: target.siteId, resource: target.slug },
						qs: { sortBy: 'updatedAt', sortOrder: 'desc', page, pageSize: size },
						subject: { label: target.label, id: '' },
						baseUrl: target.baseUrl,
					}),
				pageSize,
			),
		stamp(record: IDataObject) {
			const id = record[target.idField];
			const changedAt = Date.parse(String(record.updatedAt));
			if ((typeof id !== 'string' && typeof id !== 'number') || Number.isNaN(changedAt))
				throw new NodeOperationError(
					ctx.getNode(),
					`AHDS sent a ${target.label.toLowerCase()} record without ${Number.isNaN(changedAt) ? 'updatedAt' : target.idField}`,
					{
						description: `The trigger tells what changed by each record's ${target.idField} and updatedAt (for Other Resource, set ID Field Name). Got ${JSON.stringify(record).slice(0, 300)}.`,
					},
				);
			const created = Date.parse(String(record.createdAt));
			return {
				id: String(id),
				changedAt,
				createdAt: Number.isNaN(created) ? undefined : created,
			};
		},
	};
}
